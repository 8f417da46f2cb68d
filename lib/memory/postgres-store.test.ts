// The Postgres memory store on every test driver (PGlite; the server too with
// TEST_DATABASE_URL): the shared contract, plus what only Postgres promises — one valid fact
// per key under concurrent writes, vectors hidden from players, and pgvector similarity that
// works where the extension exists and stays out of the way where it does not.
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle, Db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { queryRows } from "@/db/query-rows";
import * as schema from "@/db/schema";
import { players } from "@/db/schema";
import { createTestDatabase, type TestDatabase, testDrivers } from "@/db/testing/test-db";
import { withPlayerOn } from "@/db/with-player";
import { describeMemoryStoreContract } from "./contract";
import { createLocalEmbeddingProvider } from "./embeddings";
import { openPgliteWithVector } from "./pglite-vector";
import { createPostgresMemoryStore } from "./postgres-store";
import { EMBEDDINGS_TABLE } from "./postgres-vector";
import type { MemoryStore } from "./types";

async function insertPlayer(db: DatabaseHandle["db"], authUserId?: string): Promise<string> {
  const [row] = await db
    .insert(players)
    .values({ status: "active", name: "Test", authUserId })
    .returning({ id: players.id });
  if (!row) throw new Error("no player");
  return row.id;
}

describe.each(testDrivers())("postgres memory store on %s", (driver) => {
  describeMemoryStoreContract(`postgres (${driver})`, async () => {
    const t = await createTestDatabase(driver);
    return {
      store: createPostgresMemoryStore(t.db),
      newPlayer: () => insertPlayer(t.db),
      close: () => t.close(),
    };
  });

  describe("postgres-only guarantees", () => {
    let t: TestDatabase;
    let store: MemoryStore;

    beforeAll(async () => {
      t = await createTestDatabase(driver);
      store = createPostgresMemoryStore(t.db);
    }, 120_000);
    afterAll(async () => t?.close());

    it("keeps exactly one valid fact per key when contradicting writes race", async () => {
      const player = await insertPlayer(t.db);
      const cities = ["Berlin", "Hamburg", "Munich", "Cologne", "Leipzig", "Dresden"];
      const writes = await Promise.all(
        cities.map((city) =>
          store.addFacts({
            playerId: player,
            facts: [{ subject: "user", predicate: "lives in", object: city, about: "user", confidence: 0.8 }],
          }),
        ),
      );
      expect(writes.flat()).toHaveLength(cities.length);
      const valid = await store.listFacts({ playerId: player });
      expect(valid).toHaveLength(1);
      const all = await store.listFacts({ playerId: player, include: "all" });
      expect(all).toHaveLength(cities.length);
      // Each write's clock is read before it takes the lock, so a write that waited may be
      // older than the fact now current: it is stored as history pointing at it. Either way
      // every closed fact leads, link by link, to the one valid fact.
      const byId = new Map(all.map((f) => [f.id, f]));
      for (const fact of all) {
        let at = fact;
        for (let hops = 0; at.supersededBy && hops < cities.length; hops++) {
          expect(at.invalidAt).not.toBeNull();
          const next = byId.get(at.supersededBy);
          if (!next) throw new Error(`fact ${at.id} points at a missing fact`);
          at = next;
        }
        expect(at.id).toBe(valid[0]?.id);
      }
    });

    it("finds the one fact a rare word points to among hundreds sharing a common word", async () => {
      const player = await insertPlayer(t.db);
      const other = await insertPlayer(t.db);
      const hour = 3_600_000;
      const start = Date.now() - 400 * hour;
      const hobbies = Array.from({ length: 150 }, (_, i) => ({
        subject: "user",
        predicate: `likes hobby${i}`,
        object: `thing${i}`,
        about: "user" as const,
        confidence: 0.8,
      }));
      for (let i = 0; i < hobbies.length; i += 50) {
        await store.addFacts({
          playerId: player,
          facts: hobbies.slice(i, i + 50),
          now: new Date(start + i * hour),
        });
      }
      const zebra = {
        subject: "user",
        predicate: "likes",
        object: "zebras",
        about: "user" as const,
        confidence: 0.5,
      };
      await store.addFacts({ playerId: player, facts: [zebra], now: new Date(start) });
      await store.addFacts({ playerId: other, facts: [{ ...zebra, object: "zebra crossings" }] });

      const rare = await store.search({ playerId: player, query: "does he still like zebras?", limit: 3 });
      expect(rare.map((f) => f.object)).toEqual(["zebras"]);
      // Only common words: the most recently confirmed matches answer.
      const common = await store.search({ playerId: player, query: "likes", limit: 3 });
      expect(common).toHaveLength(3);
      const newest = new Set(hobbies.slice(100).map((h) => h.object));
      expect(common.every((f) => newest.has(f.object))).toBe(true);
    });

    it("lets a signed-in player read their own facts but never anyone else's", async () => {
      const userA = "00000000-0000-4000-8000-0000000000a1";
      const userB = "00000000-0000-4000-8000-0000000000b1";
      const a = await insertPlayer(t.db, userA);
      const b = await insertPlayer(t.db, userB);
      await store.addFacts({
        playerId: b,
        facts: [{ subject: "user", predicate: "likes", object: "cats", about: "user", confidence: 1 }],
      });
      const seen = await withPlayerOn(t.db, userA, (tx) =>
        queryRows(tx, sql`select object from memory_facts where player_id = ${b}`),
      );
      expect(seen).toEqual([]);
      const own = await withPlayerOn(t.db, userB, (tx) =>
        queryRows<{ object: string }>(tx, sql`select object from memory_facts where player_id = ${b}`),
      );
      expect(own).toEqual([{ object: "cats" }]);
      expect(a).not.toBe(b);
    });
  });
});

