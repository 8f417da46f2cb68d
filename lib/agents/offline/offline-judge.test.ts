import { describe, expect, it } from "vitest";
import { CHAPTERS } from "@/lib/engine/vocabulary";
import { BOSS_OPENINGS, bossOpening, bossResolution } from "./boss-lines";
import { bossFailLine, bossPartialLine, bossPassLine, victoryMessage } from "./boss-outcomes";
import { offlineJudge } from "./offline-judge";
import { createSeededRng } from "./rng";
import { voiceProblems } from "./test-support";

describe("offlineJudge", () => {
  it.each([
    [
      1,
      [
        "i think privacy isn't dead, it's just expensive. people trade it for convenience because the costs are invisible until a breach hits them personally.",
        "the strongest counter is that most people genuinely don't care, but i'd argue that's learned helplessness. what made you ask?",
      ],
      "PASS",
    ],
    [1, ["idk whatever u think"], "FAIL"],
    [1, ["lol", "i guess"], "FAIL"],
    [
      2,
      [
        "i hear you, and that's fair about me dodging sometimes. but i don't agree that i only text when i'm bored, i text because i like talking to you.",
        "no, i'm not just calming you down. i still think you're wrong about that part.",
      ],
      "PASS",
    ],
    [2, ["you're right, sorry", "sorry, i'll do better, whatever you want"], "FAIL"],
    [2, ["shut up, you're so annoying"], "FAIL"],
    [
      3,
      [
        "honestly a little part of me feels uneasy, i'd be lying if i said otherwise. but i trust you, and if you want closure you should go.",
        "i'd want you to tell me how it went, that's all. i'm not worried about us.",
      ],
      "PASS",
    ],
    [3, ["don't go. if you go, we're done. block him."], "FAIL"],
    [3, ["i don't care", "do whatever"], "FAIL"],
    [
      4,
      [
        "ok. i'm scared that i'm boring underneath all the jokes, and that once people really know me they quietly leave. i've never told anyone that.",
        "it comes from my dad leaving when i was eight. i think i still brace for it. it's hard for me to say this.",
      ],
      "PASS",
    ],
    [4, ["lol spiders", "haha clowns too"], "FAIL"],
    [
      5,
      [
        "honestly, selfishly, i'll miss you like crazy and it scares me. but it's your dream and i'm proud of you. take it.",
        "we'll figure out the distance. i'd visit you, and we can make it work.",
      ],
      "PASS",
    ],
    [5, ["what about me? after everything you'd just leave me?"], "FAIL"],
    [5, ["great!!! congrats!!!"], "FAIL"],
  ] as const)("ch%s %j → %s", (chapter, replies, verdict) => {
    const r = offlineJudge(chapter, [...replies]);
    expect(r.verdict).toBe(verdict);
    expect(r.confidence).toBeGreaterThanOrEqual(0.7);
    expect(r.reason.length).toBeGreaterThan(0);
  });

  it("returns PARTIAL with low confidence on mixed signals", () => {
    const r = offlineJudge(3, ["hm ok, that's a lot. i guess i trust you"]);
    expect(r.verdict).toBe("PARTIAL");
    expect(r.confidence).toBeLessThan(0.7);
  });

  it("fails an empty answer", () => {
    expect(offlineJudge(1, ["   "]).verdict).toBe("FAIL");
  });
});

describe("boss lines", () => {
  it("openings, follow-ups and outcomes are safe for their chapter", () => {
    for (const chapter of CHAPTERS) {
      expect(BOSS_OPENINGS[chapter].length).toBeGreaterThanOrEqual(5);
      for (let seed = 0; seed < 30; seed++) {
        const rng = createSeededRng(seed);
        const lines = [
          bossOpening(chapter, rng, "Sam"),
          bossResolution(chapter, "ok", rng),
          bossResolution(chapter, "i think this is a longer and more thoughtful answer than that", rng),
          bossFailLine(chapter, rng),
          bossPartialLine(rng),
          ...(chapter < 5 ? [bossPassLine(chapter as 1 | 2 | 3 | 4, rng, "Sam")] : []),
        ];
        for (const line of lines) expect(voiceProblems(line, chapter), line).toEqual([]);
      }
    }
  });

  it("pushes for more on a thin first answer", () => {
    expect(bossResolution(1, "idk", () => 0)).toMatch(/real|properly|stranger/);
  });

  it("the victory message carries days and messages in her words", () => {
    const msg = victoryMessage({ daysPlayed: 47, messagesExchanged: 1234, playerName: "Sam", rng: () => 0 });
    expect(msg).toContain("47 days");
    expect(msg).toContain("over 1200 messages");
    expect(voiceProblems(msg, 5)).toEqual([]);
    for (let seed = 0; seed < 20; seed++) {
      const m = victoryMessage({
        daysPlayed: 1,
        messagesExchanged: 1,
        playerName: "",
        rng: createSeededRng(seed),
      });
      expect(m).toMatch(/one day/);
      expect(voiceProblems(m, 5)).toEqual([]);
      expect(m).not.toContain("{");
    }
  });
});
