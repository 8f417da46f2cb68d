// Which of a player's facts are worth ranking for a query, without touching thousands of
// rows. Ranking every match costs time in proportion to the matches, and a common word
// ("likes", a friend's title) can match half of a 10,000-fact memory. So, per query word:
// - a rare word (matching at most RARE_WORD_ROWS facts) brings all its facts;
// - a common word brings none by itself — it only lifts the rank of facts found by rare ones
//   (the idea behind inverse document frequency);
// - when every word is common, matches among the most recently confirmed facts are taken;
// - when nothing matches, a substring scan of the most recent facts finds partial words.
// Every path reads a bounded number of rows, so search time does not grow with memory size.
import { type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { queryRows } from "@/db/query-rows";
import { containsPattern, toPrefixTsquery } from "./normalize";
import type { ParsedSearch } from "./types";

/** A word matching more of the player's facts than this is "common". */
export const RARE_WORD_ROWS = 100;
/** When every word is common: up to this many matches among the most recent facts are ranked. */
export const COMMON_MATCH_ROWS = 50;
/** How many most recently confirmed facts the common-words and substring paths look through. */
export const RECENT_SCAN_ROWS = 1_000;

/** The lexeme every one of the player's facts carries in search_text (db/schema/memory.ts). */
export function playerLexeme(playerId: string): string {
  return `_${playerId.replaceAll("-", "").toLowerCase()}`;
}

/** Validity (now or at `asOf`) and the `about` filter, for memory_facts aliased `f`. */
function validity(search: ParsedSearch): SQL {
  const at = search.asOf?.toISOString();
  const valid = at
    ? sql`f.valid_at <= ${at}::timestamptz and (f.invalid_at is null or f.invalid_at > ${at}::timestamptz)`
    : sql`f.invalid_at is null`;
  return search.about ? sql`${valid} and f.about = ${search.about}` : valid;
}

const textArray = (values: string[]) =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

/**
 * The player's RECENT_SCAN_ROWS most recently confirmed facts, newest first, as a fenced
 * subquery (its LIMIT keeps Postgres from pushing filters into it): it walks the recency
 * index and stops early, instead of collecting every match of a common word first.
 */
function recentFirst(search: ParsedSearch): SQL {
  return sql`(select f.id, f.subject, f.predicate, f.object, f.search_text from memory_facts f
    where f.player_id = ${search.playerId} and ${validity(search)}
    order by f.updated_at desc limit ${RECENT_SCAN_ROWS}) recent`;
}

/**
 * Facts found by the query's rare words; `undefined` when every word is common. Each word is
 * looked up as "this player's lexeme AND the word", answered by the GIN index alone. The
 * player is deliberately not a separate `player_id =` condition here: that would tempt the
 * planner (PGlite has no statistics) into reading every one of the player's rows instead.
 */
async function rareWordMatches(
  db: DbOrTx,
  search: ParsedSearch,
  tokens: string[],
): Promise<string[] | undefined> {
  // A cast, not to_tsquery: the parser would strip the leading underscore.
  const player = sql`${playerLexeme(search.playerId)}::tsquery`;
  const rows = await queryRows<{ word: string; id: string }>(
    db,
    sql`select w.word, m.id from unnest(${textArray(tokens)}) as w(word)
        cross join lateral (
          select f.id from memory_facts f
          where f.search_text @@ (${player} && to_tsquery('simple', w.word || ':*')) and ${validity(search)}
          limit ${RARE_WORD_ROWS + 1}
        ) m`,
  );
  const byWord = new Map<string, string[]>();
  for (const row of rows) byWord.set(row.word, [...(byWord.get(row.word) ?? []), row.id]);
  const matched = [...byWord.values()];
  if (matched.length > 0 && matched.every((ids) => ids.length > RARE_WORD_ROWS)) return undefined;
  return [...new Set(matched.filter((ids) => ids.length <= RARE_WORD_ROWS).flat())];
}

async function recentMatches(db: DbOrTx, search: ParsedSearch, tokens: string[]): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select recent.id from ${recentFirst(search)}
        where recent.search_text @@ to_tsquery('simple', ${toPrefixTsquery(tokens)})
        limit ${COMMON_MATCH_ROWS}`,
  );
  return rows.map((r) => r.id);
}

/** Facts whose words contain a query word anywhere ("azz" → "jazz"). */
export async function substringMatches(
  db: DbOrTx,
  search: ParsedSearch,
  tokens: string[],
): Promise<string[]> {
  const haystack = sql`lower(recent.subject || ' ' || recent.predicate || ' ' || recent.object)`;
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select recent.id from ${recentFirst(search)}
        where ${sql.join(
          tokens.map((t) => sql`${haystack} like ${containsPattern(t)}`),
          sql` or `,
        )}
        limit ${search.limit}`,
  );
  return rows.map((r) => r.id);
}

/** Candidate fact ids for the query's words (see the header for the rules). */
export async function textCandidates(db: DbOrTx, search: ParsedSearch, tokens: string[]): Promise<string[]> {
  const rare = await rareWordMatches(db, search, tokens);
  return rare ?? recentMatches(db, search, tokens);
}
