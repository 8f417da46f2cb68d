// Player input models for the balance simulator. Each archetype says how a kind of player
// texts (how often, how fast, how long, in bursts or not), how the analyzer tends to read
// their messages (mean per-metric deltas, horsemen, repairs, vulnerability) and how they fare
// in boss fights. These are assumptions about players, not game rules: the rules come from
// ../rules.ts through the real engine functions.
import type { Metrics, ViceCategory } from "../vocabulary";

export const ARCHETYPES = ["attentive", "charming", "clingy", "distant", "toxic", "inconsistent"] as const;
export type ArchetypeName = (typeof ARCHETYPES)[number];

export interface Range {
  min: number;
  max: number;
}

export interface TextingStyle {
  /** Probability of writing at all on a day. */
  activeDayProbability: number;
  /** Messages on an active day = chapter optimum × factor (log-normal: median, spread). */
  messageFactor: { median: number; spread: number };
  sessionsPerDay: Range;
  /** Seconds to answer her (log-normal: median, spread). */
  replyGapSeconds: { median: number; spread: number };
  /** Chance that a message comes as a burst of quick double-texts. */
  burstProbability: number;
  messageLength: { mean: number; sd: number };
  /** Local hours in which sessions start. */
  activeHours: Range;
}

export interface ArchetypeModel {
  name: ArchetypeName;
  label: string;
  style: TextingStyle;
  /** Off phases (inconsistent players): a different style for stretches of days. */
  offPhase?: { style: TextingStyle; onDays: Range; offDays: Range };
  analysis: {
    meanDeltas: Metrics;
    sd: number;
    /** Subtracted from each mean per chapter above 1: she expects more as trust grows. */
    chapterDrift: number;
    vulnerabilityProbability: number;
    horsemanProbability: number;
    /** Chance to attempt a repair while she is HOT/CRITICAL, and its quality mix. */
    repairProbability: number;
    repairQuality: { excellent: number; good: number; adequate: number };
    /** Deltas of a message written in conflict, added to the means. */
    conflictShift: number;
    viceSignalProbability: number;
    vices: readonly ViceCategory[];
  };
  /** Boss judgment odds by chapter (rest PARTIAL), and the judge's confidence range. */
  boss: { pass: readonly number[]; fail: readonly number[]; confidence: Range };
}

const steady: TextingStyle = {
  activeDayProbability: 0.95,
  messageFactor: { median: 1.0, spread: 0.2 },
  sessionsPerDay: { min: 2, max: 4 },
  replyGapSeconds: { median: 150, spread: 0.8 },
  burstProbability: 0.01,
  messageLength: { mean: 85, sd: 30 },
  activeHours: { min: 8, max: 22 },
};

const absent: TextingStyle = {
  activeDayProbability: 0.35,
  messageFactor: { median: 0.3, spread: 0.5 },
  sessionsPerDay: { min: 1, max: 1 },
  replyGapSeconds: { median: 5400, spread: 1.0 },
  burstProbability: 0,
  messageLength: { mean: 35, sd: 15 },
  activeHours: { min: 9, max: 23 },
};

