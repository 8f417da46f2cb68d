// Cache markers that pay, and only those. The API caches a prefix (tools → system → messages, up
// to a block with `cache_control`) only when it reaches the model's minimum cacheable length;
// below that the marker does nothing. `fitCacheMarkers` drops every marker whose estimated prefix
// is under the minimum, so a request never claims a cache it cannot get (and the prompt tests
// see what the API will do). `promptStats` measures the share a marked prefix covers.
import type Anthropic from "@anthropic-ai/sdk";
import { minCacheableTokens } from "@/lib/integrations/anthropic";
import { estimateTokens } from "./tokens";

type Request = Anthropic.MessageCreateParamsNonStreaming;
type Block = { tokens: number; isCacheMark: boolean };

const marked = (b: object) =>
  "cache_control" in b && Boolean((b as { cache_control?: unknown }).cache_control);

function blockTokens(block: object): number {
  const b = block as { type?: string; text?: string; cache_control?: unknown };
  if (b.type === "text" && typeof b.text === "string") return estimateTokens(b.text);
  const { cache_control: _mark, ...rest } = b;
  return estimateTokens(JSON.stringify(rest));
}

/** Prompt blocks in the order the API caches them: tools, system, messages. */
export function promptBlocks(request: Request): Block[] {
  const blocks: Block[] = (request.tools ?? []).map((t) => ({
    tokens: blockTokens(t),
    isCacheMark: marked(t),
  }));
  if (typeof request.system === "string")
    blocks.push({ tokens: estimateTokens(request.system), isCacheMark: false });
  else for (const b of request.system ?? []) blocks.push({ tokens: blockTokens(b), isCacheMark: marked(b) });
  for (const m of request.messages) {
    if (typeof m.content === "string") blocks.push({ tokens: estimateTokens(m.content), isCacheMark: false });
    else for (const b of m.content) blocks.push({ tokens: blockTokens(b), isCacheMark: marked(b) });
  }
  return blocks;
}

/** Estimated tokens up to each block (inclusive). */
function runningTotals(blocks: Block[]): number[] {
  let sum = 0;
  return blocks.map((b) => {
    sum += b.tokens;
    return sum;
  });
}

function unmark<T extends object>(block: T): T {
  const { cache_control: _mark, ...rest } = block as T & { cache_control?: unknown };
  return rest as T;
}

/** The request with every cache marker that cannot reach the model's minimum removed. */
export function fitCacheMarkers(request: Request): Request {
  const minimum = minCacheableTokens(request.model);
  const totals = runningTotals(promptBlocks(request));
  let index = 0;
  let changed = false;
  // Visits blocks in promptBlocks order; a string (system or message content) is one block.
  const keep = <T extends object>(block: T): T => {
    const reaches = (totals[index++] ?? 0) >= minimum;
    if (!marked(block) || reaches) return block;
    changed = true;
    return unmark(block);
  };
  const tools = request.tools?.map((t) => keep(t));
  let system = request.system;
  if (typeof system === "string") index++;
  else if (system) system = system.map((b) => keep(b));
  const messages = request.messages.map((m) => {
    if (typeof m.content === "string") {
      index++;
      return m;
    }
    return { ...m, content: m.content.map((b) => keep(b)) } as typeof m;
  });
  if (!changed) return request;
  return { ...request, ...(tools ? { tools } : {}), ...(system !== undefined ? { system } : {}), messages };
}

export type PromptStats = { prefixTokens: number; totalTokens: number; prefixShare: number };

/** Estimated tokens (chars / 4) of the cacheable prefix (through the last cache mark) and of the whole prompt. */
export function promptStats(request: Request): PromptStats {
  const blocks = promptBlocks(request);
  const totals = runningTotals(blocks);
  const lastMark = blocks.findLastIndex((b) => b.isCacheMark);
  const totalTokens = totals.at(-1) ?? 0;
  const prefixTokens = lastMark >= 0 ? totals[lastMark]! : 0;
  return { prefixTokens, totalTokens, prefixShare: totalTokens === 0 ? 0 : prefixTokens / totalTokens };
}