/** A PGlite opened without the pgvector bundle (the app's own has it): like a server without the extension. */
async function openPgliteWithoutVector(): Promise<DatabaseHandle> {
  const client = new PGlite();
  await client.waitReady;
  const handle: DatabaseHandle = {
    db: drizzle({ client, schema }) as unknown as Db,
    driver: "pglite",
    close: () => client.close(),
    exec: async (text) => {
      await client.exec(text);
    },
  };
  await migrateDatabase(handle);
  return handle;
}

describe("postgres memory store with embeddings on a database without pgvector", () => {
  let t: DatabaseHandle;
  beforeAll(async () => {
    t = await openPgliteWithoutVector();
  }, 120_000);
  afterAll(async () => t?.close());

  it("searches by text alone and creates no vector table", async () => {
    const withEmbeddings = createPostgresMemoryStore(t.db, { embeddings: createLocalEmbeddingProvider() });
    const player = await insertPlayer(t.db);
    await withEmbeddings.addFacts({
      playerId: player,
      facts: [{ subject: "user", predicate: "plays", object: "guitar", about: "user", confidence: 0.9 }],
    });
    expect((await withEmbeddings.search({ playerId: player, query: "guitar" })).map((f) => f.object)).toEqual(
      ["guitar"],
    );
    const [table] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from pg_tables where tablename = ${EMBEDDINGS_TABLE}`,
    );
    expect(table?.n).toBe(0);
  });
});

describe("postgres memory store with pgvector (PGlite + pglite-pgvector)", () => {
  let handle: DatabaseHandle;
  const embeddings = createLocalEmbeddingProvider();

  describeMemoryStoreContract("postgres + pgvector", async () => {
    const h = await openPgliteWithVector();
    return {
      store: createPostgresMemoryStore(h.db, { embeddings }),
      newPlayer: () => insertPlayer(h.db),
      close: () => h.close(),
    };
  });

  describe("similarity", () => {
    let store: MemoryStore;
    beforeAll(async () => {
      handle = await openPgliteWithVector();
      store = createPostgresMemoryStore(handle.db, { embeddings });
    }, 120_000);
    afterAll(async () => handle?.close());

    it("stores one vector per new fact, none for a restatement, and hides them from players", async () => {
      const player = await insertPlayer(handle.db, "00000000-0000-4000-8000-0000000000c1");
      await store.addFacts({
        playerId: player,
        facts: [
          { subject: "user", predicate: "has a cat named", object: "Mochi", about: "user", confidence: 0.8 },
          { subject: "user", predicate: "has cat named", object: "mochi", about: "user", confidence: 0.9 },
        ],
      });
      const [count] = await queryRows<{ n: number }>(
        handle.db,
        sql`select count(*)::int as n from ${sql.raw(EMBEDDINGS_TABLE)} where player_id = ${player}`,
      );
      expect(count?.n).toBe(1);
      const denied = await withPlayerOn(handle.db, "00000000-0000-4000-8000-0000000000c1", (tx) =>
        queryRows(tx, sql`select fact_id from ${sql.raw(EMBEDDINGS_TABLE)}`),
      ).catch((error: Error & { cause?: Error }) => error.cause ?? error);
      expect(denied).toBeInstanceOf(Error);
      expect((denied as Error).message).toMatch(/permission denied/);
    });

    it("suppresses a near-duplicate: the same fact split differently refreshes the stored one", async () => {
      const player = await insertPlayer(handle.db);
      const village = { subject: "user", predicate: "grew up in", object: "a small village near Hamburg" };
      const [first] = await store.addFacts({
        playerId: player,
        facts: [{ ...village, about: "user", confidence: 0.6 }],
        now: new Date("2031-01-01T10:00:00.000Z"),
      });
      const writes = await store.addFacts({
        playerId: player,
        facts: [
          // Same words, other split: different keys, near-identical vector.
          {
            subject: "user",
            predicate: "grew up in a small village",
            object: "near Hamburg",
            about: "user",
            confidence: 0.9,
          },
          // A different fact about him is still stored.
          {
            subject: "user",
            predicate: "works at",
            object: "a bakery in Altona",
            about: "user",
            confidence: 0.8,
          },
          // The same words about her are a different fact.
          { ...village, subject: "nikita", about: "nikita", confidence: 0.7 },
        ],
        now: new Date("2031-02-01T10:00:00.000Z"),
      });
      expect(writes.map((w) => w.outcome)).toEqual(["refreshed", "created", "created"]);
      expect(writes[0]?.id).toBe(first?.id);
      const facts = await store.listFacts({ playerId: player, about: "user" });
      expect(facts.map((f) => f.object).sort()).toEqual([
        "a bakery in Altona",
        "a small village near Hamburg",
      ]);
      expect(facts.find((f) => f.id === first?.id)?.confidence).toBeCloseTo(0.9);
      // Without embeddings the same write would have stored both wordings.
      const textOnly = createPostgresMemoryStore(handle.db);
      const other = await insertPlayer(handle.db);
      await textOnly.addFacts({ playerId: other, facts: [{ ...village, about: "user", confidence: 0.6 }] });
      const [plain] = await textOnly.addFacts({
        playerId: other,
        facts: [
          {
            subject: "user",
            predicate: "grew up in a small village",
            object: "near Hamburg",
            about: "user",
            confidence: 0.9,
          },
        ],
      });
      expect(plain?.outcome).toBe("created");
    });

    it("finds a fact by a word form the text index does not match", async () => {
      const player = await insertPlayer(handle.db);
      await store.addFacts({
        playerId: player,
        facts: [
          {
            subject: "user",
            predicate: "is learning",
            object: "photography",
            about: "user",
            confidence: 0.8,
          },
          { subject: "user", predicate: "drives", object: "a red bicycle", about: "user", confidence: 0.8 },
        ],
      });
      // "photographs" is not a prefix of "photography", so full text alone finds nothing here;
      // the shared trigrams make the vector neighbour the top answer.
      const hits = await store.search({ playerId: player, query: "photographs" });
      expect(hits[0]?.object).toBe("photography");
      const textOnly = createPostgresMemoryStore(handle.db);
      const textHits = await textOnly.search({ playerId: player, query: "photographs" });
      expect(textHits.map((f) => f.object)).toEqual([]);
    });
  });
});
