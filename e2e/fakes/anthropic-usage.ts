/**
 * Usage accounting for the fake Anthropic Messages API (see anthropic.ts).
 *
 * Imitates the `usage` object of POST /v1/messages as in fixtures/anthropic/response-text.json
 * (README "anthropic/": input_tokens, cache_creation_input_tokens, cache_read_input_tokens and the
 * cache_creation{ephemeral_5m_input_tokens, ephemeral_1h_input_tokens} split).
 *
 * Tokens are estimated as ceil(chars / 4) per prompt block. Prompt caching is simulated the way
 * the docs describe it: the prompt is tools → system → messages; each block carrying
 * `cache_control` is a breakpoint; the longest breakpoint prefix already cached (and not expired)
 * is read, everything from there up to the last breakpoint is written, the rest is plain input.
 * A breakpoint's prefix is cached for its `ttl` ("5m" default, or "1h"), refreshed on each hit.
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

export interface PromptCacheOptions {
  /** Prefixes shorter than this are never cached (the real minimum is 1024+ tokens). Default 0. */
  minCacheableTokens?: number;
  /** Clock in ms, for TTL expiry. Default Date.now. */
  now?: () => number;
}

/** Remembers cached prefixes across requests, like the per-organisation prompt cache. */
export class PromptCache {
  private readonly entries = new Map<string, number>();
  constructor(private readonly options: PromptCacheOptions = {}) {}

  clear(): void {
    this.entries.clear();
  }

  /** Computes usage for one request and updates the cache. */
  account(body: PromptParts): Usage {
    const now = (this.options.now ?? Date.now)();
    const blocks = promptBlocks(body);
    const total = blocks.reduce((s, b) => s + b.tokens, 0);
    const marks: { prefixTokens: number; hash: string; ttl: "5m" | "1h" }[] = [];
    const hash: Hash = createHash("sha256");
    let running = 0;
    for (const block of blocks) {
      hash.update(`${block.canonical}\u0000`);
      running += block.tokens;
      if (block.cache && running >= (this.options.minCacheableTokens ?? 0)) {
        marks.push({ prefixTokens: running, hash: hash.copy().digest("hex"), ttl: block.cache.ttl ?? "5m" });
      }
    }
    let hit = -1;
    for (let i = marks.length - 1; i >= 0; i--) {
      const m = marks[i]!;
      const expires = this.entries.get(m.hash);
      if (expires !== undefined && expires > now) {
        hit = i;
        break;
      }
    }
    const read = hit >= 0 ? marks[hit]!.prefixTokens : 0;
    const split = { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 0 };
    let previous = read;
    for (let i = hit + 1; i < marks.length; i++) {
      const m = marks[i]!;
      const tokens = m.prefixTokens - previous;
      if (m.ttl === "1h") split.ephemeral_1h_input_tokens += tokens;
      else split.ephemeral_5m_input_tokens += tokens;
      previous = m.prefixTokens;
    }
    for (const m of marks) this.entries.set(m.hash, now + TTL_MS[m.ttl]);
    const creation = split.ephemeral_5m_input_tokens + split.ephemeral_1h_input_tokens;
    return {
      input_tokens: total - read - creation,
      cache_creation_input_tokens: creation,
      cache_read_input_tokens: read,
      cache_creation: split,
    };
  }
}
