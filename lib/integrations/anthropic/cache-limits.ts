// Minimum cacheable prompt length per model: a cache_control breakpoint whose prefix (tools →
// system → messages up to it) is shorter is ignored by the API, with no error and no cache
// tokens in the usage. Source: platform.claude.com/docs/en/build-with-claude/prompt-caching,
// "Cache limitations" (the list of 2026-10-08):
//   512   Fable 5.1, Mythos 5.1, Opus 5.5, Opus 5, Sonnet 5.5, Fable 5, Mythos 5, Haiku 5.5
//   1,024 Opus 4.8, Sonnet 5, Sonnet 4.6, Sonnet 4.5, Opus 4.1, Opus 4, Sonnet 4
//   2,048 Mythos Preview, Opus 4.7, Haiku 3.5
//   4,096 Opus 4.6, Opus 4.5, Haiku 4.5
// An id not listed (a new model) gets the largest minimum, so a marker is never assumed to pay.

const BY_MODEL: [id: string, minTokens: number][] = [
  ["claude-fable-5-1", 512],
  ["claude-mythos-5-1", 512],
  ["claude-opus-5-5", 512],
  ["claude-sonnet-5-5", 512],
  ["claude-haiku-5-5", 512],
  ["claude-fable-5", 512],
  ["claude-mythos-5", 512],
  ["claude-opus-5", 512],
  ["claude-opus-4-8", 1_024],
  ["claude-sonnet-5", 1_024],
  ["claude-sonnet-4-6", 1_024],
  ["claude-sonnet-4-5", 1_024],
  ["claude-opus-4-1", 1_024],
  ["claude-opus-4", 1_024],
  ["claude-sonnet-4", 1_024],
  ["claude-mythos-preview", 2_048],
  ["claude-opus-4-7", 2_048],
  ["claude-3-5-haiku", 2_048],
  ["claude-opus-4-6", 4_096],
  ["claude-opus-4-5", 4_096],
  ["claude-haiku-4-5", 4_096],
];

export const UNKNOWN_MODEL_MIN_CACHEABLE_TOKENS = 4_096;

/** The minimum for a model id or a dated snapshot of it (claude-haiku-4-5-20251001). */
export function minCacheableTokens(model: string): number {
  const exact = BY_MODEL.find(([id]) => id === model);
  if (exact) return exact[1];
  // Longest listed id the model extends with "-<date>" or "-0" (claude-opus-4-0).
  const prefixed = BY_MODEL.filter(
    ([id]) => model.startsWith(`${id}-`) && /^-\d+$/.test(model.slice(id.length)),
  ).sort((a, b) => b[0].length - a[0].length)[0];
  return prefixed?.[1] ?? UNKNOWN_MODEL_MIN_CACHEABLE_TOKENS;
}
