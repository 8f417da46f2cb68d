// The process's memory store, chosen by env: Neo4j (NEO4J_URI set) wrapped so any outage is
// answered from Postgres; the Postgres store alone otherwise. Built once per process.
import { getDb } from "@/db";
import { env } from "@/lib/env";
import { getEmbeddingProvider } from "./embeddings";
import { getNeo4jDriver } from "./neo4j-driver";
import { createNeo4jMemoryStore } from "./neo4j-store";
import { createPostgresMemoryStore } from "./postgres-store";
import { resilientMemoryStore } from "./resilient-store";
import type { MemoryStore } from "./types";

type Holder = { store?: Promise<MemoryStore> };
// Survives Next's dev-mode module reloading: one store (and one Neo4j driver) per process.
const scope = globalThis as { __nikitaMemory?: Holder };
scope.__nikitaMemory ??= {};
const holder: Holder = scope.__nikitaMemory;

async function build(): Promise<MemoryStore> {
  const postgres = createPostgresMemoryStore(await getDb(), { embeddings: getEmbeddingProvider() });
  if (env.memoryMode !== "neo4j") return postgres;
  return resilientMemoryStore(createNeo4jMemoryStore(getNeo4jDriver()), postgres, {
    timeoutMs: env.MEMORY_TIMEOUT_MS,
  });
}

export function getMemoryStore(): Promise<MemoryStore> {
  holder.store ??= build().catch((error: unknown) => {
    holder.store = undefined;
    throw error;
  });
  return holder.store;
}
