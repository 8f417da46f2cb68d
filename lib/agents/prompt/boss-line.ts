// Her boss line: the same stable prefix and a "Right now" block naming the active test and
// phase, then the recent history and a director note asking for the opening or the follow-up.
// The note is ours, never the player's, so it sits in its own tag after any history.
import type { BossLineContext } from "@/lib/agents/model";
import { env } from "@/lib/env";
import { HISTORY_TOKEN_BUDGET, historyToMessages } from "./history";
import { type MessagesRequest, REPLY_MAX_TOKENS } from "./reply";
import { stableSystemBlock } from "./stable-prefix";
import { buildVolatileText } from "./volatile";

const DIRECTOR_NOTES = {
  opening:
    "Write your next message to him now: open the test described in your notes, in your own words, fitting it to what you have been talking about. He has not written anything new.",
  resolution:
    "Write your next message to him now: follow up on his answer to your test as described in your notes, probing deeper. Do not tell him how he did.",
} as const;

export function buildBossLineRequest(
  ctx: BossLineContext,
  options: { model?: string; maxTokens?: number; historyTokenBudget?: number } = {},
): MessagesRequest {
  const volatile = buildVolatileText({
    playerName: ctx.playerName,
    chapter: ctx.chapter,
    boss: { chapter: ctx.chapter, phase: ctx.phase },
  });
  return {
    model: options.model ?? env.ANTHROPIC_MODEL_REPLY,
    max_tokens: options.maxTokens ?? REPLY_MAX_TOKENS,
    system: [stableSystemBlock(), { type: "text", text: volatile }],
    messages: historyToMessages(
      ctx.history,
      { directorNote: DIRECTOR_NOTES[ctx.phase] },
      options.historyTokenBudget ?? HISTORY_TOKEN_BUDGET,
    ),
    metadata: { user_id: ctx.playerId },
  };
}
