// §6 conflict temperature: zones, heat per exchange, repairs, horsemen, cooling, Gottman, break-up.
import { describe, expect, it } from "vitest";
import {
  applyConflictExchange,
  conflictZone,
  coolConflict,
  createConflictState,
  exchangeHeat,
  exchangeValence,
  gottmanRatio,
  isColdZone,
  isGottmanOnTarget,
} from "./conflict";
import { CONFLICT_RULES } from "./rules";
import { analysis, hoursAfter, T0 } from "./testing";
import type { ConflictState } from "./types";

const R = CONFLICT_RULES;
const conflict = (temperature: number, extra: Partial<ConflictState> = {}): ConflictState => ({
  ...createConflictState(),
  temperature,
  updatedAt: T0,
  ...extra,
});
const flat = (d: number) => analysis({ deltas: { intimacy: d, passion: d, trust: d, secureness: d } });

describe("zones", () => {
  it.each([
    [0, "CALM"],
    [24.99, "CALM"],
    [25, "WARM"],
    [49.99, "WARM"],
    [50, "HOT"],
    [74.99, "HOT"],
    [75, "CRITICAL"],
    [100, "CRITICAL"],
  ] as const)("%s → %s", (t, zone) => {
    expect(conflictZone(t)).toBe(zone);
  });

  it("HOT and CRITICAL are cold zones", () => {
    expect(["CALM", "WARM", "HOT", "CRITICAL"].map((z) => isColdZone(z as never))).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });
});

describe("heat per exchange (Δ = raw weighted analysis delta)", () => {
  it.each([
    ["Δ −2 heats 1.5·|Δ|", flat(-2), R.heatPerNegativeDelta * 2],
    ["Δ exactly −3: no extra", flat(-3), R.heatPerNegativeDelta * 3],
    ["Δ −4: +5 extra", flat(-4), R.heatPerNegativeDelta * 4 + R.bigDeltaExtraHeat],
    ["Δ +2 cools 0.5·Δ", flat(2), -R.coolingPerPositiveDelta * 2],
    ["Δ 0 leaves it", flat(0), 0],
    ["criticism", analysis({ behaviours: ["horseman:criticism"] }), R.horsemanHeat.criticism],
    ["contempt", analysis({ behaviours: ["horseman:contempt"] }), R.horsemanHeat.contempt],
    ["defensiveness", analysis({ behaviours: ["horseman:defensiveness"] }), R.horsemanHeat.defensiveness],
    ["stonewalling", analysis({ behaviours: ["horseman:stonewalling"] }), R.horsemanHeat.stonewalling],
    ["unknown horseman ignored", analysis({ behaviours: ["horseman:sarcasm"] }), 0],
    [
      "excellent repair (Δ ignored)",
      analysis({ ...flat(-2), repair: { detected: true, quality: "excellent" } }),
      -R.repairCooling.excellent,
    ],
    ["good repair", analysis({ repair: { detected: true, quality: "good" } }), -R.repairCooling.good],
    [
      "adequate repair + criticism",
      analysis({ repair: { detected: true, quality: "adequate" }, behaviours: ["horseman:criticism"] }),
      -R.repairCooling.adequate + R.horsemanHeat.criticism,
    ],
    [
      "repair without quality falls back to Δ",
      analysis({ ...flat(2), repair: { detected: true, quality: null } }),
      -R.coolingPerPositiveDelta * 2,
    ],
  ])("%s", (_, a, heat) => {
    expect(exchangeHeat(a)).toBeCloseTo(heat, 10);
  });

  it("temperature is clamped to [0, 100]", () => {
    expect(applyConflictExchange(conflict(98), flat(-4), T0).conflict.temperature).toBe(R.max);
    expect(
      applyConflictExchange(conflict(3), analysis({ repair: { detected: true, quality: "excellent" } }), T0)
        .conflict.temperature,
    ).toBe(R.min);
  });
});

describe("passive cooling 0.5 per hour", () => {
  it.each([
    [0, 60],
    [1, 59.5],
    [10, 55],
    [200, 0],
  ])("after %s h: %s", (hours, expected) => {
    expect(coolConflict(conflict(60), hoursAfter(T0, hours)).temperature).toBe(expected);
  });

  it("cooling happens before the exchange's own heat", () => {
    const r = applyConflictExchange(
      conflict(60),
      analysis({ behaviours: ["horseman:criticism"] }),
      hoursAfter(T0, 10),
    );
    expect(r.conflict.temperature).toBe(55 + R.horsemanHeat.criticism);
    expect(r.conflict.updatedAt).toEqual(hoursAfter(T0, 10));
  });
});

describe("Gottman counts and the CRITICAL break-up", () => {
  it.each([
    ["positive", flat(1), "positive"],
    ["negative", flat(-1), "negative"],
    ["neutral", flat(0), "neutral"],
    ["horseman with positive Δ", analysis({ ...flat(1), behaviours: ["horseman:contempt"] }), "negative"],
  ] as const)("%s exchange", (_, a, valence) => {
    expect(exchangeValence(a)).toBe(valence);
  });

  it("counts positives and negatives; ratio against the zone target", () => {
    let c = conflict(0);
    for (const d of [1, 1, 1, 1, 1, -0.5]) c = applyConflictExchange(c, flat(d), T0).conflict;
    expect([c.positiveCount, c.negativeCount, gottmanRatio(c)]).toEqual([5, 1, 5]);
    expect(isGottmanOnTarget({ ...c, temperature: 30 })).toBe(true);
    expect(isGottmanOnTarget({ ...c, temperature: 0 })).toBe(false);
    expect(gottmanRatio(createConflictState())).toBeNull();
  });

  it("three consecutive negative exchanges made in CRITICAL break up; a positive one resets", () => {
    const steps = [flat(-1), flat(-1), flat(1), flat(-1), flat(-1), flat(-1)];
    let c = conflict(95);
    const seen = steps.map((a) => {
      const r = applyConflictExchange(c, a, T0);
      c = r.conflict;
      return [c.criticalNegativeStreak, r.isBreakup];
    });
    expect(seen).toEqual([
      [1, false],
      [2, false],
      [0, false],
      [1, false],
      [2, false],
      [3, true],
    ]);
  });

  it("negative exchanges outside CRITICAL do not count toward the break-up", () => {
    const r = applyConflictExchange(conflict(70, { criticalNegativeStreak: 2 }), flat(-1), T0);
    expect(r.conflict.criticalNegativeStreak).toBe(0);
    expect(r.isBreakup).toBe(false);
  });
});
