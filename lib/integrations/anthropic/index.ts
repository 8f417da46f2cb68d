// Public surface of the Anthropic integration (the client, prices, error descriptions).

export { minCacheableTokens, UNKNOWN_MODEL_MIN_CACHEABLE_TOKENS } from "./cache-limits";
export {
  ANTHROPIC_MAX_RETRIES,
  type AnthropicClientOptions,
  AnthropicConfigError,
  createAnthropicClient,
  getAnthropicClient,
} from "./client";
export { describeAnthropicError, isUpstreamFailure } from "./errors";
export {
  CACHE_PRICE_MULTIPLIERS,
  costUsd,
  MODEL_PRICES_USD,
  type ModelPrice,
  NO_USAGE,
  priceFor,
  readUsage,
  type TokenUsage,
} from "./pricing";
