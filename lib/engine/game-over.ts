// §9 Terminal transitions: every path that ends a game (score 0, third boss fail, point of no
// return, conflict break-up, final boss passed) goes through here so the state looks the same.
import * as State from "./state";
import type { GameEvent, GameOverReason, PlayerGameState } from "./types";

// Bound once: see state.ts on why hot modules do this.
const { patchGame } = State;

/** Ends the game: status game_over, boss state cleared, reason and end time recorded. */
export function endGame(
  game: PlayerGameState,
  reason: GameOverReason,
  now: Date,
): { game: PlayerGameState; events: GameEvent[] } {
  if (game.status === "game_over" || game.status === "won") return { game, events: [] };
  return {
    game: patchGame(game, {
      status: "game_over",
      gameOverReason: reason,
      endedAt: now,
      bossPhase: null,
      bossStartedAt: null,
      bossLastPromptAt: null,
    }),
    events: [{ type: "game_over", reason }],
  };
}

/** Ends the game as won (Chapter 5 boss passed), with the numbers for the victory message. */
export function winGame(game: PlayerGameState, now: Date): { game: PlayerGameState; events: GameEvent[] } {
  return {
    game: patchGame(game, {
      status: "won",
      endedAt: now,
      bossPhase: null,
      bossStartedAt: null,
      bossLastPromptAt: null,
      lastBossExitAt: now,
    }),
    events: [{ type: "won", daysPlayed: game.daysPlayed, messagesExchanged: game.messagesExchanged }],
  };
}

export function isTerminal(game: PlayerGameState): boolean {
  return game.status === "game_over" || game.status === "won";
}
