// How an archetype behaves from message to message: what the analyzer reads into the next
// message (deltas, behaviours, repairs, vice signals) and how a boss judgment comes out.
// Sampling only; the rules are applied by the engine in player.ts.
import type { Analysis } from "../analysis";
import type { BossJudgment } from "../boss";
import * as Conflict from "../conflict";
import type { Rng } from "../rng";
import * as Random from "../rng";
import * as Rules from "../rules";
import type { EngineState } from "../types";
import type { BossVerdict, Chapter, Metrics } from "../vocabulary";
import * as Vocabulary from "../vocabulary";
import type { ArchetypeModel, Range } from "./archetypes";

// Imports bound to module constants once: see state.ts on why hot modules do this.
const { conflictZone, isColdZone } = Conflict;
const { createNormalSampler, createRng, sampleUniform } = Random;
const { HORSEMEN } = Vocabulary;

/** The analyzer answers in tenths of a point. */
const DELTA_STEPS_PER_POINT = 10;
/** Vice signals: confidence range and share of positive (embracing) signals. */
const VICE_SIGNAL_CONFIDENCE: Range = { min: 0.3, max: 1 };
const VICE_SIGNAL_POSITIVE_SHARE = 0.8;
const ANALYSIS_CONFIDENCE = 0.8;
/** A repair message reads better: its mean deltas shift up by this share of the spread. */
const REPAIR_LIFT = 0.5;
/** Shared empty parts of generated analyses (never mutated). */
const NONE: string[] = [];
const NONE_VICES: Analysis["vice_signals"] = [];
const NONE_FACTS: Analysis["facts"] = [];
const NO_REPAIR: Analysis["repair"] = { detected: false, quality: null };
const NO_FLAGS: Analysis["flags"] = { crisis: false, minor: false };
const { deltaMin: DELTA_MIN, deltaMax: DELTA_MAX } = Rules.ANALYSIS_RULES;

/** A seeded uniform source plus a normal sampler drawing from it. */
export interface Randomness {
  rng: Rng;
  normal: () => number;
}

export function createRandomness(seed: number): Randomness {
  const rng = createRng(seed);
  return { rng, normal: createNormalSampler(rng) };
}

export function logNormal(r: Randomness, median: number, spread: number): number {
  return median * Math.exp(spread * r.normal());
}

function pickWeighted<K extends string>(rng: Rng, weights: Record<K, number>): K {
  const keys = Object.keys(weights) as K[];
  let u = rng() * keys.reduce((n, k) => n + weights[k], 0);
  for (const k of keys) {
    u -= weights[k];
    if (u < 0) return k;
  }
  return keys[keys.length - 1] as K;
}

function sampleDelta(r: Randomness, mean: number, sd: number): number {
  const d = Math.round((mean + sd * r.normal()) * DELTA_STEPS_PER_POINT) / DELTA_STEPS_PER_POINT;
  return Math.max(DELTA_MIN, Math.min(DELTA_MAX, d));
}

/** What the analyzer would say about this player's next message. */
export function sampleAnalysis(model: ArchetypeModel, state: EngineState, r: Randomness): Analysis {
  const { rng } = r;
  const a = model.analysis;
  const inConflict = isColdZone(conflictZone(state.conflict.temperature));
  const isRepair = inConflict && rng() < a.repairProbability;
  const shift =
    -a.chapterDrift * (state.game.chapter - 1) +
    (inConflict ? a.conflictShift : 0) +
    (isRepair ? a.sd * REPAIR_LIFT : 0);
  const mean = a.meanDeltas;
  const deltas: Metrics = {
    intimacy: sampleDelta(r, mean.intimacy + shift, a.sd),
    passion: sampleDelta(r, mean.passion + shift, a.sd),
    trust: sampleDelta(r, mean.trust + shift, a.sd),
    secureness: sampleDelta(r, mean.secureness + shift, a.sd),
  };
  let behaviours: string[] = NONE;
  if (rng() < a.vulnerabilityProbability) behaviours = ["vulnerability_exchange"];
  if (!isRepair && rng() < a.horsemanProbability) {
    behaviours = [...behaviours, `horseman:${HORSEMEN[Math.floor(rng() * HORSEMEN.length)]}`];
  }
  let vice_signals: Analysis["vice_signals"] = NONE_VICES;
  const category = rng() < a.viceSignalProbability ? a.vices[Math.floor(rng() * a.vices.length)] : undefined;
  if (category) {
    const confidence = sampleUniform(rng, VICE_SIGNAL_CONFIDENCE.min, VICE_SIGNAL_CONFIDENCE.max);
    vice_signals = [{ category, confidence, positive: rng() < VICE_SIGNAL_POSITIVE_SHARE }];
  }
  return {
    deltas,
    behaviours,
    repair: isRepair ? { detected: true, quality: pickWeighted(rng, a.repairQuality) } : NO_REPAIR,
    vice_signals,
    facts: NONE_FACTS,
    flags: NO_FLAGS,
    confidence: ANALYSIS_CONFIDENCE,
    explanation: "",
  };
}

/** The judge's verdict on this player's boss exchange (PASS/FAIL may still land below 0.70). */
export function sampleJudgment(model: ArchetypeModel, chapter: Chapter, rng: Rng): BossJudgment {
  const pass = model.boss.pass[chapter - 1] ?? 0;
  const fail = model.boss.fail[chapter - 1] ?? 0;
  const u = rng();
  const verdict: BossVerdict = u < pass ? "PASS" : u < pass + fail ? "FAIL" : "PARTIAL";
  return { verdict, confidence: sampleUniform(rng, model.boss.confidence.min, model.boss.confidence.max) };
}
