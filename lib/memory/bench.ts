// npm run bench:memory — memory search latency. Target: p95 under 20 ms over 10,000 facts
// for one player. Seeds the facts through the store's real write path on PGlite (and on a
// server: TEST_DATABASE_URL → a fresh throwaway database; else DATABASE_URL → a throwaway
// player, deleted afterwards), then times ≥ 200 searches of a realistic query mix. PGlite with
// pgvector and local embeddings is measured too, for information. Prints one table; the last
// line is `PASS` or `FAIL <target>`, and FAIL exits non-zero.
import { eq } from "drizzle-orm";
import { type DatabaseHandle, openDatabase } from "@/db/client";
import { players } from "@/db/schema";
import { createTestDatabase } from "@/db/testing/test-db";
import { percentile } from "@/e2e/support/stats";
import { env } from "@/lib/env";
import { benchFacts, benchQueries } from "./bench-data";
import { createLocalEmbeddingProvider } from "./embeddings";
import { openPgliteWithVector } from "./pglite-vector";
import { createPostgresMemoryStore } from "./postgres-store";

const FACT_COUNT = 10_000;
/** Another player's memory in the same tables, so the player filter does real work. */
const NOISE_FACT_COUNT = 2_000;
const WRITE_BATCH = 100;
const WARMUP_SEARCHES = 30;
const SEARCHES = 300;
const SEARCH_LIMIT = 8;
const TARGET_P95_MS = 20;
const SEED = 20_260_301;

type Target = {
  name: string;
  /** Gated targets decide PASS/FAIL; the others are printed for information. */
  isGated: boolean;
  open(): Promise<{ handle: DatabaseHandle; cleanup(): Promise<void> }>;
  embeddings?: boolean;
};

type Result = {
  name: string;
  isGated: boolean;
  seedMs: number;
  p50: number;
  p95: number;
  p99: number;
  hits: number;
};

async function seedPlayer(handle: DatabaseHandle, name: string): Promise<string> {
  const [row] = await handle.db
    .insert(players)
    .values({ status: "active", name })
    .returning({ id: players.id });
  if (!row) throw new Error("could not create the bench player");
  return row.id;
}

async function runTarget(target: Target): Promise<Result> {
  const { handle, cleanup } = await target.open();
  try {
    const embeddings = target.embeddings ? createLocalEmbeddingProvider() : undefined;
    const store = createPostgresMemoryStore(handle.db, { embeddings });
    // The seed's facts are distinct by construction: checking each of 10,000 for a vector
    // near-duplicate would make the seed quadratic without changing what is searched.
    const seeder = createPostgresMemoryStore(handle.db, { embeddings, suppressNearDuplicates: false });
    const player = await seedPlayer(handle, "bench-memory-player");
    const noise = await seedPlayer(handle, "bench-memory-noise");
    const started = performance.now();
    const base = Date.now() - FACT_COUNT * 60_000;
    for (const [playerId, facts] of [
      [player, benchFacts(FACT_COUNT, SEED)],
      [noise, benchFacts(NOISE_FACT_COUNT, SEED + 1)],
    ] as const) {
      for (let i = 0; i < facts.length; i += WRITE_BATCH) {
        // Spread "last confirmed" times over a week so recency ranking has work to do.
        await seeder.addFacts({
          playerId,
          facts: facts.slice(i, i + WRITE_BATCH),
          now: new Date(base + i * 60_000),
        });
      }
    }
    const seedMs = performance.now() - started;
    const stored = await store.listFacts({ playerId: player });
    if (stored.length !== FACT_COUNT)
      throw new Error(`expected ${FACT_COUNT} valid facts, found ${stored.length}`);

    const queries = benchQueries(WARMUP_SEARCHES + SEARCHES, SEED);
    for (const query of queries.slice(0, WARMUP_SEARCHES))
      await store.search({ playerId: player, query, limit: SEARCH_LIMIT });
    const times: number[] = [];
    let hits = 0;
    for (const query of queries.slice(WARMUP_SEARCHES)) {
      const t0 = performance.now();
      const found = await store.search({ playerId: player, query, limit: SEARCH_LIMIT });
      times.push(performance.now() - t0);
      if (found.length > 0) hits += 1;
    }
    times.sort((a, b) => a - b);
    await handle.db.delete(players).where(eq(players.id, player));
    await handle.db.delete(players).where(eq(players.id, noise));
    return {
      name: target.name,
      isGated: target.isGated,
      seedMs,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      p99: percentile(times, 99),
      hits,
    };
  } finally {
    await cleanup();
  }
}

function targets(): Target[] {
  const list: Target[] = [
    {
      name: "pglite",
      isGated: true,
      open: async () => {
        const t = await createTestDatabase("pglite");
        return { handle: t, cleanup: () => t.close() };
      },
    },
    {
      name: "pglite+pgvector",
      isGated: false,
      embeddings: true,
      open: async () => {
        const handle = await openPgliteWithVector();
        return { handle, cleanup: () => handle.close() };
      },
    },
  ];
  if (env.TEST_DATABASE_URL) {
    list.push({
      name: "postgres (TEST_DATABASE_URL)",
      isGated: true,
      open: async () => {
        const t = await createTestDatabase("postgres");
        return { handle: t, cleanup: () => t.close() };
      },
    });
  } else if (env.DATABASE_URL) {
    const url = env.DATABASE_URL;
    list.push({
      name: "postgres (DATABASE_URL)",
      isGated: true,
      open: async () => {
        const handle = await openDatabase({ url, poolMax: 2 });
        return { handle, cleanup: () => handle.close() };
      },
    });
  }
  return list;
}

const ms = (n: number) => n.toFixed(2).padStart(8);

async function main(): Promise<void> {
  console.log(
    `memory search: ${FACT_COUNT} facts for one player, ${SEARCHES} searches, target p95 < ${TARGET_P95_MS} ms`,
  );
  const results: Result[] = [];
  // `npm run bench:memory -- pglite` measures only the targets whose name contains "pglite".
  const only = process.argv[2];
  for (const target of targets().filter((t) => !only || t.name.includes(only)))
    results.push(await runTarget(target));

  console.log(
    `${"driver".padEnd(30)} ${"seed s".padStart(8)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p99 ms".padStart(8)}  hits`,
  );
  for (const r of results) {
    const note = r.isGated ? "" : "  (information only)";
    console.log(
      `${r.name.padEnd(30)} ${(r.seedMs / 1000).toFixed(1).padStart(8)} ${ms(r.p50)} ${ms(r.p95)} ${ms(r.p99)}  ${r.hits}/${SEARCHES}${note}`,
    );
  }
  const failed = results.filter((r) => r.isGated && !(r.p95 < TARGET_P95_MS));
  if (failed.length > 0) {
    console.log(
      `FAIL ${failed.map((r) => `${r.name} p95 ${r.p95.toFixed(2)} ms >= ${TARGET_P95_MS} ms`).join("; ")}`,
    );
    process.exit(1);
  }
  console.log("PASS");
}

main().catch((error: unknown) => {
  console.error("memory bench failed:", error instanceof Error ? error.message : error);
  console.log("FAIL bench error");
  process.exit(1);
});
