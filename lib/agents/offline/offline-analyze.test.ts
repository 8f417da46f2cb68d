import { describe, expect, it } from "vitest";
import { analysisSchema } from "@/lib/engine/analysis";
import { CHAPTERS, CONFLICT_ZONES } from "@/lib/engine/vocabulary";
import { RED_TEAM_FIXTURES } from "@/lib/safety/red-team.fixtures";
import { INTENT_EXAMPLES } from "./intent.fixtures";
import { offlineAnalyze } from "./offline-analyze";

const sum = (d: { intimacy: number; passion: number; trust: number; secureness: number }) =>
  d.intimacy + d.passion + d.trust + d.secureness;

const ALL_EXAMPLES = [...Object.values(INTENT_EXAMPLES).flat(), ...RED_TEAM_FIXTURES.map((f) => f.text)];

describe("offlineAnalyze", () => {
  it("always produces a valid analysis with small deltas and no numbers in the explanation", () => {
    for (const text of ALL_EXAMPLES) {
      for (const chapter of CHAPTERS) {
        for (const conflictZone of CONFLICT_ZONES) {
          const a = offlineAnalyze({ playerText: text, chapter, conflictZone });
          expect(() => analysisSchema.parse(a)).not.toThrow();
          for (const v of Object.values(a.deltas)) expect(Math.abs(v)).toBeLessThanOrEqual(5);
          expect(a.explanation).not.toMatch(/\d/);
          expect(a.explanation.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it.each(INTENT_EXAMPLES.hostile)("hostile %j is strongly negative with contempt", (text) => {
    const a = offlineAnalyze({ playerText: text, chapter: 2 });
    expect(sum(a.deltas)).toBeLessThan(-6);
    expect(a.behaviours).toContain("horseman:contempt");
  });

  it("recognises criticism, defensiveness and stonewalling", () => {
    expect(
      offlineAnalyze({ playerText: "you always do this, you never listen", chapter: 3 }).behaviours,
    ).toContain("horseman:criticism");
    expect(
      offlineAnalyze({ playerText: "it's not my fault, you started it", chapter: 3 }).behaviours,
    ).toContain("horseman:defensiveness");
    expect(offlineAnalyze({ playerText: "leave me alone", chapter: 3 }).behaviours).toContain(
      "horseman:stonewalling",
    );
    expect(offlineAnalyze({ playerText: "fine.", chapter: 3, conflictZone: "HOT" }).behaviours).toContain(
      "horseman:stonewalling",
    );
    expect(offlineAnalyze({ playerText: "fine.", chapter: 3, conflictZone: "CALM" }).behaviours).toEqual([]);
  });

  it("grades apologies as repair", () => {
    const excellent = offlineAnalyze({
      playerText: "i'm sorry, i was wrong. i understand why that hurt you",
      chapter: 2,
    });
    expect(excellent.repair).toEqual({ detected: true, quality: "excellent" });
    expect(offlineAnalyze({ playerText: "sorry, that was unfair of me", chapter: 2 }).repair.quality).toBe(
      "good",
    );
    expect(offlineAnalyze({ playerText: "sorry", chapter: 2 }).repair.quality).toBe("adequate");
    for (const text of INTENT_EXAMPLES.apology.filter((t) => !t.includes("if you"))) {
      const a = offlineAnalyze({ playerText: text, chapter: 2 });
      expect(a.repair.detected).toBe(true);
      expect(sum(a.deltas)).toBeGreaterThan(0);
    }
  });

  it("treats a non-apology as defensive, not repair", () => {
    const a = offlineAnalyze({ playerText: "sorry if you were offended", chapter: 2 });
    expect(a.repair.detected).toBe(false);
    expect(a.behaviours).toContain("horseman:defensiveness");
    expect(sum(a.deltas)).toBeLessThan(0);
  });

  it.each(INTENT_EXAMPLES.vulnerable)("vulnerable %j is a vulnerability exchange", (text) => {
    const a = offlineAnalyze({ playerText: text, chapter: 3 });
    expect(a.behaviours).toContain("vulnerability_exchange");
    expect(a.deltas.intimacy).toBeGreaterThan(0);
  });

  it("explains a family share in words", () => {
    expect(
      offlineAnalyze({ playerText: "my dad died last year and i miss him", chapter: 3 }).explanation,
    ).toBe("You opened up about your family — she noticed. She'll remember what you told her.");
  });

  it("is neutral on small talk and negative on neediness", () => {
    for (const text of INTENT_EXAMPLES.greeting)
      expect(Math.abs(sum(offlineAnalyze({ playerText: text, chapter: 1 }).deltas))).toBeLessThanOrEqual(0.5);
    for (const text of INTENT_EXAMPLES.needy) {
      const a = offlineAnalyze({ playerText: text, chapter: 2 });
      expect(a.deltas.secureness).toBeLessThan(0);
      expect(a.deltas.passion).toBeLessThan(0);
    }
  });

  it("rewards opinions and curiosity", () => {
    for (const text of [...INTENT_EXAMPLES.opinion, ...INTENT_EXAMPLES.work_question]) {
      expect(sum(offlineAnalyze({ playerText: text, chapter: 1 }).deltas)).toBeGreaterThan(0);
    }
  });

  it("emits vice signals from keywords", () => {
    const dark = offlineAnalyze({ playerText: "i love a morbid joke about my own funeral", chapter: 2 });
    expect(dark.vice_signals).toContainEqual(
      expect.objectContaining({ category: "dark_humor", positive: true }),
    );
    const debate = offlineAnalyze({
      playerText: "actually i disagree, the evidence says otherwise",
      chapter: 2,
    });
    expect(debate.vice_signals).toContainEqual(
      expect.objectContaining({ category: "intellectual_dominance", positive: true }),
    );
    const sober = offlineAnalyze({ playerText: "i don't drink, i'm sober three years", chapter: 2 });
    expect(sober.vice_signals).toContainEqual(
      expect.objectContaining({ category: "substances", positive: false }),
    );
  });

  it("extracts facts into the analysis", () => {
    const a = offlineAnalyze({ playerText: "i work as a nurse and i have a dog called Pixel", chapter: 2 });
    expect(a.facts.map((f) => f.object)).toEqual(expect.arrayContaining(["a nurse", "Pixel"]));
  });

  it("raises the crisis and minor flags without moving anything", () => {
    const crisis = offlineAnalyze({ playerText: "i want to kill myself", chapter: 2 });
    expect(crisis.flags.crisis).toBe(true);
    expect(sum(crisis.deltas)).toBe(0);
    const minor = offlineAnalyze({ playerText: "i'm 15 btw", chapter: 2 });
    expect(minor.flags.minor).toBe(true);
    expect(sum(minor.deltas)).toBe(0);
  });
});
