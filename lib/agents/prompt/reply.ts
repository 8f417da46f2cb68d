// Her reply prompt: [stable prefix (cached)] + [volatile "Right now" block] + recent history
// ending with his message. `promptStats` (cache-plan.ts) measures how much of a request the
// cached prefix covers; a typical turn must be at least 70% prefix so most input tokens are
// cache reads.
import type Anthropic from "@anthropic-ai/sdk";
import type { ReplyContext } from "@/lib/agents/model";
import { env } from "@/lib/env";
import { HISTORY_TOKEN_BUDGET, historyToMessages } from "./history";
import { stableSystemBlock } from "./stable-prefix";
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

/** All system text of a request (for the output guard's prompt-quote check). */
export function systemText(request: MessagesRequest): string {
  if (typeof request.system === "string") return request.system;
  return (request.system ?? []).map((b) => b.text).join("\n\n");
}

export { type PromptStats, promptStats } from "./cache-plan";
