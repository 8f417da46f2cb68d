// §7 vices: seeding by darkness, signal threshold and sensitivity, intensity, top 3, caps.
import { describe, expect, it } from "vitest";
import { VICE_RULES } from "./rules";
import {
  activeVices,
  applyViceSignals,
  cappedIntensity,
  createViceState,
  seedVices,
  viceIntensity,
} from "./vices";
import { CHAPTERS, type ViceCategory } from "./vocabulary";

const seeded = (darkness: number) =>
  Object.entries(seedVices(darkness))
    .filter(([, v]) => v > 0)
    .map(([k]) => k)
    .sort();

describe("seeding by darkness", () => {
  it.each([
    [1, ["intellectual_dominance", "vulnerability"]],
    [2, ["intellectual_dominance", "vulnerability"]],
    [3, ["dark_humor", "emotional_intensity", "intellectual_dominance", "sexuality", "vulnerability"]],
    [4, ["dark_humor", "emotional_intensity", "risk_taking", "sexuality", "vulnerability"]],
    [5, ["dark_humor", "emotional_intensity", "risk_taking", "sexuality", "vulnerability"]],
    [0, ["intellectual_dominance", "vulnerability"]],
    [9, ["dark_humor", "emotional_intensity", "risk_taking", "sexuality", "vulnerability"]],
  ])("darkness %i", (darkness, expected) => {
    expect(seeded(darkness)).toEqual(expected);
  });

  it("a seed starts exactly at the colouring threshold", () => {
    expect(viceIntensity(VICE_RULES.seedEngagement)).toBe(VICE_RULES.activeMinIntensity);
  });
});

describe("signals", () => {
  const sig = (confidence: number, positive = true, category: ViceCategory = "dark_humor") => ({
    category,
    confidence,
    positive,
  });
  it.each([
    ["confidence 0.5 counts", 1, sig(0.5), 0.5 * 1.5],
    ["confidence 0.49 is ignored", 1, sig(0.49), 0],
    ["chapter 3 sensitivity", 3, sig(0.8), 0.8],
    ["chapter 5 sensitivity", 5, sig(1), 0.5],
  ] as const)("%s", (_, chapter, signal, change) => {
    expect(applyViceSignals(createViceState(), [signal], chapter).dark_humor).toBeCloseTo(change, 10);
  });

  it("rejection subtracts 0.5 × confidence × sensitivity, floored at 0", () => {
    const start = { ...createViceState(), dark_humor: 2 };
    expect(applyViceSignals(start, [sig(1, false)], 1).dark_humor).toBe(2 - 0.5 * 1 * 1.5);
    expect(applyViceSignals(start, [sig(1, false), sig(1, false), sig(1, false)], 1).dark_humor).toBe(0);
  });

  it.each(CHAPTERS.map((c) => [c]))("chapter %i sensitivity matches the table", (chapter) => {
    expect(applyViceSignals(createViceState(), [sig(1)], chapter).dark_humor).toBe(
      VICE_RULES.sensitivityByChapter[chapter],
    );
  });

  it("returns the same object when nothing applies", () => {
    const v = createViceState();
    expect(applyViceSignals(v, [sig(0.1)], 1)).toBe(v);
  });
});

describe("intensity and the top 3", () => {
  it.each([
    [0, 0],
    [1.5, 0.3],
    [5, 1],
    [12, 1],
  ])("engagement %s → intensity %s", (e, i) => {
    expect(viceIntensity(e)).toBe(i);
  });

  it("top 3 with intensity ≥ 0.3, strongest first", () => {
    const v = {
      ...createViceState(),
      dark_humor: 4,
      vulnerability: 2,
      risk_taking: 3,
      intellectual_dominance: 1.49,
      substances: 5,
    };
    expect(activeVices(v, 5)).toEqual([
      { category: "substances", intensity: 0.8 },
      { category: "dark_humor", intensity: 0.8 },
      { category: "risk_taking", intensity: 0.6 },
    ]);
  });

  it.each([
    ["sexuality", 1, 0.35],
    ["sexuality", 5, 0.85],
    ["substances", 1, 0.3],
    ["substances", 4, 0.7],
    ["rule_breaking", 2, 0.55],
    ["rule_breaking", 5, 0.9],
    ["dark_humor", 1, 1],
  ] as const)("%s in chapter %i is capped at %s", (category, chapter, cap) => {
    expect(cappedIntensity(category, 10, chapter)).toBe(cap);
  });

  it("below 0.3 never colours replies", () => {
    expect(activeVices({ ...createViceState(), dark_humor: 1.49 }, 1)).toEqual([]);
  });
});
