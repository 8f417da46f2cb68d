// A confirmed reset after game over (or a win): the engine starts the game again (score,
// chapter, metrics, engagement, conflict, vices; memories stay), the reset is written to the
// score history, all in the caller's transaction on the locked player row. A stale button
// pressed while a game is running changes nothing.
import type { DbOrTx } from "@/db";
import { insertScoreHistory, loadEngineState, saveEngineState } from "@/db/queries/engine-state";
import { isTerminal, resetGame } from "@/lib/engine";
import { VICE_RULES } from "@/lib/engine/rules";

export type ResetOutcome = "reset" | "not_over" | "unknown_player";

export async function resetFinishedGame(
  tx: DbOrTx,
  params: { playerId: string; now: Date },
): Promise<ResetOutcome> {
  const loaded = await loadEngineState(tx, { playerId: params.playerId, forUpdate: true });
  if (!loaded) return "unknown_player";
  if (!isTerminal(loaded.state.game)) return "not_over";
  const darkness = loaded.player.darkness ?? VICE_RULES.darknessMin;
  const result = resetGame(loaded.state, darkness, params.now);
  await saveEngineState(tx, { playerId: params.playerId, state: result.state, now: params.now });
  await insertScoreHistory(tx, { playerId: params.playerId, entries: result.history });
  return "reset";
}
