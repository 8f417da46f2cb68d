// Text normalisation shared by every store, so "Has a dog named Rex." and "has dog named rex"
// are the same fact everywhere, and a search query becomes the same words in SQL and Cypher.
// Tokens are letters and digits only: whatever reaches a tsquery or a Lucene query can carry
// no operator of its own.

/** Words that say nothing about which fact is meant. */
const ARTICLES = new Set(["a", "an", "the"]);

/** Query words too common to help find a fact (kept when a query has nothing else). */
const QUERY_STOPWORDS = new Set([
  ...ARTICLES,
  "about",
  "and",
  "are",
  "as",
  "at",
  "be",
  "but",
  "by",
  "can",
  "could",
  "did",
  "do",
  "does",
  "for",
  "from",
  "have",
  "how",
  "i",
  "if",
  "in",
  "is",
  "it",
  "know",
  "me",
  "my",
  "of",
  "on",
  "or",
  "remember",
  "so",
  "tell",
  "that",
  "to",
  "was",
  "what",
  "whats",
  "when",
  "where",
  "which",
  "who",
  "why",
  "with",
  "you",
  "your",
]);

/** Longest token kept, and most tokens a query contributes. */
const MAX_TOKEN_LENGTH = 64;
const MAX_QUERY_TOKENS = 16;

/** Lower-cased words (Unicode letters and digits; apostrophes joined: "what's" → "whats"). */
export function tokenize(text: string): string[] {
  return (
    text
      .normalize("NFKC")
      .toLowerCase()
      .replace(/['’]/g, "")
      .match(/[\p{L}\p{N}]+/gu)
      ?.map((t) => t.slice(0, MAX_TOKEN_LENGTH)) ?? []
  );
}

/** The matching key of a fact part: its words without articles, single-spaced. */
export function factKey(text: string): string {
  const words = tokenize(text);
  const meaningful = words.filter((w) => !ARTICLES.has(w));
  return (meaningful.length > 0 ? meaningful : words).join(" ");
}

/** Distinct query words worth searching for, in order. */
export function queryTokens(query: string): string[] {
  const words = [...new Set(tokenize(query))];
  const meaningful = words.filter((w) => !QUERY_STOPWORDS.has(w));
  return (meaningful.length > 0 ? meaningful : words).slice(0, MAX_QUERY_TOKENS);
}

/** Words that carry no meaning of their own in a predicate ("has a dog named" ≈ "owns dog"). */
const LIGHT_PREDICATE_WORDS = new Set([
  ...ARTICLES,
  "am",
  "are",
  "as",
  "at",
  "be",
  "been",
  "called",
  "for",
  "get",
  "gets",
  "got",
  "had",
  "has",
  "have",
  "in",
  "is",
  "keep",
  "keeps",
  "named",
  "of",
  "on",
  "own",
  "owned",
  "owns",
  "really",
  "to",
  "was",
  "were",
  "with",
]);

/**
 * Whether two predicate keys say the same thing in other words: their meaningful words are
 * the same set ("has a dog named" / "owns a dog called" → {dog}). "brother lives in" and
 * "sister lives in" are different facts, so partial overlap never counts.
 */
export function samePredicateMeaning(a: string, b: string): boolean {
  const content = (key: string) => new Set(key.split(" ").filter((w) => w && !LIGHT_PREDICATE_WORDS.has(w)));
  const left = content(a);
  const right = content(b);
  return left.size === right.size && [...left].every((w) => right.has(w));
}

/** Postgres tsquery text: every token as a prefix, any may match ("dog:* | rex:*"). */
export function toPrefixTsquery(tokens: string[]): string {
  return tokens.map((t) => `${t}:*`).join(" | ");
}

/** Lucene query text for Neo4j full-text indexes: every token as a prefix, any may match. */
export function toLuceneQuery(tokens: string[]): string {
  return tokens.map((t) => `${t}*`).join(" OR ");
}

/** A LIKE pattern matching `text` anywhere, with LIKE's own wildcards escaped. */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
