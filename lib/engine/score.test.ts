// §1 score: rounding, the weighted composite, crossings of 20, and the composite invariant.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyDecay } from "./decay";
import { applyExchange } from "./exchange";
import { SCORE_RULES } from "./rules";
import {
  addToMetrics,
  compositeScore,
  initialMetrics,
  round2,
  scoreCrossingEvents,
  subtractFromAllMetrics,
  weightedSum,
} from "./score";
import { activeState, analysis, flatMetrics, hoursAfter, metrics, T0 } from "./testing";

describe("round2 (half away from zero, two decimals)", () => {
  it.each([
    [1.005, 1.01],
    [-1.005, -1.01],
    [2.675, 2.68],
    [1.004999, 1],
    [0.125, 0.13],
    [-0.125, -0.13],
    [-0.004, 0],
    [55.555, 55.56],
    [99.995, 100],
    [0, 0],
  ])("round2(%s) = %s", (input, expected) => {
    expect(round2(input)).toBe(expected);
  });

  it("never returns negative zero", () => {
    expect(Object.is(round2(-0.001), 0)).toBe(true);
  });
});

describe("composite score", () => {
  const w = SCORE_RULES.weights;
  it.each([
    ["all start values", initialMetrics(), SCORE_RULES.initialMetric],
    ["weights", metrics(100, 0, 0, 0), 100 * w.intimacy],
    [
      "mixed",
      metrics(80, 60, 40, 20),
      round2(80 * w.intimacy + 60 * w.passion + 40 * w.trust + 20 * w.secureness),
    ],
    ["floor", flatMetrics(0), 0],
    ["ceiling", flatMetrics(100), 100],
    ["two decimals", metrics(33.33, 66.67, 12.34, 98.76), 49.5],
  ])("%s", (_, m, expected) => {
    expect(compositeScore(m)).toBe(expected);
  });

  it("weights sum to 1", () => {
    expect(weightedSum(flatMetrics(1))).toBeCloseTo(1, 12);
  });

  it("clamps metrics to [0, 100]", () => {
    expect(addToMetrics(flatMetrics(99), flatMetrics(5))).toEqual(flatMetrics(100));
    expect(subtractFromAllMetrics(metrics(3, 50, 0.5, 10), 4)).toEqual(metrics(0, 46, 0, 6));
  });
});

describe("critical_low / recovery", () => {
  const line = SCORE_RULES.criticalLowBelow;
  it.each([
    [line, line - 0.01, "critical_low"],
    [line + 5, line - 5, "critical_low"],
    [line - 0.01, line, "recovery"],
    [line - 5, line + 1, "recovery"],
    [line, line + 1, null],
    [line - 1, line - 2, null],
    [line, line, null],
  ])("%s → %s emits %s", (before, after, type) => {
    const events = scoreCrossingEvents(before, after);
    expect(events.map((e) => e.type)).toEqual(type ? [type] : []);
  });
});

describe("property: the score is always the weighted composite, within [0, 100]", () => {
  const delta = fc.double({ min: -10, max: 10, noNaN: true });
  const step = fc.oneof(
    fc.record({ kind: fc.constant("exchange" as const), d: fc.tuple(delta, delta, delta, delta) }),
    fc.record({ kind: fc.constant("wait" as const), hours: fc.integer({ min: 1, max: 80 }) }),
  );

  it("after any mix of exchanges and decay", () => {
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 60 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (steps, start) => {
          let state = activeState(T0, { metrics: flatMetrics(round2(start)) });
          let now = T0;
          for (const s of steps) {
            if (state.game.status !== "active") break;
            if (s.kind === "wait") {
              now = hoursAfter(now, s.hours);
              state = applyDecay(state, now).state;
            } else {
              const [intimacy, passion, trust, secureness] = s.d;
              state = applyExchange(state, analysis({ deltas: { intimacy, passion, trust, secureness } }), {
                now,
              }).state;
            }
            const { score, metrics: m } = state.game;
            expect(score).toBeGreaterThanOrEqual(0);
            expect(score).toBeLessThanOrEqual(100);
            expect(score).toBe(compositeScore(m));
            for (const v of Object.values(m)) {
              expect(v).toBeGreaterThanOrEqual(0);
              expect(v).toBeLessThanOrEqual(100);
              expect(v).toBe(round2(v));
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
