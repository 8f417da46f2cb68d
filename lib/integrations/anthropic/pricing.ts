// What a model call cost, in USD, from the usage block the API returns. Uncached input,
// 5-minute and 1-hour cache writes, cache reads and output are billed at different rates;
// each input token is in exactly one of those buckets (the API reports them separately).
import type Anthropic from "@anthropic-ai/sdk";

export type ModelPrice = {
  inputPerMTok: number;
  outputPerMTok: number;
  /** Overrides CACHE_PRICE_MULTIPLIERS.read for models with cheaper cache hits. */
  cacheReadMultiplier?: number;
};

/**
 * Base prices in USD per million tokens, as read on 2026-11-21 from Anthropic's pricing page
 * (platform.claude.com/docs/en/about-claude/pricing, "Model pricing") and the model pages
 * (platform.claude.com/docs/en/models/<model>/overview). The 0.05x cache hits of Sonnet 5.5 and
 * Opus 5.5 (from 2026-10-07) are as reported by trackers that re-read that page; Haiku 5.5 is
 * its price for prompts up to 100k tokens (ours are far smaller). Unknown ids fall back to
 * their family below.
 */
export const MODEL_PRICES_USD: Record<string, ModelPrice> = {
  "claude-opus-5-5": { inputPerMTok: 4, outputPerMTok: 20, cacheReadMultiplier: 0.05 },
  "claude-opus-5": { inputPerMTok: 5, outputPerMTok: 25 },
  "claude-opus-4-6": { inputPerMTok: 5, outputPerMTok: 25 },
  "claude-opus-4-5": { inputPerMTok: 5, outputPerMTok: 25 },
  "claude-opus-4-1": { inputPerMTok: 15, outputPerMTok: 75 },
  "claude-sonnet-5-5": { inputPerMTok: 2, outputPerMTok: 10, cacheReadMultiplier: 0.05 },
  "claude-sonnet-5": { inputPerMTok: 2, outputPerMTok: 10 },
  "claude-sonnet-4-6": { inputPerMTok: 3, outputPerMTok: 15 },
  "claude-sonnet-4-5": { inputPerMTok: 3, outputPerMTok: 15 },
  "claude-sonnet-4-0": { inputPerMTok: 3, outputPerMTok: 15 },
  "claude-haiku-5-5": { inputPerMTok: 0.1, outputPerMTok: 0.5 },
  "claude-haiku-4-5": { inputPerMTok: 1, outputPerMTok: 5 },
  "claude-3-5-haiku": { inputPerMTok: 0.8, outputPerMTok: 4 },
};

/** Same page, "Prompt caching": multipliers on the base input price. */
export const CACHE_PRICE_MULTIPLIERS = { write5m: 1.25, write1h: 2, read: 0.1 } as const;

const FAMILY_FALLBACK: [RegExp, string][] = [
  [/opus/i, "claude-opus-4-5"],
  [/sonnet/i, "claude-sonnet-4-5"],
  [/haiku/i, "claude-haiku-4-5"],
];

const TOKENS_PER_MTOK = 1_000_000;
/** llm_calls.cost_usd keeps six decimals. */
const COST_DECIMALS = 6;

/** The price row for a model id (dated snapshot ids such as claude-sonnet-4-5-20250929 included). */
export function priceFor(model: string): ModelPrice | undefined {
  const exact = MODEL_PRICES_USD[model];
  if (exact) return exact;
  // A dated snapshot id: the longest listed id it extends (claude-sonnet-5-5-x before claude-sonnet-5).
  const byPrefix = Object.keys(MODEL_PRICES_USD)
    .filter((id) => model.startsWith(`${id}-`))
    .sort((a, b) => b.length - a.length)[0];
  if (byPrefix) return MODEL_PRICES_USD[byPrefix];
  const family = FAMILY_FALLBACK.find(([pattern]) => pattern.test(model))?.[1];
  return family ? MODEL_PRICES_USD[family] : undefined;
}

export type TokenUsage = {
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  /** All cache writes (5-minute and 1-hour). */
  cacheWriteTokens: number;
  /** The 1-hour share of cacheWriteTokens (billed at a higher rate). */
  cacheWrite1hTokens: number;
};

export const NO_USAGE: TokenUsage = {
  inputTokens: 0,
  outputTokens: 0,
  cacheReadTokens: 0,
  cacheWriteTokens: 0,
  cacheWrite1hTokens: 0,
};

/** Reads the API's usage block; missing or null fields count as zero. */
export function readUsage(usage: Partial<Anthropic.Usage> | null | undefined): TokenUsage {
  if (!usage) return NO_USAGE;
  const cacheWriteTokens = usage.cache_creation_input_tokens ?? 0;
  return {
    inputTokens: usage.input_tokens ?? 0,
    outputTokens: usage.output_tokens ?? 0,
    cacheReadTokens: usage.cache_read_input_tokens ?? 0,
    cacheWriteTokens,
    cacheWrite1hTokens: Math.min(cacheWriteTokens, usage.cache_creation?.ephemeral_1h_input_tokens ?? 0),
  };
}

/** Cost in USD (six decimals); 0 for a model with no known price. */
export function costUsd(model: string, usage: TokenUsage): number {
  const price = priceFor(model);
  if (!price) return 0;
  const write5m = usage.cacheWriteTokens - usage.cacheWrite1hTokens;
  const inputEquivalent =
    usage.inputTokens +
    write5m * CACHE_PRICE_MULTIPLIERS.write5m +
    usage.cacheWrite1hTokens * CACHE_PRICE_MULTIPLIERS.write1h +
    usage.cacheReadTokens * (price.cacheReadMultiplier ?? CACHE_PRICE_MULTIPLIERS.read);
  const dollars =
    (inputEquivalent * price.inputPerMTok + usage.outputTokens * price.outputPerMTok) / TOKENS_PER_MTOK;
  return Number(dollars.toFixed(COST_DECIMALS));
}
