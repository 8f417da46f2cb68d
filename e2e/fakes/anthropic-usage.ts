/**
 * Usage accounting for the fake Anthropic Messages API (see anthropic.ts).
 *
 * Imitates the `usage` object of POST /v1/messages as in fixtures/anthropic/response-text.json
 * (README "anthropic/": input_tokens, cache_creation_input_tokens, cache_read_input_tokens and the
 * cache_creation{ephemeral_5m_input_tokens, ephemeral_1h_input_tokens} split).
 *
 * Tokens are estimated as ceil(chars / 4) per prompt block. Prompt caching is simulated the way
 * the docs describe it (platform.claude.com/docs/en/build-with-claude/prompt-caching): the prompt
 * is tools → system → messages; each block carrying `cache_control` is a breakpoint; a
 * breakpoint whose prefix is shorter than the model's minimum cacheable length is ignored (no
 * error, nothing cached); the longest prefix already cached for that model (and not expired)
 * at a block boundary up to 20 blocks before a breakpoint is read; everything from there up to
 * the last eligible breakpoint is written; the rest is plain input. An entry lives for its
 * `ttl` ("5m" default, or "1h") from its last write or read. Breakpoints with ttl "1h" must come
 * before those with "5m".
 */
import { createHash, type Hash } from "node:crypto";

export interface CacheControl {
  type: "ephemeral";
  ttl?: "5m" | "1h";
}

/** The parts of a Messages request body the accounting looks at. */
export interface PromptParts {
  tools?: unknown[];
  system?: string | unknown[];
  messages?: { role: string; content: string | unknown[] }[];
}

export interface Usage {
  input_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
  cache_creation: { ephemeral_5m_input_tokens: number; ephemeral_1h_input_tokens: number };
}

interface Block {
  canonical: string;
  tokens: number;
  cache?: CacheControl;
}

export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

function toBlock(scope: string, value: unknown): Block {
  if (typeof value === "string") return { canonical: `${scope}|${value}`, tokens: estimateTokens(value) };
  const { cache_control, ...rest } = (value ?? {}) as Record<string, unknown> & {
    cache_control?: CacheControl;
  };
  const text = rest.type === "text" && typeof rest.text === "string" ? rest.text : JSON.stringify(rest);
  return {
    canonical: `${scope}|${JSON.stringify(rest)}`,
    tokens: estimateTokens(text),
    cache: cache_control,
  };
}

/** Flattens a request into cacheable blocks in cache-prefix order: tools, system, messages. */
export function promptBlocks(body: PromptParts): Block[] {
  const blocks: Block[] = [];
  for (const tool of body.tools ?? []) blocks.push(toBlock("tool", tool));
  if (typeof body.system === "string") blocks.push(toBlock("system", body.system));
  else for (const b of body.system ?? []) blocks.push(toBlock("system", b));
  for (const m of body.messages ?? []) {
    if (typeof m.content === "string") blocks.push(toBlock(m.role, m.content));
    else for (const b of m.content) blocks.push(toBlock(m.role, b));
  }
  return blocks;
}

/** Number of blocks with cache_control (the API allows at most 4). */
export function countBreakpoints(body: PromptParts): number {
  return promptBlocks(body).filter((b) => b.cache).length;
}

export function countInputTokens(body: PromptParts): number {
  return promptBlocks(body).reduce((sum, b) => sum + b.tokens, 0);
}

const TTL_MS = { "5m": 5 * 60_000, "1h": 60 * 60_000 } as const;
/** The API looks for an earlier cache entry at most this many blocks back from each breakpoint. */
export const CACHE_LOOKBACK_BLOCKS = 20;

/** A 400 the API gives for a 1h breakpoint after a 5m one ("1h before 5m"). */
export function ttlOrderProblem(body: PromptParts): string | undefined {
  let seen5m = false;
  for (const block of promptBlocks(body)) {
    if (!block.cache) continue;
    if ((block.cache.ttl ?? "5m") === "5m") seen5m = true;
    else if (seen5m)
      return "A cache_control block with ttl '1h' must not come after a cache_control block with ttl '5m'.";
  }
  return undefined;
}

export interface PromptCacheOptions {
  /**
   * Prefixes shorter than this (tokens up to the breakpoint) are never cached; a number, or a
   * function of the model id. Default 0 (tests of the cache mechanics only).
   */
  minCacheableTokens?: number | ((model: string) => number);
  /** Clock in ms, for TTL expiry. Default Date.now. */
  now?: () => number;
}

interface Boundary {
  /** Tokens of the prompt up to and including this block. */
  tokens: number;
  hash: string;
}

/**
 * Remembers cached prefixes across requests, like the per-workspace prompt cache: an entry per
 * (model, prefix) written at a breakpoint whose prefix reaches the model's minimum, living for
 * its TTL from the last read or write. A request reads the longest cached prefix found at any
 * block boundary within the lookback window of one of its breakpoints, and writes everything
 * from there up to its last eligible breakpoint.
 */
export class PromptCache {
  private readonly entries = new Map<string, { expires: number; ttl: "5m" | "1h" }>();
  constructor(private readonly options: PromptCacheOptions = {}) {}

  clear(): void {
    this.entries.clear();
  }

  private minimum(model: string): number {
    const min = this.options.minCacheableTokens ?? 0;
    return typeof min === "function" ? min(model) : min;
  }

  /** Computes usage for one request and updates the cache. */
  account(body: PromptParts & { model?: string }): Usage {
    const now = (this.options.now ?? Date.now)();
    const model = body.model ?? "";
    const blocks = promptBlocks(body);
    const total = blocks.reduce((s, b) => s + b.tokens, 0);
    const boundaries: Boundary[] = [];
    const hash: Hash = createHash("sha256").update(`${model}\u0000`);
    let running = 0;
    for (const block of blocks) {
      hash.update(`${block.canonical}\u0000`);
      running += block.tokens;
      boundaries.push({ tokens: running, hash: hash.copy().digest("hex") });
    }
    const minimum = this.minimum(model);
    const marks = blocks.flatMap((b, i) =>
      b.cache && boundaries[i]!.tokens >= minimum ? [{ index: i, ttl: b.cache.ttl ?? "5m" }] : [],
    );
    const isLive = (h: string) => (this.entries.get(h)?.expires ?? 0) > now;
    let hitIndex = -1;
    for (const m of marks) {
      for (let i = m.index; i >= Math.max(0, m.index - CACHE_LOOKBACK_BLOCKS + 1); i--) {
        if (i > hitIndex && isLive(boundaries[i]!.hash)) {
          hitIndex = i;
          break;
        }
      }
    }
    const read = hitIndex >= 0 ? boundaries[hitIndex]!.tokens : 0;
    if (hitIndex >= 0) {
      const entry = this.entries.get(boundaries[hitIndex]!.hash)!;
      entry.expires = now + TTL_MS[entry.ttl];
    }
    const split = { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 0 };
    let previous = read;
    for (const m of marks.filter((x) => x.index > hitIndex)) {
      const { tokens, hash: h } = boundaries[m.index]!;
      if (m.ttl === "1h") split.ephemeral_1h_input_tokens += tokens - previous;
      else split.ephemeral_5m_input_tokens += tokens - previous;
      previous = tokens;
      this.entries.set(h, { expires: now + TTL_MS[m.ttl], ttl: m.ttl });
    }
    const creation = split.ephemeral_5m_input_tokens + split.ephemeral_1h_input_tokens;
    return {
      input_tokens: total - read - creation,
      cache_creation_input_tokens: creation,
      cache_read_input_tokens: read,
      cache_creation: split,
    };
  }
}
