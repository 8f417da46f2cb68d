// The engine's state, event and history shapes. Each state type maps onto one table's columns
// (plain numbers, Dates, string enums) so repositories can load and store it without mapping
// logic; every engine function returns a new state and never mutates its input.
import type {
  BossPhase,
  BossVerdict,
  Chapter,
  ConflictZone,
  EngagementStateName,
  HistoryKind,
  Metrics,
  PlayerStatus,
  ViceCategory,
} from "./vocabulary";

export type GameOverReason =
  | "score_zero"
  | "boss_fails"
  | "clingy"
  | "distant"
  | "out_of_zone"
  | "conflict_breakup";

/** players + player_metrics: the relationship, its chapter, boss and decay bookkeeping. */
export interface PlayerGameState {
  status: PlayerStatus;
  chapter: Chapter;
  metrics: Metrics;
  /** Always the weighted composite of `metrics` (score.ts `compositeScore`). */
  score: number;
  /** When the current game began (onboarding completed or reset); the decay anchor of last resort. */
  startedAt: Date;
  /** Failed boss attempts in the current chapter. */
  bossAttempts: number;
  bossPhase: BossPhase | null;
  bossStartedAt: Date | null;
  /** Her latest boss message still waiting for a player reply (timeout clock); null while judging. */
  bossLastPromptAt: Date | null;
  bossCooldownUntil: Date | null;
  lastBossExitAt: Date | null;
  lastPlayerMessageAt: Date | null;
  /** Start of the current conversation (a new one begins after 15 min without player messages). */
  conversationStartedAt: Date | null;
  /** vulnerability_exchange count in the current conversation (warmth bonus). */
  conversationWarmthCount: number;
  /** EWMA of the player's recent in-conversation gaps, seconds; null = chapter baseline. */
  momentumGapSeconds: number | null;
  /** Decay has been charged (or forgiven) up to this instant. */
  decayedThrough: Date | null;
  /** UTC day ('YYYY-MM-DD') that `decayAppliedToday` refers to. */
  decayAppliedDay: string | null;
  decayAppliedToday: number;
  lastDecayWarningAt: Date | null;
  /** Distinct local days on which the player wrote (incremental; see conversation.ts). */
  daysPlayed: number;
  lastPlayedDay: string | null;
  /** Messages in both directions during this game. */
  messagesExchanged: number;
  gameOverReason: GameOverReason | null;
  endedAt: Date | null;
}

/** engagement_state: the §5 state machine and its streaks over closed local days. */
export interface EngagementState {
  state: EngagementStateName;
  /** Closed days spent in `state`; the day it was entered is day 1 (0 = none closed yet). */
  daysInState: number;
  /** Global consecutive-day streaks; the effective in-state streak is min(streak, daysInState). */
  highCalibrationStreak: number;
  lowCalibrationStreak: number;
  recoveryStreak: number;
  clingyStreak: number;
  distantStreak: number;
  okStreak: number;
  goodStreak: number;
  lastCalibration: number | null;
  lastClosedDay: string | null;
}

/** conflict_state: temperature, Gottman counts and the CRITICAL negative streak. */
export interface ConflictState {
  temperature: number;
  /** Passive cooling has been applied up to here. */
  updatedAt: Date | null;
  positiveCount: number;
  negativeCount: number;
  criticalNegativeStreak: number;
}

/** vice_preferences: engagement per category (intensity derives from it). */
export type ViceState = Record<ViceCategory, number>;

/** Everything the rules need about one player. */
export interface EngineState {
  game: PlayerGameState;
  engagement: EngagementState;
  conflict: ConflictState;
  vices: ViceState;
}

export type GameEvent =
  | { type: "critical_low"; score: number }
  | { type: "recovery"; score: number }
  | { type: "boss_threshold_reached"; chapter: Chapter; score: number }
  | { type: "boss_phase_advanced"; chapter: Chapter; phase: BossPhase }
  | { type: "boss_awaiting_judgment"; chapter: Chapter }
  | { type: "boss_judged"; chapter: Chapter; verdict: BossVerdict; attempts: number; timedOut: boolean }
  | { type: "chapter_advanced"; from: Chapter; to: Chapter }
  | { type: "decay_applied"; amount: number; hours: number }
  | { type: "decay_warning" }
  | { type: "engagement_changed"; from: EngagementStateName; to: EngagementStateName }
  | { type: "conflict_zone_changed"; from: ConflictZone; to: ConflictZone }
  | { type: "game_over"; reason: GameOverReason }
  | { type: "won"; daysPlayed: number; messagesExchanged: number };

export type GameEventType = GameEvent["type"];

/** A score_history row. */
export interface ScoreHistoryEntry {
  kind: HistoryKind;
  at: Date;
  chapter: Chapter;
  scoreBefore: number;
  scoreAfter: number;
  /** Actual per-metric change written (after multiplier, caps and clamps). */
  deltas: Metrics;
  /** Engagement multiplier used (exchanges only). */
  multiplier: number | null;
  /** Decay: overdue hours charged in this application. */
  hours: number | null;
  /** Decay: points subtracted from every metric. */
  amount: number | null;
  explanation: string;
}

/** What every state-changing engine function returns. */
export interface EngineResult {
  state: EngineState;
  events: GameEvent[];
  history: ScoreHistoryEntry[];
}
