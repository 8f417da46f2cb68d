import { describe, expect, it } from "vitest";
import { CHAPTERS } from "@/lib/engine/vocabulary";
import { guardOutput } from "@/lib/safety/guard-output";
import * as C from "./lines/conflict";
import { BOUNDARY_PUSH, META_GAME } from "./lines/deflect";
import * as X from "./lines/extras";
import { NOT_YET, REPLY_LINES } from "./lines/index";
import { voiceProblems } from "./test-support";

const filled = (line: string) => line.replaceAll("{name}", "Sam").replace("{fact}", "you work as a nurse");

// Every variant must pass the guard on its own, so no reply silently collapses into a fallback.
describe("variant tables", () => {
  it("every intent line passes the guard and voice checks for its chapter", () => {
    const failures: string[] = [];
    for (const [intent, table] of Object.entries(REPLY_LINES)) {
      for (const chapter of CHAPTERS) {
        for (const line of table[chapter]) {
          const problems = voiceProblems(filled(line), chapter);
          if (problems.length) failures.push(`${intent}/${chapter}: ${line} → ${problems}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it("sub-kind tables have at least six lines per chapter", () => {
    for (const table of [...Object.values(META_GAME), ...Object.values(BOUNDARY_PUSH)]) {
      for (const chapter of CHAPTERS) expect(table[chapter].length).toBeGreaterThanOrEqual(6);
    }
  });

  it("extras, conflict lines and deflections pass the guard where they can appear", () => {
    const lines: [string, number][] = [
      ...CHAPTERS.flatMap((ch) =>
        [...NOT_YET[ch], ...X.SILENCE_PREFIX[ch]].map((l): [string, number] => [l, ch]),
      ),
      ...[...X.LATE_NIGHT_PREFIX, ...X.EARLY_MORNING_PREFIX, ...X.FACT_THROWBACK].map(
        (l): [string, number] => [l, 1],
      ),
      ...Object.entries(X.VICE_TAILS).flatMap(([vice, ls]) =>
        ls.map((l): [string, number] => [
          l,
          X.VICE_MIN_CHAPTER[vice as keyof typeof X.VICE_MIN_CHAPTER] ?? 1,
        ]),
      ),
      ...[...C.COLD.HOT, ...C.COLD.CRITICAL, ...C.SHARP.HOT, ...C.SHARP.CRITICAL].map(
        (l): [string, number] => [l, 1],
      ),
      ...[...C.SOFTENED, ...C.FAKE_APOLOGY, ...C.LUKEWARM].map((l): [string, number] => [l, 1]),
    ];
    for (const [line, chapter] of lines)
      expect(guardOutput(filled(line), { chapter }), line).toEqual({ ok: true });
  });

  it("keeps her early-chapter lines free of her family history", () => {
    for (const line of [...REPLY_LINES.life_question[1], ...REPLY_LINES.vulnerable[1]]) {
      expect(line).not.toMatch(/father|\bex\b|russia|petersburg/);
    }
  });
});
