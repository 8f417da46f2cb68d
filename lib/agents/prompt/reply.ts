// Her reply prompt: [stable prefix (cached)] + [volatile "Right now" block] + recent history
// ending with his message. `promptStats` measures how much of a request the cached prefix
// covers; a typical turn must be at least 70% prefix so most input tokens are cache reads.
import type Anthropic from "@anthropic-ai/sdk";
import type { ReplyContext } from "@/lib/agents/model";
import { env } from "@/lib/env";
import { HISTORY_TOKEN_BUDGET, historyToMessages } from "./history";
import { stableSystemBlock } from "./stable-prefix";
import { estimateTokens } from "./tokens";
import { buildVolatileText } from "./volatile";

/** Her texts are short; this leaves room for a two-bubble reply and nothing like an essay. */
export const REPLY_MAX_TOKENS = 400;

export type ReplyRequestOptions = { model?: string; maxTokens?: number; historyTokenBudget?: number };

export type MessagesRequest = Anthropic.MessageCreateParamsNonStreaming;

export function buildReplyRequest(ctx: ReplyContext, options: ReplyRequestOptions = {}): MessagesRequest {
  const volatile = buildVolatileText({
    playerName: ctx.playerName,
    chapter: ctx.chapter,
    conflictZone: ctx.conflictZone,
    platform: ctx.platform,
    vices: ctx.vices,
    memories: ctx.memories,
    today: ctx.today,
    localTime: ctx.localTime,
    localHour: ctx.localHour,
    isNewConversation: ctx.isNewConversation,
    hoursSinceLastMessage: ctx.hoursSinceLastMessage,
    boss: ctx.boss,
    stricter: ctx.stricter,
  });
  return {
    model: options.model ?? env.ANTHROPIC_MODEL_REPLY,
    max_tokens: options.maxTokens ?? REPLY_MAX_TOKENS,
    system: [stableSystemBlock(), { type: "text", text: volatile }],
    messages: historyToMessages(
      ctx.history,
      { playerText: ctx.playerText },
      options.historyTokenBudget ?? HISTORY_TOKEN_BUDGET,
    ),
    metadata: { user_id: ctx.playerId },
  };
}

export type PromptStats = { prefixTokens: number; totalTokens: number; prefixShare: number };

type Block = { text: string; isCacheMark: boolean };

function contentText(content: Anthropic.MessageParam["content"]): Block[] {
  if (typeof content === "string") return [{ text: content, isCacheMark: false }];
  return content.map((b) => ({
    text: b.type === "text" ? b.text : JSON.stringify(b),
    isCacheMark: "cache_control" in b && Boolean(b.cache_control),
  }));
}

/** Prompt blocks in the order the API caches them: tools, system, messages. */
function promptBlocks(request: MessagesRequest): Block[] {
  const tools = (request.tools ?? []).map((t) => ({
    text: JSON.stringify(t),
    isCacheMark: "cache_control" in t && Boolean(t.cache_control),
  }));
  const system =
    typeof request.system === "string"
      ? [{ text: request.system, isCacheMark: false }]
      : (request.system ?? []).map((b) => ({ text: b.text, isCacheMark: Boolean(b.cache_control) }));
  return [...tools, ...system, ...request.messages.flatMap((m) => contentText(m.content))];
}

/** Estimated tokens (chars / 4) of the cacheable prefix (through the last cache mark) and of the whole prompt. */
export function promptStats(request: MessagesRequest): PromptStats {
  const blocks = promptBlocks(request);
  const lastMark = blocks.findLastIndex((b) => b.isCacheMark);
  const tokens = blocks.map((b) => estimateTokens(b.text));
  const totalTokens = tokens.reduce((a, b) => a + b, 0);
  const prefixTokens = tokens.slice(0, lastMark + 1).reduce((a, b) => a + b, 0);
  return { prefixTokens, totalTokens, prefixShare: totalTokens === 0 ? 0 : prefixTokens / totalTokens };
}

/** All system text of a request (for the output guard's prompt-quote check). */
export function systemText(request: MessagesRequest): string {
  if (typeof request.system === "string") return request.system;
  return (request.system ?? []).map((b) => b.text).join("\n\n");
}
