// The Neo4j memory store (NEO4J_URI set): facts as FACT relationships between per-player
// entities, episodes as nodes, full-text search through a relationship full-text index.
// Same contract and the same write rules (fact-rules.ts) as the Postgres store. Queries go
// through `driver.executeQuery` with bound parameters; integers are sent as Neo4j integers
// and read back as JS numbers (the driver is created with disableLosslessIntegers).
import { randomUUID } from "node:crypto";
import neo4j, { type Driver, type RoutingControl } from "neo4j-driver";
import { z } from "zod";
import { FACT_ABOUT } from "@/lib/engine/vocabulary";
import { createLogger } from "@/lib/observability/logger";
import { decideWrite, type KeyedFact, keyFact, type StoredKey } from "./fact-rules";
import * as Q from "./neo4j-cypher";
import { ensureNeo4jSchema } from "./neo4j-schema";
import { queryTokens, toLuceneQuery } from "./normalize";
import { RECENCY_HALF_LIFE_MS } from "./ranking";
import {
  addEpisodeSchema,
  addFactsSchema,
  type Episode,
  type Fact,
  type FactHit,
  type FactWrite,
  listFactsSchema,
  type MemoryStore,
  playerIdSchema,
  searchSchema,
} from "./types";

const log = createLogger("memory.neo4j");

/** Optimistic write retries when another writer changed the same key in between. */
const MAX_WRITE_ATTEMPTS = 3;

const millis = z.number().int();
const factRecord = z.object({
  id: z.string(),
  playerId: z.string(),
  about: z.enum(FACT_ABOUT),
  subject: z.string(),
  predicate: z.string(),
  object: z.string(),
  confidence: z.number(),
  sourceMessageId: millis.nullish(),
  episodeId: z.string().nullish(),
  validAt: millis,
  invalidAt: millis.nullish(),
  supersededBy: z.string().nullish(),
  createdAt: millis,
  updatedAt: millis,
});
const episodeRecord = z.object({
  id: z.string(),
  playerId: z.string(),
  conversationId: z.string().nullish(),
  summary: z.string(),
  occurredAt: millis,
});
const candidateRecord = z.object({
  id: z.string(),
  predicateKey: z.string(),
  objectKey: z.string(),
  validAt: millis,
});

function toFact(raw: unknown): Fact {
  const r = factRecord.parse(raw);
  return {
    ...r,
    sourceMessageId: r.sourceMessageId ?? null,
    episodeId: r.episodeId ?? null,
    validAt: new Date(r.validAt),
    invalidAt: r.invalidAt == null ? null : new Date(r.invalidAt),
    supersededBy: r.supersededBy ?? null,
    createdAt: new Date(r.createdAt),
    updatedAt: new Date(r.updatedAt),
  };
}

function toEpisode(raw: unknown): Episode {
  const r = episodeRecord.parse(raw);
  return { ...r, conversationId: r.conversationId ?? null, occurredAt: new Date(r.occurredAt) };
}

/** Epoch milliseconds as a Neo4j integer (a plain JS number would be stored as a float). */
const ms = (date: Date) => neo4j.int(date.getTime());

export type Neo4jStoreOptions = { database?: string; clock?: () => Date };

