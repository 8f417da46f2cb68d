// §1 Score: four metrics 0–100 with two decimals and ONE score, always the weighted composite
// 0.30·I + 0.25·P + 0.25·T + 0.20·S of the stored metrics. Anything that moves the score moves
// the metrics; crossing 20 emits critical_low / recovery.
import { SCORE_RULES } from "./rules";
import type { GameEvent, ScoreHistoryEntry } from "./types";
import type { Chapter, HistoryKind, Metrics } from "./vocabulary";

const { weights: WEIGHTS, min: SCORE_MIN, max: SCORE_MAX, criticalLowBelow: CRITICAL_LOW } = SCORE_RULES;
const SCALE = 10 ** SCORE_RULES.decimals;
/**
 * Relative nudge before rounding so binary noise cannot pull an exact half down
 * (1.005 · 100 = 100.49999999999999 in floating point, but means 100.5).
 */
const BINARY_NOISE = 1e-12;

/** Rounds to two decimals, half away from zero (same as Postgres round(numeric, 2)). */
export function round2(x: number): number {
  const scaled = (x < 0 ? -x : x) * SCALE;
  const rounded = Math.round(scaled + scaled * BINARY_NOISE) / SCALE;
  if (rounded === 0) return 0;
  return x < 0 ? -rounded : rounded;
}

export function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}

/** A metric value as stored: clamped to [0, 100] and rounded to two decimals. */
export function normalizeMetric(x: number): number {
  return round2(clamp(x, SCORE_MIN, SCORE_MAX));
}

/** The weighted sum of four per-metric numbers, unrounded (also used for raw analysis deltas). */
export function weightedSum(values: Metrics): number {
  const w = WEIGHTS;
  return (
    w.intimacy * values.intimacy +
    w.passion * values.passion +
    w.trust * values.trust +
    w.secureness * values.secureness
  );
}

/** The score for a set of metrics: composite, clamped to [0, 100], two decimals. */
export function compositeScore(metrics: Metrics): number {
  return normalizeMetric(weightedSum(metrics));
}

export function initialMetrics(): Metrics {
  const m = SCORE_RULES.initialMetric;
  return { intimacy: m, passion: m, trust: m, secureness: m };
}

export function zeroMetrics(): Metrics {
  return { intimacy: 0, passion: 0, trust: 0, secureness: 0 };
}

/** Adds per-metric deltas, clamping and rounding each metric. */
export function addToMetrics(metrics: Metrics, deltas: Metrics): Metrics {
  return {
    intimacy: normalizeMetric(metrics.intimacy + deltas.intimacy),
    passion: normalizeMetric(metrics.passion + deltas.passion),
    trust: normalizeMetric(metrics.trust + deltas.trust),
    secureness: normalizeMetric(metrics.secureness + deltas.secureness),
  };
}

/** Subtracts the same amount from every metric (decay, floored at 0). */
export function subtractFromAllMetrics(metrics: Metrics, amount: number): Metrics {
  return addToMetrics(metrics, { intimacy: -amount, passion: -amount, trust: -amount, secureness: -amount });
}

/** Per-metric `after − before`, two decimals. */
export function metricDifference(before: Metrics, after: Metrics): Metrics {
  return {
    intimacy: round2(after.intimacy - before.intimacy),
    passion: round2(after.passion - before.passion),
    trust: round2(after.trust - before.trust),
    secureness: round2(after.secureness - before.secureness),
  };
}

export function isScoreZero(score: number): boolean {
  return score <= SCORE_MIN;
}

/** critical_low / recovery for a score move from `before` to `after`. */
export function scoreCrossingEvents(before: number, after: number): GameEvent[] {
  const line = CRITICAL_LOW;
  if (before >= line && after < line) return [{ type: "critical_low", score: after }];
  if (before < line && after >= line) return [{ type: "recovery", score: after }];
  return [];
}

/** A history row that records no score change (boss milestones, resets). */
export function milestoneHistory(
  kind: HistoryKind,
  at: Date,
  chapter: Chapter,
  score: number,
  explanation: string,
): ScoreHistoryEntry {
  return {
    kind,
    at,
    chapter,
    scoreBefore: score,
    scoreAfter: score,
    deltas: zeroMetrics(),
    multiplier: null,
    hours: null,
    amount: null,
    explanation,
  };
}
