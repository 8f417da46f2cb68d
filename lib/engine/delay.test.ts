// §8 reply delay: the formula, momentum, new-conversation-only, bounds as a property.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { delayForDraw, momentumMultiplier, replyDelaySeconds, typingSchedule } from "./delay";
import { createRng } from "./rng";
import { CHAPTER_RULES, DELAY_RULES } from "./rules";
import { CHAPTERS, type Chapter } from "./vocabulary";

const median = (chapter: Chapter) => Math.exp(DELAY_RULES.logMean) * DELAY_RULES.scaleByChapter[chapter];

describe("delay formula max(1, floor(min(cap, e^(2.996 + 1.714·Z)·c·M)))", () => {
  it.each([
    ["chapter 1 median draw", 0, 1, 1, Math.floor(median(1))],
    ["chapter 5 median draw", 0, 5, 1, Math.floor(median(5))],
    ["chapter 3, M = 2", 0, 3, 2, Math.floor(2 * median(3))],
    ["very negative draw → 1 s", -5, 2, 1, DELAY_RULES.minSeconds],
    ["huge draw → chapter cap", 5, 1, 1, CHAPTER_RULES[1].replyDelayCapSeconds],
    ["huge draw, chapter 5 cap", 5, 5, 5, CHAPTER_RULES[5].replyDelayCapSeconds],
  ] as const)("%s", (_, z, chapter, m, expected) => {
    expect(delayForDraw(z, chapter, m)).toBe(expected);
  });

  it("only on a new conversation, never in a boss fight", () => {
    const rng = createRng(1);
    expect(
      replyDelaySeconds({ chapter: 3, isNewConversation: false, isBossFight: false, momentum: 1 }, rng),
    ).toBe(0);
    expect(
      replyDelaySeconds({ chapter: 3, isNewConversation: true, isBossFight: true, momentum: 1 }, rng),
    ).toBe(0);
    expect(
      replyDelaySeconds({ chapter: 3, isNewConversation: true, isBossFight: false, momentum: 1 }, rng),
    ).toBeGreaterThanOrEqual(1);
  });

  it("is reproducible with a seeded rng", () => {
    const input = { chapter: 4 as const, isNewConversation: true, isBossFight: false, momentum: 1 };
    expect(replyDelaySeconds(input, createRng(42))).toBe(replyDelaySeconds(input, createRng(42)));
  });
});

describe("momentum", () => {
  const base = DELAY_RULES.momentum.baselineSecondsByChapter;
  it.each([
    ["no history = baseline", 2, null, 1],
    ["twice the baseline", 2, 2 * base[2], 2],
    ["clamped low", 1, 1, DELAY_RULES.momentum.min],
    ["clamped high", 5, 100 * base[5], DELAY_RULES.momentum.max],
  ] as const)("%s", (_, chapter, gap, m) => {
    expect(momentumMultiplier({ chapter, momentumGapSeconds: gap })).toBe(m);
  });
});

describe("property: delays always within [1, chapter cap]", () => {
  it("for any chapter, momentum and seed", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CHAPTERS),
        fc.double({ min: DELAY_RULES.momentum.min, max: DELAY_RULES.momentum.max, noNaN: true }),
        fc.integer(),
        (chapter, momentum, seed) => {
          const d = replyDelaySeconds(
            { chapter, isNewConversation: true, isBossFight: false, momentum },
            createRng(seed),
          );
          expect(Number.isInteger(d)).toBe(true);
          expect(d).toBeGreaterThanOrEqual(DELAY_RULES.minSeconds);
          expect(d).toBeLessThanOrEqual(CHAPTER_RULES[chapter].replyDelayCapSeconds);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("typing indicator every 5 s", () => {
  it.each([
    [0, []],
    [1, [0]],
    [5, [0]],
    [12, [0, 5, 10]],
  ])("%s s delay → %j", (delay, expected) => {
    expect(typingSchedule(delay)).toEqual(expected);
  });
});
