// Thin Anthropic client: one SDK instance per process, configured only from lib/env (base URL,
// key, timeout) with a bounded retry count. The SDK itself retries 408/409/429/5xx and
// connection timeouts with backoff, honouring `retry-after`; nothing here retries again.
import Anthropic from "@anthropic-ai/sdk";
import { env } from "@/lib/env";

/** Retries after the first attempt (so at most three HTTP requests per call). */
export const ANTHROPIC_MAX_RETRIES = 2;
const DEFAULT_BASE_URL = "https://api.anthropic.com";

export type AnthropicClientOptions = {
  baseURL?: string;
  apiKey?: string;
  timeoutMs?: number;
  maxRetries?: number;
};

export class AnthropicConfigError extends Error {
  override name = "AnthropicConfigError";
}

/** A new client; unset options fall back to the environment. */
export function createAnthropicClient(options: AnthropicClientOptions = {}): Anthropic {
  const apiKey = options.apiKey ?? env.ANTHROPIC_API_KEY;
  if (!apiKey) throw new AnthropicConfigError("ANTHROPIC_API_KEY is not set");
  return new Anthropic({
    apiKey,
    baseURL: options.baseURL ?? env.ANTHROPIC_BASE_URL ?? DEFAULT_BASE_URL,
    timeout: options.timeoutMs ?? env.ANTHROPIC_TIMEOUT_MS,
    maxRetries: Math.min(options.maxRetries ?? ANTHROPIC_MAX_RETRIES, ANTHROPIC_MAX_RETRIES),
    webhookKey: null,
  });
}

type Holder = { client?: Anthropic };
// Survives Next's dev-mode module reloading: one client (and one connection pool) per process.
const processGlobal = globalThis as { __nikitaAnthropic?: Holder };
processGlobal.__nikitaAnthropic ??= {};
const holder: Holder = processGlobal.__nikitaAnthropic;

/** The process-wide client, built from env on first use. */
export function getAnthropicClient(): Anthropic {
  holder.client ??= createAnthropicClient();
  return holder.client;
}
