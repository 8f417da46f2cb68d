// The default memory store: temporal facts and episodes in Postgres (PGlite on a laptop,
// Supabase in production), full-text search, and pgvector similarity when an embedding
// provider is configured and the database has the extension (then a new fact that restates a
// stored one in other words is suppressed as a near-duplicate). Everything is scoped by player.
// Fact text is player data: logs carry ids and counts only.
import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db";
import { memoryEpisodes, memoryFacts } from "@/db/schema";
import { createLogger } from "@/lib/observability/logger";
import { type EmbeddingProvider, factEmbeddingText } from "./embeddings";
import type { KeyedFact } from "./fact-rules";
import { keyFact } from "./fact-rules";
import { factColumns, searchFacts } from "./postgres-search";
import {
  NEAR_DUPLICATE_SIMILARITY,
  nearestFacts,
  prepareVectorPath,
  saveEmbeddings,
  type VectorPath,
} from "./postgres-vector";
import { lockPlayerMemory, ownEpisodeId, type WriteHooks, writeFacts } from "./postgres-write";
import {
  addEpisodeSchema,
  addFactsSchema,
  type Episode,
  listFactsSchema,
  type MemoryStore,
  playerIdSchema,
  searchSchema,
} from "./types";

const log = createLogger("memory.postgres");

export type PostgresStoreOptions = {
  /** Turns on pgvector similarity (when the database supports it). */
  embeddings?: EmbeddingProvider;
  /** The clock for searches without `now`; injectable for tests. */
  clock?: () => Date;
  /**
   * Compare each new fact with the player's valid ones by vector (default on). Bulk loads that
   * know their facts are distinct (the memory benchmark's 10,000-fact seed) turn it off.
   */
  suppressNearDuplicates?: boolean;
};

const episodeColumns = {
  id: memoryEpisodes.id,
  playerId: memoryEpisodes.playerId,
  conversationId: memoryEpisodes.conversationId,
  summary: memoryEpisodes.summary,
  occurredAt: memoryEpisodes.occurredAt,
};

/**
 * The vector steps of a write: each inserted fact gets its embedding at once, and a fact the
 * key rules would add as new is first compared with the player's valid facts about the same
 * one (user / nikita / relationship): at NEAR_DUPLICATE_SIMILARITY or above it is the same
 * fact in other words, so the existing one is refreshed instead of stored twice.
 */
function vectorHooks(
  tx: DbOrTx,
  path: VectorPath,
  playerId: string,
  facts: KeyedFact[],
  vectors: number[][],
  suppressNearDuplicates: boolean,
): WriteHooks {
  return {
    async nearDuplicateOf(index) {
      if (!suppressNearDuplicates) return null;
      const vector = vectors[index];
      const fact = facts[index];
      if (!vector || !fact) return null;
      const [nearest] = await nearestFacts(tx, path, {
        playerId,
        vector,
        validity: sql`f.invalid_at is null and f.about = ${fact.about}`,
        limit: 1,
      });
      return nearest && nearest.similarity >= NEAR_DUPLICATE_SIMILARITY ? nearest.factId : null;
    },
    async onInserted(index, factId) {
      const vector = vectors[index];
      if (vector) await saveEmbeddings(tx, path, [{ factId, playerId, vector }]);
    },
  };
}

export function createPostgresMemoryStore(db: Db, options: PostgresStoreOptions = {}): MemoryStore {
  const clock = options.clock ?? (() => new Date());
  let vectorPath: Promise<VectorPath | undefined> | undefined;
  const vector = () => {
    if (!options.embeddings) return Promise.resolve(undefined);
    vectorPath ??= prepareVectorPath(db, options.embeddings);
    return vectorPath;
  };

  return {
    kind: "postgres",

    async addEpisode(input) {
      const episode = addEpisodeSchema.parse(input);
      const [row] = await db
        .insert(memoryEpisodes)
        .values({
          playerId: episode.playerId,
          conversationId: episode.conversationId ?? null,
          summary: episode.summary,
          occurredAt: episode.occurredAt,
        })
        .returning(episodeColumns);
      if (!row) throw new Error("episode insert returned no row");
      log.info("episode stored", { playerId: episode.playerId, episodeId: row.id });
      return row satisfies Episode;
    },

    async addFacts(input) {
      const parsed = addFactsSchema.parse(input);
      if (parsed.facts.length === 0) return [];
      const now = parsed.now ?? clock();
      const keyed = parsed.facts.map((f) => keyFact(f, now));
      const path = await vector();
      // Embeddings are computed before the transaction: a slow provider must not hold locks.
      const vectors = path ? await path.provider.embed(keyed.map(factEmbeddingText)) : [];
      const writes = await db.transaction(async (tx) => {
        await lockPlayerMemory(tx, parsed.playerId);
        const episodeId = await ownEpisodeId(tx, parsed.playerId, parsed.episodeId);
        const context = { playerId: parsed.playerId, episodeId, now };
        return writeFacts(
          tx,
          keyed,
          context,
          path
            ? vectorHooks(tx, path, parsed.playerId, keyed, vectors, options.suppressNearDuplicates ?? true)
            : {},
        );
      });
      const counts = Object.fromEntries(
        ["created", "refreshed", "superseded", "historical"].map((o) => [
          o,
          writes.filter((w) => w.outcome === o).length,
        ]),
      );
      log.info("facts stored", { playerId: parsed.playerId, ...counts });
      return writes;
    },

    async search(input) {
      const search = searchSchema.parse(input);
      return searchFacts(db, search, clock(), await vector());
    },

    async listFacts(input) {
      const list = listFactsSchema.parse(input);
      const conditions: SQL[] = [eq(memoryFacts.playerId, list.playerId)];
      if (list.include === "valid") conditions.push(sql`${memoryFacts.invalidAt} is null`);
      if (list.about) conditions.push(eq(memoryFacts.about, list.about));
      return db
        .select(factColumns)
        .from(memoryFacts)
        .where(and(...conditions))
        .orderBy(desc(memoryFacts.validAt), desc(memoryFacts.createdAt));
    },

    async listEpisodes(playerId) {
      const id = playerIdSchema.parse(playerId);
      return db
        .select(episodeColumns)
        .from(memoryEpisodes)
        .where(eq(memoryEpisodes.playerId, id))
        .orderBy(desc(memoryEpisodes.occurredAt));
    },

    async deletePlayer(playerId) {
      const id = playerIdSchema.parse(playerId);
      // Embedding rows go with their facts (on delete cascade).
      const result = await db.transaction(async (tx) => {
        const facts = await tx
          .delete(memoryFacts)
          .where(eq(memoryFacts.playerId, id))
          .returning({ id: memoryFacts.id });
        const episodes = await tx
          .delete(memoryEpisodes)
          .where(eq(memoryEpisodes.playerId, id))
          .returning({ id: memoryEpisodes.id });
        return { facts: facts.length, episodes: episodes.length };
      });
      log.info("player memory deleted", { playerId: id, ...result });
      return result;
    },
  };
}
