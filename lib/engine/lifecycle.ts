// §9/§10 Lifecycle: a new player starts in onboarding; completing it (18+ confirmed, darkness
// 1–5) starts the game with seeded vices. After game_over or won, every message gets one short
// terminal line (no model call), and a confirmed /start resets score, metrics, chapter,
// attempts, engagement, conflict and vices; memories are kept ("she remembers you").
import { createConflictState } from "./conflict";
import { createEngagementState } from "./engagement";
import { isTerminal } from "./game-over";
import { FIRST_CHAPTER } from "./rules";
import { compositeScore, initialMetrics, milestoneHistory } from "./score";
import type { EngineResult, EngineState, PlayerGameState } from "./types";
import { createViceState, seedVices } from "./vices";

/** A fresh game state starting at `now` (status as given; counters at zero). */
export function createPlayerGameState(
  now: Date,
  status: PlayerGameState["status"] = "onboarding",
): PlayerGameState {
  const metrics = initialMetrics();
  return {
    status,
    chapter: FIRST_CHAPTER,
    metrics,
    score: compositeScore(metrics),
    startedAt: now,
    bossAttempts: 0,
    bossPhase: null,
    bossStartedAt: null,
    bossLastPromptAt: null,
    bossCooldownUntil: null,
    lastBossExitAt: null,
    lastPlayerMessageAt: null,
    conversationStartedAt: null,
    conversationWarmthCount: 0,
    momentumGapSeconds: null,
    decayedThrough: null,
    decayAppliedDay: null,
    decayAppliedToday: 0,
    lastDecayWarningAt: null,
    daysPlayed: 0,
    lastPlayedDay: null,
    messagesExchanged: 0,
    gameOverReason: null,
    endedAt: null,
  };
}

/** A brand-new player, before onboarding. */
export function createEngineState(now: Date): EngineState {
  return {
    game: createPlayerGameState(now),
    engagement: createEngagementState(),
    conflict: createConflictState(),
    vices: createViceState(),
  };
}

export interface OnboardingAnswers {
  darkness: number;
  isAdultConfirmed: boolean;
}

export type OnboardingResult =
  | { ok: true; state: EngineState }
  | { ok: false; reason: "not_adult" | "not_onboarding" };

/** Finishes onboarding: the game starts now, vices seeded from darkness. */
export function completeOnboarding(
  state: EngineState,
  answers: OnboardingAnswers,
  now: Date,
): OnboardingResult {
  if (state.game.status !== "onboarding") return { ok: false, reason: "not_onboarding" };
  if (!answers.isAdultConfirmed) return { ok: false, reason: "not_adult" };
  return {
    ok: true,
    state: {
      game: createPlayerGameState(now, "active"),
      engagement: createEngagementState(),
      conflict: createConflictState(),
      vices: seedVices(answers.darkness),
    },
  };
}

/**
 * After game_over or won, a confirmed /start: everything the game measures starts again, the
 * player stays onboarded. Memories live elsewhere and are untouched.
 */
export function resetGame(state: EngineState, darkness: number, now: Date): EngineResult {
  if (!isTerminal(state.game)) return { state, events: [], history: [] };
  const game = createPlayerGameState(now, "active");
  return {
    state: {
      game,
      engagement: createEngagementState(),
      conflict: createConflictState(),
      vices: seedVices(darkness),
    },
    events: [],
    history: [milestoneHistory("reset", now, game.chapter, game.score, `reset after ${state.game.status}`)],
  };
}

export type TerminalReply = "final_line" | "affectionate_line";

/** What a message gets once the game has ended (no model call), or null while playing. */
export function terminalReply(game: PlayerGameState): TerminalReply | null {
  if (game.status === "game_over") return "final_line";
  if (game.status === "won") return "affectionate_line";
  return null;
}
