// Every number in GAME.md, in one typed module. The engine, the SQL decay job, the prompts and
// the portal import these; no other file spells a rule number. Sections follow GAME.md (§n).
import type {
  Chapter,
  ConflictZone,
  EngagementStateName,
  Horseman,
  Metric,
  PlayerStatus,
  RepairQuality,
  ViceCategory,
} from "./vocabulary";

/** Unit conversions (not tunable, but kept here so no other file needs a bare number). */
export const TIME = {
  msPerSecond: 1_000,
  msPerMinute: 60_000,
  msPerHour: 3_600_000,
  msPerDay: 86_400_000,
  secondsPerMinute: 60,
  hoursPerDay: 24,
} as const;

/** §1 Score: four hidden metrics and their weighted composite. */
export const SCORE_RULES = {
  initialMetric: 50,
  min: 0,
  max: 100,
  /** Scores and metrics keep two decimals, rounded half away from zero. */
  decimals: 2,
  weights: { intimacy: 0.3, passion: 0.25, trust: 0.25, secureness: 0.2 },
  /** `critical_low` when the score crosses below this, `recovery` when it is back at or above. */
  criticalLowBelow: 20,
} as const satisfies {
  initialMetric: number;
  min: number;
  max: number;
  decimals: number;
  weights: Record<Metric, number>;
  criticalLowBelow: number;
};

/** §1 The analysis contract: per-metric delta range (normal exchanges stay within ±3). */
export const ANALYSIS_RULES = { deltaMin: -10, deltaMax: 10, normalDeltaAbs: 3 } as const;

/** §1 step 1: warmth bonus on trust for vulnerability exchanges, per conversation. */
export const WARMTH_RULES = {
  behaviour: "vulnerability_exchange",
  /** Bonus for the 1st, 2nd, … such exchange in the current conversation; 0 after the list. */
  trustBonusByOrdinal: [2, 1],
  trustDeltaCap: 10,
} as const;

/** §1 step 2: multiplier applied to positive deltas only. */
export const ENGAGEMENT_MULTIPLIERS = {
  CALIBRATING: 0.9,
  IN_ZONE: 1.0,
  DRIFTING: 0.8,
  DISTANT: 0.6,
  CLINGY: 0.5,
  OUT_OF_ZONE: 0.2,
} as const satisfies Record<EngagementStateName, number>;

export interface ChapterRule {
  name: string;
  bossName: string;
  bossTest: string;
  bossThreshold: number;
  replyDelayCapSeconds: number;
  decayGraceHours: number;
  decayRatePerHour: number;
  dailyDecayCap: number;
  /** §1 step 3: each per-metric delta is clamped to ±deltaCap. */
  deltaCap: number;
  /** §5 the optimal number of player messages per local day. */
  optimalMessagesPerDay: number;
}

/** §2 The chapter table (plus the per-chapter delta cap of §1 and optimal count of §5). */
export const CHAPTER_RULES = {
  1: {
    name: "Curiosity",
    bossName: "Worth my time?",
    bossTest: "intellect",
    bossThreshold: 55,
    replyDelayCapSeconds: 10,
    decayGraceHours: 8,
    decayRatePerHour: 0.8,
    dailyDecayCap: 12,
    deltaCap: 3.0,
    optimalMessagesPerDay: 15,
  },
  2: {
    name: "Intrigue",
    bossName: "Handle my intensity?",
    bossTest: "conflict",
    bossThreshold: 60,
    replyDelayCapSeconds: 60,
    decayGraceHours: 16,
    decayRatePerHour: 0.6,
    dailyDecayCap: 10,
    deltaCap: 2.5,
    optimalMessagesPerDay: 12,
  },
  3: {
    name: "Investment",
    bossName: "Trust test",
    bossTest: "jealousy",
    bossThreshold: 65,
    replyDelayCapSeconds: 300,
    decayGraceHours: 24,
    decayRatePerHour: 0.4,
    dailyDecayCap: 8,
    deltaCap: 2.0,
    optimalMessagesPerDay: 10,
  },
  4: {
    name: "Intimacy",
    bossName: "Vulnerability threshold",
    bossTest: "mutual vulnerability",
    bossThreshold: 70,
    replyDelayCapSeconds: 900,
    decayGraceHours: 48,
    decayRatePerHour: 0.3,
    dailyDecayCap: 6,
    deltaCap: 1.5,
    optimalMessagesPerDay: 8,
  },
  5: {
    name: "Established",
    bossName: "Ultimate test",
    bossTest: "partnership vs independence",
    bossThreshold: 75,
    replyDelayCapSeconds: 1800,
    decayGraceHours: 72,
    decayRatePerHour: 0.2,
    dailyDecayCap: 4,
    deltaCap: 1.0,
    optimalMessagesPerDay: 6,
  },
} as const satisfies Record<Chapter, ChapterRule>;

