// Which of a player's facts are worth ranking for a query, without touching thousands of
// rows. Ranking every match costs time in proportion to the matches, and a common word
// ("likes", a friend's title) can match half of a 10,000-fact memory. So, per query word:
// - a rare word (matching at most RARE_WORD_ROWS facts) brings all its facts;
// - a common word brings none by itself — it only lifts the rank of facts found by rare ones
//   (the idea behind inverse document frequency);
// - when every word is common, matches among the most recently confirmed facts are taken;
// - when nothing matches, a substring scan of the most recent facts finds partial words.
// Every path reads a bounded number of rows, so search time does not grow with memory size.
// Each function returns a subquery of fact ids, ranked by the caller in the same statement.
import { type SQL, sql } from "drizzle-orm";
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
 * Ids of the facts found by the query's words. Each word is looked up as "this player's
 * lexeme AND the word", answered by the GIN index alone, reading at most RARE_WORD_ROWS + 1
 * rows to learn whether the word is rare. The player is deliberately not a separate
 * `player_id =` condition there: that would tempt a planner without statistics (PGlite never
 * analyzes) into reading every one of the player's rows. The common-words branch runs only
 * when no word is rare (a one-time check), so a normal search costs one pass.
 */
export function textCandidateIds(search: ParsedSearch, tokens: string[]): SQL {
  // A cast, not to_tsquery: the parser would strip the leading underscore.
  const player = sql`${playerLexeme(search.playerId)}::tsquery`;
  return sql`with hits as (
      select w.word, m.id from unnest(${textArray(tokens)}) as w(word)
      cross join lateral (
        select f.id from memory_facts f
        where f.search_text @@ (${player} && to_tsquery('simple', w.word || ':*')) and ${validity(search)}
        limit ${RARE_WORD_ROWS + 1}
      ) m
    ),
    counts as (select word, count(*) as n from hits group by word)
    select h.id from hits h join counts c on c.word = h.word where c.n <= ${RARE_WORD_ROWS}
    union
    (select recent.id from ${recentFirst(search)}
      where not exists (select 1 from counts where n <= ${RARE_WORD_ROWS})
        and exists (select 1 from counts)
        and recent.search_text @@ to_tsquery('simple', ${toPrefixTsquery(tokens)})
      limit ${COMMON_MATCH_ROWS})`;
}

/** Ids of the facts whose words contain a query word anywhere ("azz" → "jazz"). */
export function substringCandidateIds(search: ParsedSearch, tokens: string[]): SQL {
  const haystack = sql`lower(recent.subject || ' ' || recent.predicate || ' ' || recent.object)`;
  return sql`select recent.id from ${recentFirst(search)}
    where ${sql.join(
      tokens.map((t) => sql`${haystack} like ${containsPattern(t)}`),
      sql` or `,
    )}
    limit ${search.limit}`;
}
