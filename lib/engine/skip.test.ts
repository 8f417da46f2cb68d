// §8 skipping: none in normal mode, hard-mode ranges, never twice in a row or in a boss fight.
import { describe, expect, it } from "vitest";
import { createRng } from "./rng";
import { SKIP_RULES } from "./rules";
import { shouldSkipReply } from "./skip";
import { CHAPTERS, type Chapter } from "./vocabulary";

const rate = (chapter: Chapter, mode: "normal" | "hard", runs = 20_000) => {
  const rng = createRng(chapter * 7919);
  let skipped = 0;
  for (let i = 0; i < runs; i++) {
    if (shouldSkipReply({ chapter, mode, previousWasSkipped: false, isBossFight: false }, rng)) skipped++;
  }
  return skipped / runs;
};

describe("skipping", () => {
  it.each(CHAPTERS.map((c) => [c]))("normal mode never skips (chapter %i)", (chapter) => {
    expect(rate(chapter, "normal", 2000)).toBe(0);
  });

  it.each(CHAPTERS.map((c) => [c]))("hard mode skips within the chapter %i range", (chapter) => {
    const [min, max] = SKIP_RULES.ranges.hard[chapter];
    const r = rate(chapter, "hard");
    expect(r).toBeGreaterThanOrEqual(Math.max(0, min - 0.02));
    expect(r).toBeLessThanOrEqual(max + 0.02);
    expect(Math.abs(r - (min + max) / 2)).toBeLessThan(0.02);
  });

  it("never two in a row, never in a boss fight", () => {
    const always = () => 0;
    expect(
      shouldSkipReply({ chapter: 1, mode: "hard", previousWasSkipped: false, isBossFight: false }, always),
    ).toBe(true);
    expect(
      shouldSkipReply({ chapter: 1, mode: "hard", previousWasSkipped: true, isBossFight: false }, always),
    ).toBe(false);
    expect(
      shouldSkipReply({ chapter: 1, mode: "hard", previousWasSkipped: false, isBossFight: true }, always),
    ).toBe(false);
  });
});
