// The game's shared words: every state, category and channel name the rules talk about.
// Other layers (db enums, prompts, UI) import these instead of spelling strings again.

export const CHAPTERS = [1, 2, 3, 4, 5] as const;
export type Chapter = (typeof CHAPTERS)[number];

export const PLAYER_STATUSES = ["onboarding", "active", "boss_fight", "game_over", "won"] as const;
export type PlayerStatus = (typeof PLAYER_STATUSES)[number];

export const METRICS = ["intimacy", "passion", "trust", "secureness"] as const;
export type Metric = (typeof METRICS)[number];
export type Metrics = Record<Metric, number>;

export const ENGAGEMENT_STATES = [
  "CALIBRATING",
  "IN_ZONE",
  "DRIFTING",
  "CLINGY",
  "DISTANT",
  "OUT_OF_ZONE",
] as const;
export type EngagementStateName = (typeof ENGAGEMENT_STATES)[number];

export const CONFLICT_ZONES = ["CALM", "WARM", "HOT", "CRITICAL"] as const;
export type ConflictZone = (typeof CONFLICT_ZONES)[number];

export const HORSEMEN = ["criticism", "contempt", "defensiveness", "stonewalling"] as const;
export type Horseman = (typeof HORSEMEN)[number];

export const VICE_CATEGORIES = [
  "intellectual_dominance",
  "risk_taking",
  "substances",
  "sexuality",
  "emotional_intensity",
  "rule_breaking",
  "dark_humor",
  "vulnerability",
] as const;
export type ViceCategory = (typeof VICE_CATEGORIES)[number];

export const REPAIR_QUALITIES = ["excellent", "good", "adequate"] as const;
export type RepairQuality = (typeof REPAIR_QUALITIES)[number];

export const BOSS_PHASES = ["opening", "resolution"] as const;
export type BossPhase = (typeof BOSS_PHASES)[number];

export const BOSS_VERDICTS = ["PASS", "FAIL", "PARTIAL", "ERROR"] as const;
export type BossVerdict = (typeof BOSS_VERDICTS)[number];

export const PLATFORMS = ["telegram", "web", "voice"] as const;
export type Platform = (typeof PLATFORMS)[number];

export const FACT_ABOUT = ["user", "nikita", "relationship"] as const;
export type FactAbout = (typeof FACT_ABOUT)[number];

export const HISTORY_KINDS = [
  "conversation",
  "voice_call",
  "decay",
  "boss_initiated",
  "boss_pass",
  "boss_fail",
  "boss_partial",
  "admin",
  "reset",
] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];
