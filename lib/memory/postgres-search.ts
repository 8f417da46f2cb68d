// Finding facts in Postgres: full-text search with the 'simple' configuration (no stemming,
// no language guess — players write in any language) where every query word is a prefix
// ("ja" finds "jazz"). A bounded set of candidates (postgres-candidates.ts) is ranked by
// text relevance over all the query's words × confidence × recency. When the words match
// nothing, a substring scan finds partial words; an empty query returns the most recently
// confirmed facts. With embeddings on, pgvector neighbours are fused in by reciprocal rank.
import { and, desc, eq, gt, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { memoryFacts } from "@/db/schema";
import { queryTokens, toPrefixTsquery } from "./normalize";
import { substringCandidateIds, textCandidateIds } from "./postgres-candidates";
import { nearestFacts, type VectorPath } from "./postgres-vector";
import { fuseRankings, RECENCY_HALF_LIFE_DAYS } from "./ranking";
import type { FactHit, ParsedSearch } from "./types";

const SECONDS_PER_DAY = 86_400;
/** Relevance given to a substring-only match (ts_rank_cd of a single weak hit is about 0.1). */
const SUBSTRING_RELEVANCE = 0.01;
/** Each list contributes this many candidates per requested result to the fusion. */
const CANDIDATES_PER_RESULT = 3;

export const factColumns = {
  id: memoryFacts.id,
  playerId: memoryFacts.playerId,
  about: memoryFacts.about,
  subject: memoryFacts.subject,
  predicate: memoryFacts.predicate,
  object: memoryFacts.object,
  confidence: memoryFacts.confidence,
  sourceMessageId: memoryFacts.sourceMessageId,
  episodeId: memoryFacts.episodeId,
  validAt: memoryFacts.validAt,
  invalidAt: memoryFacts.invalidAt,
  supersededBy: memoryFacts.supersededBy,
  createdAt: memoryFacts.createdAt,
  updatedAt: memoryFacts.updatedAt,
};

/** Facts valid now (open interval) or at `asOf` (valid_at ≤ asOf < invalid_at). */
function validityCondition(asOf: Date | undefined): SQL | undefined {
  if (!asOf) return isNull(memoryFacts.invalidAt);
  return and(
    lte(memoryFacts.validAt, asOf),
    or(isNull(memoryFacts.invalidAt), gt(memoryFacts.invalidAt, asOf)),
  );
}

/** The same condition for the raw vector query, where memory_facts is aliased `f`. */
function rawValidity(asOf: Date | undefined): SQL {
  if (!asOf) return sql`f.invalid_at is null`;
  const at = asOf.toISOString();
  return sql`f.valid_at <= ${at}::timestamptz and (f.invalid_at is null or f.invalid_at > ${at}::timestamptz)`;
}

/** confidence in [0,1] maps to a weight in [0.5, 1]; age halves the weight every half-life. */
function weighting(reference: Date): SQL<number> {
  const ageSeconds = sql`greatest(0, extract(epoch from (${reference.toISOString()}::timestamptz - ${memoryFacts.updatedAt})))`;
  return sql<number>`(0.5 + 0.5 * ${memoryFacts.confidence}) / (1 + ${ageSeconds} / ${sql.raw(String(RECENCY_HALF_LIFE_DAYS * SECONDS_PER_DAY))})`;
}

function baseConditions(search: ParsedSearch): SQL[] {
  const conditions: SQL[] = [eq(memoryFacts.playerId, search.playerId)];
  const validity = validityCondition(search.asOf);
  if (validity) conditions.push(validity);
  if (search.about) conditions.push(eq(memoryFacts.about, search.about));
  return conditions;
}

/**
 * Conditions for looking up a few known fact ids. The player check is written so no index
 * can serve it (compared as text): the primary key must drive the lookup. Given an indexable
 * `player_id =`, a planner without statistics (PGlite never analyzes) walks all of the
 * player's rows instead of fetching a few by id.
 */
function byIdConditions(search: ParsedSearch, ids: SQL): SQL[] {
  const conditions: SQL[] = [
    sql`${memoryFacts.id} in (${ids})`,
    sql`${memoryFacts.playerId}::text = ${search.playerId}`,
  ];
  const validity = validityCondition(search.asOf);
  if (validity) conditions.push(validity);
  if (search.about) conditions.push(eq(memoryFacts.about, search.about));
  return conditions;
}

async function recentFacts(db: DbOrTx, search: ParsedSearch, reference: Date): Promise<FactHit[]> {
  const score = weighting(reference);
  return db
    .select({ ...factColumns, score: score.mapWith(Number) })
    .from(memoryFacts)
    .where(and(...baseConditions(search)))
    .orderBy(desc(memoryFacts.updatedAt))
    .limit(search.limit);
}

/** Ranks candidate facts (a subquery of ids) by relevance to all the query's words × weight. */
async function rankCandidates(
  db: DbOrTx,
  search: ParsedSearch,
  ids: SQL,
  tokens: string[],
  reference: Date,
  limit: number,
): Promise<FactHit[]> {
  const tsquery = sql`to_tsquery('simple', ${toPrefixTsquery(tokens)})`;
  // Substring matches may not match the tsquery at all: they keep a small floor of relevance.
  const relevance = sql`greatest(ts_rank_cd(${memoryFacts.searchText}, ${tsquery}), ${sql.raw(String(SUBSTRING_RELEVANCE))})`;
  const score = sql<number>`${relevance} * ${weighting(reference)}`;
  return db
    .select({ ...factColumns, score: score.mapWith(Number) })
    .from(memoryFacts)
    .where(and(...byIdConditions(search, ids)))
    .orderBy(desc(score), desc(memoryFacts.updatedAt))
    .limit(limit);
}

const textHits = (db: DbOrTx, search: ParsedSearch, tokens: string[], reference: Date, limit: number) =>
  rankCandidates(db, search, textCandidateIds(search, tokens), tokens, reference, limit);

const substringHits = (db: DbOrTx, search: ParsedSearch, tokens: string[], reference: Date) =>
  rankCandidates(db, search, substringCandidateIds(search, tokens), tokens, reference, search.limit);

/**
 * Text hits, or when the words find nothing, substring hits — in one statement: the substring
 * scan runs only when the text candidates are empty (a one-time check), saving the second
 * round trip a miss would cost.
 */
const textOrSubstringHits = (db: DbOrTx, search: ParsedSearch, tokens: string[], reference: Date) =>
  rankCandidates(
    db,
    search,
    sql`with text_ids as (${textCandidateIds(search, tokens)})
      select id from text_ids
      union all
      select substring_ids.id from (${substringCandidateIds(search, tokens)}) substring_ids
      where not exists (select 1 from text_ids)`,
    tokens,
    reference,
    search.limit,
  );

async function vectorHits(
  db: DbOrTx,
  vector: VectorPath,
  search: ParsedSearch,
  reference: Date,
  limit: number,
): Promise<FactHit[]> {
  const [embedding] = await vector.provider.embed([search.query]);
  if (!embedding) return [];
  const near = await nearestFacts(db, vector, {
    playerId: search.playerId,
    vector: embedding,
    validity: rawValidity(search.asOf),
    limit,
  });
  if (near.length === 0) return [];
  const similarity = new Map(near.map((n) => [n.factId, n.similarity]));
  const rows = await db
    .select({ ...factColumns, weight: weighting(reference).mapWith(Number) })
    .from(memoryFacts)
    .where(
      and(
        ...byIdConditions(
          search,
          sql.join(
            [...similarity.keys()].map((id) => sql`${id}::uuid`),
            sql`, `,
          ),
        ),
      ),
    );
  return rows
    .map(({ weight, ...fact }) => ({ ...fact, score: (similarity.get(fact.id) ?? 0) * weight }))
    .sort((a, b) => b.score - a.score);
}

export async function searchFacts(
  db: DbOrTx,
  search: ParsedSearch,
  now: Date,
  vector: VectorPath | undefined,
): Promise<FactHit[]> {
  const reference = search.asOf ?? now;
  const tokens = queryTokens(search.query);
  if (tokens.length === 0) return recentFacts(db, search, reference);

  if (!vector) return textOrSubstringHits(db, search, tokens, reference);
  const candidates = search.limit * CANDIDATES_PER_RESULT;
  const [text, similar] = await Promise.all([
    textHits(db, search, tokens, reference, candidates),
    vectorHits(db, vector, search, reference, candidates),
  ]);
  if (text.length === 0 && similar.length === 0) return substringHits(db, search, tokens, reference);
  return fuseRankings([text, similar], search.limit);
}
