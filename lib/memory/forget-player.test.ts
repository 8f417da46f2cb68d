// Deleting an account forgets the player in every store that may hold them: with Neo4j
// configured, the primary and the Postgres fallback (facts written during an outage live
// there), facts, history, episodes and vectors alike; other players keep their memories.
// A second Postgres store on its own database stands in for the primary here.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/query-rows";
import { players } from "@/db/schema";
import { createLocalEmbeddingProvider } from "./embeddings";
import { forgetPlayer } from "./forget-player";
import { openPgliteWithVector } from "./pglite-vector";
import { createPostgresMemoryStore } from "./postgres-store";
import { EMBEDDINGS_TABLE } from "./postgres-vector";
import { resilientMemoryStore } from "./resilient-store";
import type { MemoryStore } from "./types";

const fact = (object: string) => ({
  subject: "user",
  predicate: "loves",
  object,
  about: "user" as const,
  confidence: 0.9,
});

describe("forgetPlayer", () => {
  let primaryDb: DatabaseHandle;
  let fallbackDb: DatabaseHandle;
  beforeAll(async () => {
    [primaryDb, fallbackDb] = await Promise.all([openPgliteWithVector(), openPgliteWithVector()]);
  }, 180_000);
  afterAll(async () => {
    await primaryDb?.close();
    await fallbackDb?.close();
  });

  async function playerInBoth(): Promise<string> {
    const [row] = await primaryDb.db
      .insert(players)
      .values({ status: "active" })
      .returning({ id: players.id });
    if (!row) throw new Error("no player");
    await fallbackDb.db.insert(players).values({ id: row.id, status: "active" });
    return row.id;
  }

  const count = async (db: DatabaseHandle, table: string, playerId: string) => {
    const [row] = await queryRows<{ n: number }>(
      db.db,
      sql`select count(*)::int as n from ${sql.raw(table)} where player_id = ${playerId}::uuid`,
    );
    return row?.n ?? -1;
  };

  it("removes facts, history, episodes and vectors from the primary and the fallback", async () => {
    const embeddings = createLocalEmbeddingProvider();
    const real = createPostgresMemoryStore(primaryDb.db, { embeddings });
    let isDown = false;
    const primary: MemoryStore = {
      ...real,
      kind: "primary",
      addFacts: (input) => (isDown ? Promise.reject(new Error("connection refused")) : real.addFacts(input)),
      addEpisode: (input) =>
        isDown ? Promise.reject(new Error("connection refused")) : real.addEpisode(input),
    };
    const fallback = createPostgresMemoryStore(fallbackDb.db, { embeddings });
    const memory = resilientMemoryStore(primary, fallback, { timeoutMs: 2_000, cooldownMs: 0 });
    const leaving = await playerInBoth();
    const staying = await playerInBoth();

    await memory.addEpisode({ playerId: leaving, summary: "talked about jazz", occurredAt: new Date() });
    await memory.addFacts({ playerId: leaving, facts: [fact("jazz")] });
    await memory.addFacts({ playerId: leaving, facts: [{ ...fact("techno"), predicate: "loves" }] });
    await memory.addFacts({ playerId: staying, facts: [fact("opera")] });
    isDown = true; // an outage: these land in the fallback
    await memory.addEpisode({ playerId: leaving, summary: "talked about cats", occurredAt: new Date() });
    await memory.addFacts({ playerId: leaving, facts: [fact("cats")] });
    isDown = false;

    for (const [db, table] of [
      [primaryDb, "memory_facts"],
      [primaryDb, "memory_episodes"],
      [fallbackDb, "memory_facts"],
      [fallbackDb, "memory_episodes"],
    ] as const) {
      expect(await count(db, table, leaving), `${table} before`).toBeGreaterThan(0);
    }

    const forgotten = await forgetPlayer(memory, leaving);
    expect(forgotten.episodes).toBe(2);
    expect(forgotten.facts).toBeGreaterThanOrEqual(3);
    for (const db of [primaryDb, fallbackDb]) {
      for (const table of ["memory_facts", "memory_episodes", EMBEDDINGS_TABLE]) {
        expect(await count(db, table, leaving), table).toBe(0);
      }
    }
    expect((await memory.search({ playerId: leaving, query: "" })).length).toBe(0);
    expect((await memory.listFacts({ playerId: staying })).map((f) => f.object)).toEqual(["opera"]);
  });
});