export const FIRST_CHAPTER: Chapter = 1;
export const FINAL_CHAPTER: Chapter = 5;

/** §3 Boss fights. */
export const BOSS_RULES = {
  /** PASS or FAIL with confidence below this becomes PARTIAL. */
  minConfidence: 0.7,
  cooldownHours: 24,
  /** Strictly more than this many hours without a player reply to her latest boss message = FAIL. */
  replyTimeoutHours: 24,
  maxFailedAttempts: 3,
} as const;

/** §4 Decay (the hourly job; see decay.ts for the exact semantics). */
export const DECAY_RULES = {
  /** Only these statuses decay: none in boss_fight, game_over, won or onboarding. */
  statuses: ["active"],
  /** Decay is charged per whole overdue hour. */
  chargeUnitHours: 1,
  /** Safety bound per application; with the chapter daily caps it never binds. */
  perRunCap: 20,
  /** Crossing below this schedules the in-character "still there?" message … */
  warningBelow: 40,
  /** … at most once per this many hours. */
  warningIntervalHours: 24,
} as const satisfies { statuses: readonly PlayerStatus[]; [key: string]: unknown };

/** §5 Engagement state machine, fed once per closed local player day. */
export const ENGAGEMENT_RULES = {
  initialState: "CALIBRATING",
  calibrationWeights: { frequency: 0.4, timing: 0.3, content: 0.3 },
  timing: {
    idealMinSeconds: 60,
    idealMaxSeconds: 3600,
    fastBase: 0.6,
    fastSlope: 0.4,
    slowFalloffSeconds: 14_400,
    noGapsScore: 1.0,
  },
  content: {
    shortBelowChars: 20,
    shortDivisor: 40,
    mediumBase: 0.5,
    idealFromChars: 50,
    mediumDivisor: 60,
    idealToChars: 150,
    longFalloffChars: 200,
  },
  day: {
    /** clingy: more than this multiple of the optimal count … */
    clingyMessageMultiple: 2,
    /** … or this many player messages inside the burst window without her reply between. */
    burstMessages: 3,
    burstWindowSeconds: 60,
    /** distant: fewer than this fraction of the optimal count (zero included) … */
    distantMessageFraction: 0.5,
    /** … or an average reply gap above this. */
    distantGapSeconds: 14_400,
    goodMinCalibration: 0.7,
  },
  transitions: {
    calibratingToInZone: { minCalibration: 0.8, days: 3 },
    calibratingToDrifting: { belowCalibration: 0.5, days: 2 },
    inZoneToDrifting: { belowCalibration: 0.6, days: 1 },
    driftingToInZone: { minCalibration: 0.7, days: 2 },
    driftingToClingy: { days: 2 },
    driftingToDistant: { days: 2 },
    /** Counted after the entry day (which is itself a clingy / distant day). */
    clingyToOutOfZone: { moreDays: 3 },
    distantToOutOfZone: { moreDays: 5 },
    /** CLINGY or DISTANT back to DRIFTING after this many good-or-normal days. */
    backToDrifting: { days: 2 },
    outOfZoneToCalibrating: { goodDays: 3 },
  },
  /** Consecutive days in a state (entry day = day 1) that end the game. */
  pointOfNoReturnDays: { CLINGY: 7, DISTANT: 10, OUT_OF_ZONE: 14 },
} as const;

