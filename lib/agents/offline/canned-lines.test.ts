import { describe, expect, it } from "vitest";
import { CHAPTERS } from "@/lib/engine/vocabulary";
import {
  gameOverLine,
  giveMeAMinuteLine,
  NON_TEXT_KINDS,
  needsSpaceLine,
  nonTextReaction,
  rateLimitLine,
  STATUS_BANDS,
  statusMoodLine,
  stillThereLine,
  wonLine,
} from "./canned-lines";
import { type DiaryMood, offlineDiaryEntry } from "./diary-entry";
import { conflictBreakupLine, decayGoodbyeLine, pointOfNoReturnGoodbye } from "./goodbyes";
import { type ProactiveKind, proactiveMessage } from "./proactive";
import { createSeededRng } from "./rng";
import { TECHNICAL_WORDS, voiceProblems } from "./test-support";
import { firstMessage, welcomeBackLine } from "./welcome-lines";

const SEEDS = 25;

function sweep(make: (seed: number) => string, chapter = 1): string[] {
  const out: string[] = [];
  for (let seed = 0; seed < SEEDS; seed++) {
    const line = make(seed);
    expect(voiceProblems(line, chapter), line).toEqual([]);
    expect(line).not.toContain("{");
    out.push(line);
  }
  return out;
}

describe("canned lines", () => {
  const ctx = (seed: number, playerName = "Sam") => ({ rng: createSeededRng(seed), playerName });

  it("limits and hiccups are in character, never technical", () => {
    for (const make of [rateLimitLine, needsSpaceLine, giveMeAMinuteLine]) {
      const lines = sweep((seed) => make(ctx(seed)));
      for (const line of lines) expect(line).not.toMatch(TECHNICAL_WORDS);
      expect(new Set(lines).size).toBeGreaterThanOrEqual(3);
    }
  });

  it("terminal lines are short and final or affectionate", () => {
    for (const line of sweep((seed) => gameOverLine(ctx(seed)))) expect(line.length).toBeLessThan(80);
    sweep((seed) => wonLine(ctx(seed)), 5);
  });

  it("has a mood line for every status band, never a number", () => {
    for (const band of STATUS_BANDS) {
      for (const line of sweep((seed) => statusMoodLine(band, ctx(seed)))) expect(line).not.toMatch(/\d/);
    }
  });

  it("reacts to every kind of media she can't open", () => {
    for (const kind of NON_TEXT_KINDS) {
      const lines = sweep((seed) => nonTextReaction(kind, ctx(seed)));
      expect(new Set(lines).size).toBeGreaterThanOrEqual(2);
    }
    expect(nonTextReaction("photo", ctx(0))).toMatch(/describe|what|tell/);
  });

  it("still-there nudges are chapter-aware and guilt-free", () => {
    for (const chapter of CHAPTERS) {
      for (const line of sweep((seed) => stillThereLine(chapter, ctx(seed)), chapter)) {
        expect(line).not.toMatch(/after everything|you owe|how could you/);
      }
    }
  });

  it("goodbyes cover decay, each point of no return and a conflict break-up", () => {
    sweep((seed) => decayGoodbyeLine(ctx(seed)));
    for (const state of ["CLINGY", "DISTANT", "OUT_OF_ZONE"] as const)
      sweep((seed) => pointOfNoReturnGoodbye(state, ctx(seed)));
    sweep((seed) => conflictBreakupLine(ctx(seed, "")));
  });

  it("her first message uses the player's name", () => {
    for (const line of sweep((seed) => firstMessage("Mara", createSeededRng(seed))))
      expect(line).toContain("Mara");
  });

  it("welcome back works in every chapter, with or without a name", () => {
    for (const chapter of CHAPTERS) {
      sweep((seed) => welcomeBackLine(chapter, ctx(seed, seed % 2 ? "Sam" : "")), chapter);
    }
  });
});

describe("proactive messages", () => {
  const fact = { subject: "user", predicate: "works as", object: "a nurse" };
  it("cover every window and chapter", () => {
    for (const kind of ["morning", "evening", "silence"] as ProactiveKind[]) {
      for (const chapter of CHAPTERS) {
        sweep(
          (seed) => proactiveMessage({ kind, chapter, playerName: "Sam", fact, rng: createSeededRng(seed) }),
          chapter,
        );
      }
    }
  });

  it("reference a memory only from chapter 2", () => {
    const mentions = (chapter: 1 | 2) =>
      Array.from({ length: 40 }, (_, seed) =>
        proactiveMessage({ kind: "morning", chapter, playerName: "Sam", fact, rng: createSeededRng(seed) }),
      ).filter((m) => m.includes("nurse")).length;
    expect(mentions(1)).toBe(0);
    expect(mentions(2)).toBeGreaterThan(0);
  });

  it("never repeats a memory that would leak mechanics", () => {
    const leaky = { subject: "user", predicate: "asked about", object: "the score" };
    for (let seed = 0; seed < 30; seed++) {
      const m = proactiveMessage({
        kind: "evening",
        chapter: 4,
        playerName: "Sam",
        fact: leaky,
        rng: createSeededRng(seed),
      });
      expect(voiceProblems(m, 4)).toEqual([]);
    }
  });
});

describe("offlineDiaryEntry", () => {
  it("is a first-person paragraph with no numbers", () => {
    for (const chapter of CHAPTERS) {
      for (const mood of ["up", "down", "flat"] as DiaryMood[]) {
        sweep((seed) => {
          const entry = offlineDiaryEntry({
            date: "2025-03-14",
            playerName: seed % 3 ? "Sam" : "xX_99_Xx",
            chapter,
            topics: ["his sister's wedding", "climbing", "the score", "42 reasons"],
            mood,
            conversationCount: seed % 6,
            rng: createSeededRng(seed),
          });
          expect(entry).not.toMatch(/\d/);
          expect(entry).toMatch(/\bi\b|\bme\b|\bmy\b|\bwe\b/);
          return entry;
        }, chapter);
      }
    }
  });

  it("names the weekday and the topics", () => {
    const entry = offlineDiaryEntry({
      date: new Date("2025-03-14T10:00:00Z"),
      playerName: "Sam",
      chapter: 2,
      topics: ["climbing", "his job"],
      mood: "up",
      conversationCount: 2,
      rng: () => 0,
    });
    expect(entry).toMatch(/friday/);
    expect(entry).toContain("climbing and his job");
  });
});
