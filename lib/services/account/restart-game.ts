// Starting over after the game ended (dumped or won), from the portal — the confirmed
// counterpart of Telegram's /start: the engine resets everything it measures (same darkness,
// memories kept), a `reset` milestone goes into the score history, and she opens the new
// game with a first message on the web chat. One transaction on the locked player row, so a
// double click restarts once; a game still running is left alone.
import type { DbOrTx } from "@/db";
import { openConversation, touchConversation } from "@/db/queries/conversations";
import { insertScoreHistory, loadEngineState, saveEngineState } from "@/db/queries/engine-state";
import { firstMessage } from "@/lib/agents/offline";
import { createRng, isTerminal, resetGame } from "@/lib/engine";
import { VICE_RULES } from "@/lib/engine/rules";
import { guardOutput, pickFallback } from "@/lib/safety";
import { planBubbles, sendPlanned } from "@/lib/services/conversation/outbound";

export type RestartOutcome = { status: "restarted" } | { status: "not_over" } | { status: "unknown_player" };

/** Call inside a transaction. */
export async function restartGame(
  tx: DbOrTx,
  params: { playerId: string; now: Date; seed: number },
): Promise<RestartOutcome> {
  const loaded = await loadEngineState(tx, { playerId: params.playerId, forUpdate: true });
  if (!loaded) return { status: "unknown_player" };
  if (!isTerminal(loaded.state.game)) return { status: "not_over" };
  const darkness = loaded.player.darkness ?? VICE_RULES.darknessMin;
  const result = resetGame(loaded.state, darkness, params.now);
  await saveEngineState(tx, { playerId: params.playerId, state: result.state, now: params.now });
  await insertScoreHistory(tx, { playerId: params.playerId, entries: result.history });

  const rng = createRng(params.seed);
  const drafted = firstMessage(loaded.player.name ?? "", rng);
  const text = guardOutput(drafted, { chapter: result.state.game.chapter }).ok ? drafted : pickFallback(rng);
  const conversationId = await openConversation(tx, {
    playerId: params.playerId,
    platform: "web",
    now: params.now,
  });
  const added = await sendPlanned(tx, {
    playerId: params.playerId,
    conversationId,
    platform: "web",
    source: "system",
    planned: planBubbles(text, { start: params.now, delaySeconds: 0, rng }),
    dedupeKey: `restart:${params.playerId}:${params.now.getTime()}`,
  });
  await touchConversation(tx, { conversationId, now: params.now, added });
  return { status: "restarted" };
}