/** §6 Conflict temperature. */
export const CONFLICT_RULES = {
  initial: 0,
  min: 0,
  max: 100,
  /** Lower bound of each zone; CALM is below WARM. */
  zoneFloors: { CALM: 0, WARM: 25, HOT: 50, CRITICAL: 75 },
  repairCooling: { excellent: 25, good: 15, adequate: 5 },
  heatPerNegativeDelta: 1.5,
  bigDeltaAbove: 3,
  bigDeltaExtraHeat: 5,
  coolingPerPositiveDelta: 0.5,
  horsemanHeat: { criticism: 4, contempt: 8, defensiveness: 3, stonewalling: 5 },
  passiveCoolingPerHour: 0.5,
  /** Gottman positive:negative target ratio by zone (5:1 in conflict, 20:1 calm). */
  gottmanTarget: { CALM: 20, WARM: 5, HOT: 5, CRITICAL: 5 },
  /** Zones in which she is cold and conflict-aware, and sends nothing proactive. */
  coldZones: ["HOT", "CRITICAL"],
  breakupZone: "CRITICAL",
  breakupNegativeStreak: 3,
} as const satisfies {
  zoneFloors: Record<ConflictZone, number>;
  repairCooling: Record<RepairQuality, number>;
  horsemanHeat: Record<Horseman, number>;
  gottmanTarget: Record<ConflictZone, number>;
  coldZones: readonly ConflictZone[];
  breakupZone: ConflictZone;
  [key: string]: unknown;
};

/** §7 Vices. */
export const VICE_RULES = {
  darknessMin: 1,
  darknessMax: 5,
  seedsByDarkness: {
    1: ["vulnerability", "intellectual_dominance"],
    2: ["vulnerability", "intellectual_dominance"],
    3: ["vulnerability", "intellectual_dominance", "emotional_intensity", "dark_humor", "sexuality"],
    4: ["dark_humor", "emotional_intensity", "risk_taking", "sexuality", "vulnerability"],
    5: ["dark_humor", "emotional_intensity", "risk_taking", "sexuality", "vulnerability"],
  },
  /** Engagement a seeded category starts with (= intensity 0.3, just enough to colour replies). */
  seedEngagement: 1.5,
  minSignalConfidence: 0.5,
  rejectionFactor: 0.5,
  sensitivityByChapter: { 1: 1.5, 2: 1.25, 3: 1.0, 4: 0.75, 5: 0.5 },
  /** intensity = min(engagement / intensityDivisor, maxIntensity) */
  intensityDivisor: 5,
  maxIntensity: 1,
  activeMinIntensity: 0.3,
  maxActive: 3,
  chapterCaps: {
    sexuality: { 1: 0.35, 2: 0.45, 3: 0.6, 4: 0.75, 5: 0.85 },
    substances: { 1: 0.3, 2: 0.45, 3: 0.6, 4: 0.7, 5: 0.8 },
    rule_breaking: { 1: 0.4, 2: 0.55, 3: 0.7, 4: 0.8, 5: 0.9 },
  },
  minimumAge: 18,
} as const satisfies {
  seedsByDarkness: Record<number, readonly ViceCategory[]>;
  sensitivityByChapter: Record<Chapter, number>;
  chapterCaps: Partial<Record<ViceCategory, Record<Chapter, number>>>;
  [key: string]: unknown;
};

/** §9 A conversation closes after this long without messages; also the reply-delay threshold. */
export const CONVERSATION_RULES = { closeAfterMinutes: 15 } as const;

/** §8 Reply delay: max(min, floor(min(cap, e^(logMean + logSd·Z) · scale · M))) seconds. */
export const DELAY_RULES = {
  logMean: 2.996,
  logSd: 1.714,
  minSeconds: 1,
  scaleByChapter: { 1: 0.15, 2: 0.3, 3: 0.5, 4: 0.75, 5: 1.0 },
  momentum: {
    alpha: 0.35,
    baselineSecondsByChapter: { 1: 300, 2: 240, 3: 180, 4: 120, 5: 90 },
    min: 0.1,
    max: 5,
  },
  typingIndicatorEverySeconds: 5,
} as const satisfies { scaleByChapter: Record<Chapter, number>; [key: string]: unknown };

