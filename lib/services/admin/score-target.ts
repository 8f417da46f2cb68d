// Setting "the score" means setting metrics that produce it: the score is always the weighted
// composite of the four metrics (lib/engine/score.ts). Every metric moves by the same amount,
// so their differences are kept; near 0 or 100 clamping can make the exact target
// unreachable and the closest reachable score wins.
import { addToMetrics, compositeScore, type Metrics, SCORE_RULES } from "@/lib/engine";

const SCALE = 10 ** SCORE_RULES.decimals;
const SPAN = (SCORE_RULES.max - SCORE_RULES.min) * SCALE;

function shifted(metrics: Metrics, cents: number): Metrics {
  const d = cents / SCALE;
  return addToMetrics(metrics, { intimacy: d, passion: d, trust: d, secureness: d });
}

/** Metrics whose composite is `target` (or the closest reachable), shifting all four alike. */
export function metricsForScore(metrics: Metrics, target: number): Metrics {
  // compositeScore(shifted(m, c)) is non-decreasing in c: binary-search the first c reaching target.
  let lo = -SPAN;
  let hi = SPAN;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (compositeScore(shifted(metrics, mid)) >= target) hi = mid;
    else lo = mid + 1;
  }
  const above = shifted(metrics, lo);
  const below = shifted(metrics, lo - 1);
  return Math.abs(compositeScore(below) - target) < Math.abs(compositeScore(above) - target) ? below : above;
}
