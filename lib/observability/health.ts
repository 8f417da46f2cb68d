// Health of every dependency, each check with its own state and latency: the database (a real
// query), auth, model, memory, Telegram and voice. The database and local auth run here; the
// areas that own a client register their probe (`registerHealthProbe`: model circuit, memory
// store, Telegram getMe, voice token signing), and each probe is timed and bounded here, so a
// hung dependency is reported as such instead of hanging the check. The database down →
// unhealthy (HTTP 503); any other check down → degraded (200). The report carries the build's
// commit, and health turning unhealthy raises an alert.
import { sql } from "drizzle-orm";
import { getDatabase } from "@/db";
import { env } from "@/lib/env";
import { raiseAlert } from "./alerts";

export type ComponentStatus = "healthy" | "degraded" | "unhealthy";
/** `latencyMs` is always present: how long this check took. */
export type ComponentHealth = { status: ComponentStatus; mode: string; latencyMs?: number; detail?: string };
export type HealthReport = {
  status: ComponentStatus;
  version: string;
  checkedAt: string;
  components: Record<string, ComponentHealth & { latencyMs: number }>;
};

/** No check may take longer than this; a slower one is reported as timed out. */
export const CHECK_TIMEOUT_MS = 3000;
export const COMPONENTS = ["database", "auth", "model", "memory", "telegram", "voice"] as const;

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
  try {
    await getDatabase().then((h) => h.db.execute(sql`select 1`));
    return { status: "healthy", mode: env.databaseMode };
  } catch {
    return { status: "unhealthy", mode: env.databaseMode, detail: "database unreachable" };
  }
}

/** Local auth lives in the database (auth.users, link codes); Supabase Auth answers /health. */
async function probeAuth(): Promise<ComponentHealth> {
  if (env.authMode === "local") {
    try {
      await getDatabase().then((h) => h.db.execute(sql`select 1 from auth.users limit 1`));
      return { status: "healthy", mode: "local", detail: "local magic-link auth" };
    } catch {
      return { status: "degraded", mode: "local", detail: "auth tables unreachable" };
    }
  }
  try {
    const res = await fetch(`${env.NEXT_PUBLIC_SUPABASE_URL}/auth/v1/health`, {
      headers: { apikey: env.NEXT_PUBLIC_SUPABASE_ANON_KEY ?? "" },
      signal: AbortSignal.timeout(CHECK_TIMEOUT_MS),
    });
    return res.ok
      ? { status: "healthy", mode: "supabase", detail: "Supabase Auth" }
      : { status: "degraded", mode: "supabase", detail: `Supabase Auth answered ${res.status}` };
  } catch {
    return { status: "degraded", mode: "supabase", detail: "Supabase Auth unreachable" };
  }
}

/** What each component reports when its area registered no probe in this process. */
const fallbacks: Record<string, Probe> = {
  database: probeDatabase,
  auth: probeAuth,
  model: async () => ({
    status: "healthy",
    mode: env.modelMode,
    detail: env.modelMode === "offline" ? "offline persona engine" : "Anthropic (no call made yet)",
  }),
  memory: async () => ({ status: "healthy", mode: env.memoryMode }),
  telegram: async () => ({ status: "healthy", mode: env.telegramEnabled ? "bot" : "off" }),
  voice: async () => ({ status: "healthy", mode: env.voiceEnabled ? "elevenlabs" : "off" }),
};

async function timed(name: string, probe: Probe): Promise<ComponentHealth & { latencyMs: number }> {
  const started = performance.now();
  try {
    const result = await withTimeout(probe(), CHECK_TIMEOUT_MS);
    return { ...result, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    const timedOut = error instanceof Error && error.message.startsWith("timed out");
    return {
      status: name === "database" ? "unhealthy" : "degraded",
      mode: "unknown",
      latencyMs: Math.round(performance.now() - started),
      detail: timedOut ? `no answer within ${CHECK_TIMEOUT_MS} ms` : "check failed",
    };
  }
}

let lastStatus: ComponentStatus | null = null;

export async function checkHealth(): Promise<HealthReport> {
  const names = [...new Set([...COMPONENTS, ...probes.keys()])];
  const results = await Promise.all(
    names.map((name) => {
      // The database and auth checks are this module's own; the others prefer the area's probe.
      const own = name === "database" || name === "auth" ? fallbacks[name] : undefined;
      const probe = own ?? probes.get(name) ?? fallbacks[name];
      return probe
        ? timed(name, probe)
        : Promise.resolve({ status: "degraded" as const, mode: "unknown", latencyMs: 0 });
    }),
  );
  const components = Object.fromEntries(names.map((n, i) => [n, results[i]!]));
  const statuses = results.map((c) => c.status);
  const status: ComponentStatus =
    components.database?.status === "unhealthy"
      ? "unhealthy"
      : statuses.some((s) => s !== "healthy")
        ? "degraded"
        : "healthy";
  return { status, version: env.buildCommit, checkedAt: new Date().toISOString(), components };
}

/** Alerts once when health turns unhealthy (this process saw it healthy or degraded before). */
export async function alertOnTransition(report: HealthReport): Promise<boolean> {
  const previous = lastStatus;
  lastStatus = report.status;
  if (report.status !== "unhealthy" || previous === "unhealthy") return false;
  await raiseAlert({
    kind: "health_unhealthy",
    components: Object.fromEntries(
      Object.entries(report.components)
        .filter(([, c]) => c.status !== "healthy")
        .map(([name, c]) => [name, c.status]),
    ),
  });
  return true;
}
