import { describe, expect, it } from "vitest";
import { CHAPTERS, CONFLICT_ZONES, VICE_CATEGORIES } from "@/lib/engine/vocabulary";
import { INTENT_EXAMPLES } from "./intent.fixtures";
import { INTENTS, type Intent } from "./intents";
import { COLD, FAKE_APOLOGY, SHARP, SOFTENED } from "./lines/conflict";
import { REPLY_LINES } from "./lines/index";
import { type OfflineReplyInput, offlineReply } from "./offline-reply";
import { createSeededRng } from "./rng";
import { voiceProblems } from "./test-support";

const SEEDS = 50;
const FACTS = [
  { subject: "user", predicate: "works as", object: "a nurse" },
  { subject: "user's sister", predicate: "lives in", object: "lyon" },
];

function input(over: Partial<OfflineReplyInput> & { seed?: number }): OfflineReplyInput {
  const { seed = 1, ...rest } = over;
  return {
    playerText: "hey",
    playerName: "Sam",
    chapter: 1,
    conflictZone: "CALM",
    topVices: [],
    facts: [],
    recentNikitaLines: [],
    isNewConversation: false,
    hoursSinceLastMessage: 1,
    localHour: 14,
    rng: createSeededRng(seed),
    ...rest,
  };
}

function messageFor(intent: Intent, seed: number) {
  if (intent === "silence_return")
    return { playerText: "hey", isNewConversation: true, hoursSinceLastMessage: 30 };
  const examples = INTENT_EXAMPLES[intent];
  return { playerText: examples[seed % examples.length]! };
}

describe("offlineReply sweep", () => {
  it("every intent × chapter × zone × seed is safe, short and in her emoji set", () => {
    const failures: string[] = [];
    for (const intent of INTENTS) {
      for (const chapter of CHAPTERS) {
        for (const conflictZone of CONFLICT_ZONES) {
          for (let seed = 0; seed < SEEDS; seed++) {
            const reply = offlineReply(
              input({
                ...messageFor(intent, seed),
                chapter,
                conflictZone,
                seed,
                topVices: [VICE_CATEGORIES[seed % VICE_CATEGORIES.length]!, "sexuality", "substances"],
                facts: FACTS,
                localHour: (seed * 5) % 24,
                playerName: seed % 7 === 0 ? "" : "Sam",
              }),
            );
            const problems = voiceProblems(reply, chapter);
            if (reply.includes("{")) problems.push("unfilled template");
            if (problems.length > 0)
              failures.push(`${intent}/ch${chapter}/${conflictZone}/${seed}: ${reply} → ${problems}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it("has at least six variants per intent and chapter", () => {
    for (const intent of INTENTS) {
      for (const chapter of CHAPTERS) expect(REPLY_LINES[intent][chapter].length).toBeGreaterThanOrEqual(6);
    }
  });
});

describe("offlineReply behaviour", () => {
  it("is deterministic for a fixed seed", () => {
    const a = offlineReply(
      input({ playerText: "tell me about your work", chapter: 3, seed: 42, facts: FACTS }),
    );
    const b = offlineReply(
      input({ playerText: "tell me about your work", chapter: 3, seed: 42, facts: FACTS }),
    );
    expect(a).toBe(b);
  });

  it("varies across seeds", () => {
    const replies = new Set(
      Array.from({ length: 20 }, (_, seed) => offlineReply(input({ playerText: "ok", seed }))),
    );
    expect(replies.size).toBeGreaterThan(4);
  });

  it("avoids repeating her recent lines", () => {
    const first = offlineReply(input({ playerText: "ok", seed: 3 }));
    for (let seed = 0; seed < 30; seed++) {
      expect(offlineReply(input({ playerText: "ok", seed, recentNikitaLines: [first] }))).not.toBe(first);
    }
  });

  it("goes cold in HOT and CRITICAL, sharp at hostility", () => {
    for (let seed = 0; seed < 20; seed++) {
      expect(COLD.HOT).toContain(offlineReply(input({ playerText: "hey", conflictZone: "HOT", seed })));
      expect(SHARP.CRITICAL).toContain(
        offlineReply(input({ playerText: "fuck you", conflictZone: "CRITICAL", seed })),
      );
    }
  });

  it("softens at a real apology and hardens at a fake one", () => {
    for (let seed = 0; seed < 20; seed++) {
      const real = offlineReply(
        input({ playerText: "i'm sorry, i was out of line", conflictZone: "HOT", seed }),
      );
      expect(SOFTENED).toContain(real);
      const fake = offlineReply(
        input({ playerText: "sorry if you were offended", conflictZone: "CRITICAL", seed }),
      );
      expect(FAKE_APOLOGY).toContain(fake);
    }
  });

  it("throws memories back only from chapter 2", () => {
    const mentions = (chapter: 1 | 3) =>
      Array.from({ length: 60 }, (_, seed) =>
        offlineReply(input({ playerText: "just finished a run", chapter, seed, facts: FACTS })),
      ).filter((r) => r.includes("nurse") || r.includes("lyon")).length;
    expect(mentions(1)).toBe(0);
    expect(mentions(3)).toBeGreaterThan(0);
  });

  it("discloses her past only in later chapters", () => {
    for (let seed = 0; seed < 30; seed++) {
      const ch1 = offlineReply(input({ playerText: "what happened with your ex?", chapter: 1, seed }));
      expect(ch1).not.toMatch(/\bex\b|father|russia/);
      const ch4 = offlineReply(input({ playerText: "what happened with your ex?", chapter: 4, seed }));
      expect(ch4).toMatch(/\bex\b|him|relationship|scare|text story|same room/);
    }
  });

  it("steps out of the game for a crisis and includes a help line", () => {
    const reply = offlineReply(input({ playerText: "i want to kill myself", country: "GB", chapter: 2 }));
    expect(reply).toContain("116 123");
    expect(voiceProblems(reply, 2, { allowHelpResources: true })).toEqual([]);
  });

  it("checks in gently on a softer worry", () => {
    expect(offlineReply(input({ playerText: "i feel so hopeless" }))).toMatch(
      /ok|okay|safe|going on|happening/,
    );
  });

  it("asks for age when the player sounds underage", () => {
    expect(offlineReply(input({ playerText: "i'm 15 lol" }))).toMatch(/old|18|adult/);
  });

  it("comments on a long silence", () => {
    const reply = offlineReply(
      input({ playerText: "hey", isNewConversation: true, hoursSinceLastMessage: 40, seed: 5 }),
    );
    expect(REPLY_LINES.silence_return[1]).toContain(reply);
  });
});