export const ARCHETYPE_MODELS: Record<ArchetypeName, ArchetypeModel> = {
  attentive: {
    name: "attentive",
    label: "Attentive",
    style: steady,
    analysis: {
      meanDeltas: { intimacy: 0.55, passion: 0.35, trust: 0.6, secureness: 0.55 },
      sd: 1.2,
      chapterDrift: 0.06,
      vulnerabilityProbability: 0.08,
      horsemanProbability: 0.01,
      repairProbability: 0.7,
      repairQuality: { excellent: 0.4, good: 0.45, adequate: 0.15 },
      conflictShift: 0,
      viceSignalProbability: 0.1,
      vices: ["vulnerability", "intellectual_dominance", "dark_humor"],
    },
    boss: {
      pass: [0.75, 0.7, 0.65, 0.6, 0.55],
      fail: [0.15, 0.18, 0.22, 0.26, 0.3],
      confidence: { min: 0.6, max: 1 },
    },
  },
  charming: {
    name: "charming",
    label: "Charming",
    style: {
      ...steady,
      messageFactor: { median: 1.15, spread: 0.25 },
      replyGapSeconds: { median: 90, spread: 0.8 },
      messageLength: { mean: 70, sd: 30 },
      activeDayProbability: 0.9,
    },
    analysis: {
      meanDeltas: { intimacy: 0.35, passion: 0.85, trust: 0.2, secureness: 0.25 },
      sd: 1.5,
      chapterDrift: 0.08,
      vulnerabilityProbability: 0.04,
      horsemanProbability: 0.02,
      repairProbability: 0.5,
      repairQuality: { excellent: 0.25, good: 0.5, adequate: 0.25 },
      conflictShift: -0.2,
      viceSignalProbability: 0.15,
      vices: ["sexuality", "dark_humor", "risk_taking"],
    },
    boss: {
      pass: [0.75, 0.65, 0.55, 0.5, 0.5],
      fail: [0.12, 0.17, 0.2, 0.22, 0.25],
      confidence: { min: 0.6, max: 1 },
    },
  },
  clingy: {
    name: "clingy",
    label: "Needy / clingy",
    style: {
      activeDayProbability: 1,
      messageFactor: { median: 2.4, spread: 0.25 },
      sessionsPerDay: { min: 3, max: 6 },
      replyGapSeconds: { median: 25, spread: 0.6 },
      burstProbability: 0.12,
      messageLength: { mean: 16, sd: 8 },
      activeHours: { min: 7, max: 23 },
    },
    analysis: {
      meanDeltas: { intimacy: 0.3, passion: -0.45, trust: 0.05, secureness: -0.5 },
      sd: 1.1,
      chapterDrift: 0.05,
      vulnerabilityProbability: 0.06,
      horsemanProbability: 0.05,
      repairProbability: 0.4,
      repairQuality: { excellent: 0.05, good: 0.35, adequate: 0.6 },
      conflictShift: -0.2,
      viceSignalProbability: 0.08,
      vices: ["emotional_intensity", "vulnerability"],
    },
    boss: {
      pass: [0.3, 0.2, 0.15, 0.15, 0.1],
      fail: [0.5, 0.55, 0.6, 0.6, 0.65],
      confidence: { min: 0.6, max: 1 },
    },
  },
  distant: {
    name: "distant",
    label: "Distant",
    style: absent,
    analysis: {
      meanDeltas: { intimacy: 0.05, passion: 0.1, trust: 0.1, secureness: -0.1 },
      sd: 1.0,
      chapterDrift: 0.05,
      vulnerabilityProbability: 0.01,
      horsemanProbability: 0.05,
      repairProbability: 0.2,
      repairQuality: { excellent: 0.1, good: 0.3, adequate: 0.6 },
      conflictShift: -0.2,
      viceSignalProbability: 0.05,
      vices: ["intellectual_dominance"],
    },
    boss: {
      pass: [0.45, 0.35, 0.3, 0.25, 0.2],
      fail: [0.35, 0.4, 0.45, 0.5, 0.5],
      confidence: { min: 0.6, max: 1 },
    },
  },
  toxic: {
    name: "toxic",
    label: "Toxic",
    style: { ...steady, messageFactor: { median: 1.1, spread: 0.3 }, messageLength: { mean: 45, sd: 25 } },
    analysis: {
      meanDeltas: { intimacy: -0.3, passion: 0.4, trust: -0.7, secureness: -0.7 },
      sd: 1.6,
      chapterDrift: 0.05,
      vulnerabilityProbability: 0.01,
      horsemanProbability: 0.3,
      repairProbability: 0.08,
      repairQuality: { excellent: 0, good: 0.2, adequate: 0.8 },
      conflictShift: -0.6,
      viceSignalProbability: 0.15,
      vices: ["risk_taking", "substances", "rule_breaking"],
    },
    boss: {
      pass: [0.2, 0.15, 0.1, 0.1, 0.1],
      fail: [0.6, 0.65, 0.7, 0.7, 0.7],
      confidence: { min: 0.6, max: 1 },
    },
  },
  inconsistent: {
    name: "inconsistent",
    label: "Inconsistent",
    style: { ...steady, activeDayProbability: 0.9, messageFactor: { median: 1.1, spread: 0.35 } },
    offPhase: {
      style: { ...absent, activeDayProbability: 0.5 },
      onDays: { min: 4, max: 9 },
      offDays: { min: 1, max: 3 },
    },
    analysis: {
      meanDeltas: { intimacy: 0.4, passion: 0.45, trust: 0.3, secureness: 0.2 },
      sd: 1.4,
      chapterDrift: 0.07,
      vulnerabilityProbability: 0.05,
      horsemanProbability: 0.04,
      repairProbability: 0.45,
      repairQuality: { excellent: 0.2, good: 0.5, adequate: 0.3 },
      conflictShift: -0.3,
      viceSignalProbability: 0.1,
      vices: ["emotional_intensity", "dark_humor"],
    },
    boss: {
      pass: [0.6, 0.5, 0.45, 0.4, 0.4],
      fail: [0.25, 0.3, 0.3, 0.35, 0.35],
      confidence: { min: 0.6, max: 1 },
    },
  },
};
