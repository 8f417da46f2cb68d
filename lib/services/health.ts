// Health of every dependency: the database (a real query, with latency), and which adapter
// each concern runs on. The database down → unhealthy (HTTP 503); an optional dependency
// down → degraded. Other areas register extra probes (e.g. Neo4j) with `registerHealthProbe`.
import { sql } from "drizzle-orm";
import { getDatabase } from "@/db";
import { env } from "@/lib/env";

export type ComponentStatus = "healthy" | "degraded" | "unhealthy";
export type ComponentHealth = { status: ComponentStatus; mode: string; latencyMs?: number; detail?: string };
export type HealthReport = {
  status: ComponentStatus;
  checkedAt: string;
  components: Record<string, ComponentHealth>;
};

const DATABASE_TIMEOUT_MS = 3000;

type Probe = () => Promise<ComponentHealth>;
const probes = new Map<string, Probe>();

export function registerHealthProbe(name: string, probe: Probe) {
  probes.set(name, probe);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

async function probeDatabase(): Promise<ComponentHealth> {
  const started = performance.now();
  try {
    await withTimeout(
      getDatabase().then((h) => h.db.execute(sql`select 1`)),
      DATABASE_TIMEOUT_MS,
    );
    return { status: "healthy", mode: env.databaseMode, latencyMs: Math.round(performance.now() - started) };
  } catch {
    return {
      status: "unhealthy",
      mode: env.databaseMode,
      latencyMs: Math.round(performance.now() - started),
      detail: "database unreachable",
    };
  }
}

const configured = (mode: string, detail: string): ComponentHealth => ({ status: "healthy", mode, detail });

export async function checkHealth(): Promise<HealthReport> {
  const extra = [...probes.entries()];
  const [database, ...extraResults] = await Promise.all([
    probeDatabase(),
    ...extra.map(([, probe]) =>
      probe().catch((): ComponentHealth => ({ status: "degraded", mode: "unknown", detail: "probe failed" })),
    ),
  ]);
  const components: Record<string, ComponentHealth> = {
    database,
    auth: configured(env.authMode, env.authMode === "local" ? "local magic-link auth" : "Supabase Auth"),
    model: configured(
      env.modelMode,
      env.modelMode === "offline"
        ? "offline persona engine"
        : `${env.ANTHROPIC_MODEL_REPLY} / ${env.ANTHROPIC_MODEL_SMALL}`,
    ),
    memory: configured(env.memoryMode, env.memoryMode === "postgres" ? "Postgres fact store" : "Neo4j"),
    telegram: configured(
      env.telegramEnabled ? "bot" : "off",
      env.telegramEnabled ? "webhook" : "web chat only",
    ),
    voice: configured(
      env.voiceEnabled ? "elevenlabs" : "off",
      env.voiceEnabled ? "ElevenLabs agent" : "call button hidden",
    ),
  };
  extra.forEach(([name], i) => {
    const result = extraResults[i];
    if (result) components[name] = result;
  });
  const statuses = Object.values(components).map((c) => c.status);
  const status: ComponentStatus = statuses.includes("unhealthy")
    ? "unhealthy"
    : statuses.includes("degraded")
      ? "degraded"
      : "healthy";
  return { status, checkedAt: new Date().toISOString(), components };
}
