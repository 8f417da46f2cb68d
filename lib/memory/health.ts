// Memory's line in /api/health. Postgres mode: a read of the fact table. Neo4j mode: a real round trip to Neo4j within the memory timeout; unreachable
// means `degraded`, never `unhealthy` — players are still answered, from the Postgres store.
// The lead imports `registerMemoryHealth()` once at server start.
import { sql } from "drizzle-orm";
import type { Driver } from "neo4j-driver";
import { getDb } from "@/db";
import { env } from "@/lib/env";
import { type ComponentHealth, registerHealthProbe } from "@/lib/observability/health";
import { PING } from "./neo4j-cypher";
import { getNeo4jDriver } from "./neo4j-driver";

export type MemoryHealthConfig = {
  mode: "neo4j" | "postgres";
  embeddings: "none" | "local";
  timeoutMs: number;
  /** The Neo4j driver to ping (neo4j mode). */
  driver?: () => Driver;
};

function textDetail(embeddings: MemoryHealthConfig["embeddings"]): string {
  return embeddings === "none" ? "Postgres fact store" : `Postgres fact store + ${embeddings} embeddings`;
}

export function createMemoryHealthProbe(config: MemoryHealthConfig): () => Promise<ComponentHealth> {
  return async () => {
    if (config.mode === "postgres" || !config.driver) {
      try {
        await (await getDb()).execute(sql`select 1 from memory_facts limit 1`);
        return { status: "healthy", mode: "postgres", detail: textDetail(config.embeddings) };
      } catch {
        return { status: "degraded", mode: "postgres", detail: "fact store unreachable" };
      }
    }
    const started = performance.now();
    const driver = config.driver();
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        driver.executeQuery(PING),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error("timeout")), config.timeoutMs);
        }),
      ]);
      return {
        status: "healthy",
        mode: "neo4j",
        latencyMs: Math.round(performance.now() - started),
        detail: "Neo4j",
      };
    } catch {
      return {
        status: "degraded",
        mode: "neo4j",
        latencyMs: Math.round(performance.now() - started),
        detail: "Neo4j unreachable; memory answered from Postgres",
      };
    } finally {
      clearTimeout(timer);
    }
  };
}

/** Registers the `memory` health probe for this process's configuration. */
export function registerMemoryHealth(config?: MemoryHealthConfig): void {
  registerHealthProbe(
    "memory",
    createMemoryHealthProbe(
      config ?? {
        mode: env.memoryMode,
        embeddings: env.EMBEDDINGS_PROVIDER,
        timeoutMs: env.MEMORY_TIMEOUT_MS,
        driver: getNeo4jDriver,
      },
    ),
  );
}