export type SkipMode = "normal" | "hard";

/** §8 Skipping: per-chapter [min, max] probability ranges by mode. */
export const SKIP_RULES = {
  defaultMode: "normal",
  ranges: {
    normal: { 1: [0, 0], 2: [0, 0], 3: [0, 0], 4: [0, 0], 5: [0, 0] },
    hard: { 1: [0.25, 0.4], 2: [0.15, 0.25], 3: [0.05, 0.15], 4: [0.02, 0.1], 5: [0, 0.05] },
  },
} as const satisfies {
  defaultMode: SkipMode;
  ranges: Record<SkipMode, Record<Chapter, readonly [number, number]>>;
};

/** §8 Output shaping. */
export const SHAPING_RULES = {
  rolePlayMinChars: 1,
  rolePlayMaxChars: 50,
  maxEmoji: 2,
  allowedEmoji: ["😏", "🙄", "😘", "😅", "🥲", "🙂"],
  emoticons: [":)", ";)", ":/"],
  splitAboveChars: 160,
  minBubbles: 2,
  maxBubbles: 4,
  bubbleGapMinMs: 1_000,
  bubbleGapMaxMs: 2_500,
  telegramMaxChars: 4096,
} as const;

/** §8 Proactive messages. */
export const PROACTIVE_RULES = {
  /** Local-time windows [startHour, endHour). */
  windows: [
    { key: "morning", startHour: 8, endHour: 10 },
    { key: "evening", startHour: 19, endHour: 21 },
  ],
  /** Probability range per window, by chapter; one draw per window. */
  probabilityByChapter: {
    1: [0.15, 0.2],
    2: [0.2, 0.25],
    3: [0.25, 0.3],
    4: [0.25, 0.3],
    5: [0.25, 0.3],
  },
  silenceHours: 24,
  minHoursBetween: 4,
  statuses: ["active"],
} as const satisfies {
  probabilityByChapter: Record<Chapter, readonly [number, number]>;
  statuses: readonly PlayerStatus[];
  [key: string]: unknown;
};

/** §9 Rate limits (not applied inside a boss fight). */
export const RATE_LIMIT_RULES = {
  perMinute: 20,
  minuteWindowSeconds: 60,
  perUtcDay: 500,
  /** From this message of the UTC day on, she mentions needing space. */
  needsSpaceFrom: 450,
} as const;

export type MoodBand = "great" | "solid" | "complicated" | "not_great" | "we_need_to_talk";

/** §10 /status mood bands, highest first: the first band whose minScore ≤ score. */
export const MOOD_BANDS = [
  { band: "great", minScore: 80 },
  { band: "solid", minScore: 60 },
  { band: "complicated", minScore: 40 },
  { band: "not_great", minScore: 20 },
  { band: "we_need_to_talk", minScore: 0 },
] as const satisfies readonly { band: MoodBand; minScore: number }[];

/** §11 Voice. */
export const VOICE_RULES = {
  pickupProbabilityByChapter: { 1: 0.1, 2: 0.4, 3: 0.8, 4: 0.9, 5: 0.95 },
  minMinutesBetweenCalls: 5,
} as const satisfies { pickupProbabilityByChapter: Record<Chapter, number>; minMinutesBetweenCalls: number };

/** Everything above under one name, for callers that want a single import. */
export const RULES = {
  time: TIME,
  score: SCORE_RULES,
  analysis: ANALYSIS_RULES,
  warmth: WARMTH_RULES,
  engagementMultipliers: ENGAGEMENT_MULTIPLIERS,
  chapters: CHAPTER_RULES,
  boss: BOSS_RULES,
  decay: DECAY_RULES,
  engagement: ENGAGEMENT_RULES,
  conflict: CONFLICT_RULES,
  vices: VICE_RULES,
  conversation: CONVERSATION_RULES,
  delay: DELAY_RULES,
  skip: SKIP_RULES,
  shaping: SHAPING_RULES,
  proactive: PROACTIVE_RULES,
  rateLimit: RATE_LIMIT_RULES,
  moodBands: MOOD_BANDS,
  voice: VOICE_RULES,
} as const;
