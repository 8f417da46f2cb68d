/**
 * The models the fake Anthropic API knows, and what it enforces per model.
 *
 * Minimum cacheable prompt length (tokens of the prefix up to a `cache_control` breakpoint;
 * shorter prefixes are processed without caching, no error, usage shows 0 cache tokens), from
 * platform.claude.com/docs/en/build-with-claude/prompt-caching#cache-limitations as quoted in
 * verification notes of 2026-07-28 and 2026-10-08 (the page itself is not stored here):
 *   512   Fable 5.1, Mythos 5.1, Opus 5.5, Opus 5, Sonnet 5.5, Fable 5, Mythos 5, Haiku 5.5
 *   1,024 Opus 4.8, Sonnet 5, Sonnet 4.6, Sonnet 4.5, Opus 4.1, Opus 4, Sonnet 4
 *   2,048 Mythos Preview, Opus 4.7, Haiku 3.5
 *   4,096 Opus 4.6, Opus 4.5, Haiku 4.5
 * Forced tool choice (`tool_choice` `tool`/`any`) answers 400 on Opus 5.5, Sonnet 5.5 and Fable /
 * Mythos 5.1 ("Forced tool use is not supported", platform.claude.com models/opus-5-5 page).
 *
 * Kept apart from the product's own table (lib/integrations/anthropic/cache-limits.ts) on
 * purpose: the fake plays the server, so a wrong product table shows up as missed cache reads.
 */

export interface FakeModel {
  minCacheableTokens: number;
  rejectsForcedToolChoice: boolean;
}

const TABLE: Record<string, FakeModel> = {};
const add = (minCacheableTokens: number, rejectsForcedToolChoice: boolean, ...ids: string[]) => {
  for (const id of ids) TABLE[id] = { minCacheableTokens, rejectsForcedToolChoice };
};
add(512, true, "claude-fable-5-1", "claude-mythos-5-1", "claude-opus-5-5", "claude-sonnet-5-5");
add(512, false, "claude-opus-5", "claude-fable-5", "claude-mythos-5", "claude-haiku-5-5");
add(
  1_024,
  false,
  "claude-opus-4-8",
  "claude-sonnet-5",
  "claude-sonnet-4-6",
  "claude-sonnet-4-5",
  "claude-opus-4-1",
  "claude-opus-4-0",
  "claude-opus-4",
  "claude-sonnet-4-0",
  "claude-sonnet-4",
);
add(2_048, false, "claude-mythos-preview", "claude-opus-4-7", "claude-3-5-haiku");
add(4_096, false, "claude-opus-4-6", "claude-opus-4-5", "claude-haiku-4-5");

/** The model for an id or a dated snapshot of it (claude-haiku-4-5-20251001); undefined if unknown. */
export function fakeModel(id: string): FakeModel | undefined {
  if (TABLE[id]) return TABLE[id];
  const base = Object.keys(TABLE)
    .filter((known) => new RegExp(`^${known}-\\d{8}$`).test(id))
    .sort((a, b) => b.length - a.length)[0];
  return base ? TABLE[base] : undefined;
}

export const FAKE_MODEL_IDS: readonly string[] = Object.keys(TABLE);