export function createNeo4jMemoryStore(driver: Driver, options: Neo4jStoreOptions = {}): MemoryStore {
  const clock = options.clock ?? (() => new Date());
  let schemaReady: Promise<void> | undefined;

  async function run(query: string, params: Record<string, unknown>, routing: RoutingControl) {
    schemaReady ??= ensureNeo4jSchema(driver, options.database).catch((error: unknown) => {
      schemaReady = undefined;
      throw error;
    });
    await schemaReady;
    const result = await driver.executeQuery(query, params, { database: options.database, routing });
    return result.records;
  }
  const read = (q: string, p: Record<string, unknown>) => run(q, p, neo4j.routing.READ);
  const write = (q: string, p: Record<string, unknown>) => run(q, p, neo4j.routing.WRITE);

  async function writeOne(fact: KeyedFact, ctx: { playerId: string; episodeId: string | null; now: Date }) {
    const keys = {
      playerId: ctx.playerId,
      about: fact.about,
      subjectKey: fact.subjectKey,
      predicateKey: fact.predicateKey,
      objectKey: fact.objectKey,
    };
    for (let attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt += 1) {
      const stored: StoredKey[] = (await read(Q.FACT_CANDIDATES, keys)).map((rec) => {
        const c = candidateRecord.parse(rec.toObject());
        return { ...c, validAt: new Date(c.validAt) };
      });
      const decision = decideWrite(fact, stored);
      if (decision.kind === "refresh") {
        const rows = await write(Q.REFRESH_FACT, {
          ...keys,
          id: decision.id,
          confidence: fact.confidence,
          now: ms(ctx.now),
          validAt: ms(fact.validAt),
        });
        if (rows.length > 0) return { id: decision.id, outcome: "refreshed" } satisfies FactWrite;
        continue;
      }
      const id = randomUUID();
      const closed = decision.kind === "historical" ? decision : undefined;
      const props: Record<string, unknown> = {
        id,
        playerId: ctx.playerId,
        about: fact.about,
        subject: fact.subject,
        predicate: fact.predicate,
        object: fact.object,
        subjectKey: fact.subjectKey,
        predicateKey: fact.predicateKey,
        objectKey: fact.objectKey,
        confidence: fact.confidence,
        validAt: ms(fact.validAt),
        createdAt: ms(ctx.now),
        updatedAt: ms(ctx.now),
        ...(fact.sourceMessageId ? { sourceMessageId: neo4j.int(fact.sourceMessageId) } : {}),
        ...(closed ? { invalidAt: ms(closed.closesAt), supersededBy: closed.currentId } : {}),
      };
      const rows = await write(Q.CREATE_FACT, {
        ...keys,
        subject: fact.subject,
        object: fact.object,
        now: ms(ctx.now),
        validAt: ms(fact.validAt),
        props,
        expectedCurrent: decision.kind === "create" ? [] : [decision.currentId],
        closeCurrent: decision.kind === "supersede",
        episodeId: ctx.episodeId,
      });
      if (rows.length > 0) {
        const outcome =
          decision.kind === "create"
            ? "created"
            : decision.kind === "supersede"
              ? "superseded"
              : "historical";
        return { id, outcome } satisfies FactWrite;
      }
    }
    throw new Error("memory fact write kept conflicting with concurrent writes");
  }

  const hits = (records: { get(key: string): unknown }[]): FactHit[] =>
    records.map((rec) => ({ ...toFact(rec.get("fact")), score: Number(rec.get("score")) }));

  return {
    kind: "neo4j",

    async addEpisode(input) {
      const episode = addEpisodeSchema.parse(input);
      const [record] = await write(Q.CREATE_EPISODE, {
        id: randomUUID(),
        playerId: episode.playerId,
        conversationId: episode.conversationId ?? null,
        summary: episode.summary,
        occurredAt: ms(episode.occurredAt),
        now: ms(clock()),
      });
      if (!record) throw new Error("episode create returned no record");
      const stored = toEpisode(record.get("episode"));
      log.info("episode stored", { playerId: episode.playerId, episodeId: stored.id });
      return stored;
    },

    async addFacts(input) {
      const parsed = addFactsSchema.parse(input);
      const now = parsed.now ?? clock();
      const ctx = { playerId: parsed.playerId, episodeId: parsed.episodeId ?? null, now };
      const writes: FactWrite[] = [];
      // In order: a later fact in the batch may supersede an earlier one.
      for (const fact of parsed.facts) writes.push(await writeOne(keyFact(fact, now), ctx));
      if (writes.length > 0) log.info("facts stored", { playerId: parsed.playerId, count: writes.length });
      return writes;
    },

    async search(input) {
      const search = searchSchema.parse(input);
      const base = {
        playerId: search.playerId,
        asOf: search.asOf ? ms(search.asOf) : null,
        about: search.about ?? null,
        reference: ms(search.asOf ?? clock()),
        halfLifeMs: RECENCY_HALF_LIFE_MS,
        limit: neo4j.int(search.limit),
      };
      const tokens = queryTokens(search.query);
      if (tokens.length === 0) return hits(await read(Q.RECENT_FACTS, base));
      const text = hits(await read(Q.TEXT_FACTS, { ...base, lucene: toLuceneQuery(tokens) }));
      if (text.length > 0) return text;
      return hits(await read(Q.SUBSTRING_FACTS, { ...base, tokens }));
    },

    async listFacts(input) {
      const list = listFactsSchema.parse(input);
      const records = await read(Q.LIST_FACTS, {
        playerId: list.playerId,
        includeAll: list.include === "all",
        about: list.about ?? null,
      });
      return records.map((rec) => toFact(rec.get("fact")));
    },

    async listEpisodes(playerId) {
      const records = await read(Q.LIST_EPISODES, { playerId: playerIdSchema.parse(playerId) });
      return records.map((rec) => toEpisode(rec.get("episode")));
    },

    async deletePlayer(playerId) {
      const id = playerIdSchema.parse(playerId);
      const [record] = await write(Q.DELETE_PLAYER, { playerId: id });
      const result = {
        facts: Number(record?.get("facts") ?? 0),
        episodes: Number(record?.get("episodes") ?? 0),
      };
      log.info("player memory deleted", { playerId: id, ...result });
      return result;
    },
  };
}
