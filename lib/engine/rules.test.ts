// The rules table is internally coherent, and malformed analyses never move the score.
import { describe, expect, it } from "vitest";
import { parseAnalysis } from "./analysis";
import { CHAPTER_RULES, DECAY_RULES, MOOD_BANDS, SCORE_RULES, SKIP_RULES, VICE_RULES } from "./rules";
import { analysis } from "./testing";
import { CHAPTERS, VICE_CATEGORIES } from "./vocabulary";

describe("the rules table is coherent", () => {
  it("metric weights sum to 1", () => {
    const w = SCORE_RULES.weights;
    expect(w.intimacy + w.passion + w.trust + w.secureness).toBeCloseTo(1, 12);
  });

  it("later chapters: higher boss bars, longer caps and grace, gentler decay and deltas", () => {
    for (const c of CHAPTERS.slice(1)) {
      const prev = CHAPTER_RULES[(c - 1) as 1 | 2 | 3 | 4];
      const rule = CHAPTER_RULES[c];
      expect(rule.bossThreshold).toBeGreaterThan(prev.bossThreshold);
      expect(rule.replyDelayCapSeconds).toBeGreaterThan(prev.replyDelayCapSeconds);
      expect(rule.decayGraceHours).toBeGreaterThan(prev.decayGraceHours);
      expect(rule.decayRatePerHour).toBeLessThan(prev.decayRatePerHour);
      expect(rule.dailyDecayCap).toBeLessThan(prev.dailyDecayCap);
      expect(rule.deltaCap).toBeLessThan(prev.deltaCap);
    }
  });

  it("the per-run decay bound never binds with the chapter daily caps", () => {
    for (const c of CHAPTERS)
      expect(CHAPTER_RULES[c].dailyDecayCap).toBeLessThanOrEqual(DECAY_RULES.perRunCap);
  });

  it("mood bands run from the top down to 0", () => {
    const mins = MOOD_BANDS.map((b) => b.minScore);
    expect(mins).toEqual([...mins].sort((a, b) => b - a));
    expect(mins.at(-1)).toBe(SCORE_RULES.min);
  });

  it("skip ranges are ordered probabilities; seeds are real categories", () => {
    for (const mode of ["normal", "hard"] as const) {
      for (const c of CHAPTERS) {
        const [min, max] = SKIP_RULES.ranges[mode][c];
        expect(0 <= min && min <= max && max <= 1).toBe(true);
      }
    }
    for (const seeds of Object.values(VICE_RULES.seedsByDarkness)) {
      for (const s of seeds) expect(VICE_CATEGORIES).toContain(s);
    }
  });
});

describe("analysis validation", () => {
  it("accepts a valid analysis", () => {
    expect(parseAnalysis(analysis({ deltas: { trust: 10, passion: -10 } })).ok).toBe(true);
  });

  it.each([
    ["a delta above 10", { ...analysis(), deltas: { intimacy: 10.01, passion: 0, trust: 0, secureness: 0 } }],
    ["a missing metric", { ...analysis(), deltas: { intimacy: 1, passion: 0, trust: 0 } }],
    ["confidence above 1", { ...analysis(), confidence: 1.5 }],
    ["not an object", "the model rambled"],
  ])("rejects %s: zero deltas", (_, raw) => {
    const parsed = parseAnalysis(raw);
    expect(parsed.ok).toBe(false);
    expect(parsed.analysis.deltas).toEqual({ intimacy: 0, passion: 0, trust: 0, secureness: 0 });
  });
});
