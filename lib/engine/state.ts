// Copy helpers for the state records. Engine functions never mutate their input; they copy,
// then set fields on the fresh copy. Explicit field lists are used instead of object spread
// because V8 spreads of these ~25-field records cost ~0.6 µs each, which the simulator and
// the 50 µs per-exchange budget cannot afford. For the same reason the modules on the
// simulator's hot path import namespaces and bind what they use to module constants once
// (`import * as Score from "./score"; const { round2 } = Score;`): under tsx (CJS interop)
// every use of an imported binding is otherwise two getter calls through a megamorphic
// property load, about a fifth of the simulator's time when measured.
import type { EngineState, PlayerGameState } from "./types";

export function copyGame(g: PlayerGameState): PlayerGameState {
  return {
    status: g.status,
    chapter: g.chapter,
    metrics: g.metrics,
    score: g.score,
    startedAt: g.startedAt,
    bossAttempts: g.bossAttempts,
    bossPhase: g.bossPhase,
    bossStartedAt: g.bossStartedAt,
    bossLastPromptAt: g.bossLastPromptAt,
    bossCooldownUntil: g.bossCooldownUntil,
    lastBossExitAt: g.lastBossExitAt,
    lastPlayerMessageAt: g.lastPlayerMessageAt,
    conversationStartedAt: g.conversationStartedAt,
    conversationWarmthCount: g.conversationWarmthCount,
    momentumGapSeconds: g.momentumGapSeconds,
    decayedThrough: g.decayedThrough,
    decayAppliedDay: g.decayAppliedDay,
    decayAppliedToday: g.decayAppliedToday,
    lastDecayWarningAt: g.lastDecayWarningAt,
    daysPlayed: g.daysPlayed,
    lastPlayedDay: g.lastPlayedDay,
    messagesExchanged: g.messagesExchanged,
    gameOverReason: g.gameOverReason,
    endedAt: g.endedAt,
  };
}

/** A copy of `game` with the given fields replaced. */
export function patchGame(g: PlayerGameState, patch: Partial<PlayerGameState>): PlayerGameState {
  return Object.assign(copyGame(g), patch);
}

/** A new engine state with some parts replaced. */
export function patchState(state: EngineState, parts: Partial<EngineState>): EngineState {
  return {
    game: parts.game ?? state.game,
    engagement: parts.engagement ?? state.engagement,
    conflict: parts.conflict ?? state.conflict,
    vices: parts.vices ?? state.vices,
  };
}
