// What follows her reply in the same transaction as the score: the boss opening when the
// exchange reached the chapter's threshold (so a fight never starts without its challenge),
// or her goodbye when the game ended. Both are deduplicated per turn.
import type { DbOrTx } from "@/db";
import { nikitaLine } from "@/lib/agents/lines";
import type { Rng } from "@/lib/engine";
import { queueBossOpening } from "./boss-turn";
import { planBubbles, sendPlanned } from "./outbound";
import { guardLine, recordGuardBlocks } from "./reply-guard";
import type { TurnContext } from "./turn-context";

/** Gap between her last reply bubble and what follows it. */
const FOLLOW_UP_GAP_MS = 1000;

export async function queueFollowUps(
  tx: DbOrTx,
  ctx: TurnContext,
  params: { events: { type: string }[]; after: Date; openingText: string | null; rng: Rng },
) {
  const { player } = ctx;
  const start = new Date(params.after.getTime() + FOLLOW_UP_GAP_MS);
  if (params.events.some((e) => e.type === "boss_threshold_reached")) {
    await queueBossOpening(tx, ctx, { text: params.openingText, start, rng: params.rng });
  }
  const over = params.events.find((e): e is { type: "game_over"; reason: string } => e.type === "game_over");
  if (over) {
    const text = nikitaLine("goodbye", { rng: params.rng, playerName: player.name, reason: over.reason });
    const guarded = guardLine(text, ctx.state.game.chapter, params.rng);
    await sendPlanned(tx, {
      playerId: player.id,
      conversationId: ctx.turn.conversationId,
      platform: ctx.platform,
      source: "system",
      planned: planBubbles(guarded.text, { start, delaySeconds: 0, rng: params.rng }),
      dedupeKey: `turn:${ctx.turn.id}:goodbye`,
    });
    await recordGuardBlocks(tx, { playerId: player.id, messageId: ctx.message.id, guarded });
  }
}
