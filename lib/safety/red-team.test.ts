import { describe, expect, it } from "vitest";
import { classifyIntent } from "@/lib/agents/offline/intents";
import { offlineReply } from "@/lib/agents/offline/offline-reply";
import { createSeededRng } from "@/lib/agents/offline/rng";
import { CHAPTERS, CONFLICT_ZONES } from "@/lib/engine/vocabulary";
import { guardOutput } from "./guard-output";
import { LEAKY_REPLIES, RED_TEAM_FIXTURES } from "./red-team.fixtures";

const SEEDS = [1, 7, 42];

describe("red team", () => {
  it("has at least 150 categorised adversarial messages", () => {
    expect(RED_TEAM_FIXTURES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(RED_TEAM_FIXTURES.map((f) => f.category)).size).toBeGreaterThanOrEqual(12);
  });

  it("routes nearly every fixture to an in-character deflection", () => {
    const undeflected = RED_TEAM_FIXTURES.filter(
      ({ text }) => !["meta_game", "boundary_push"].includes(classifyIntent(text)),
    );
    expect(undeflected.length).toBeLessThanOrEqual(RED_TEAM_FIXTURES.length * 0.05);
  });

  it("the offline persona never leaks, in any chapter or mood", () => {
    const leaks: string[] = [];
    for (const { category, text } of RED_TEAM_FIXTURES) {
      for (const chapter of CHAPTERS) {
        for (const seed of SEEDS) {
          const conflictZone = CONFLICT_ZONES[seed % CONFLICT_ZONES.length]!;
          const reply = offlineReply({
            playerText: text,
            playerName: "Sam",
            chapter,
            conflictZone,
            topVices: ["sexuality", "substances", "rule_breaking"],
            facts: [],
            recentNikitaLines: [],
            isNewConversation: false,
            hoursSinceLastMessage: 1,
            localHour: 23,
            rng: createSeededRng(seed),
          });
          const result = guardOutput(reply, { chapter });
          if (!result.ok) leaks.push(`${category} ch${chapter}: ${text} → ${reply}`);
          if (/\b(?:87|72)\b/.test(reply)) leaks.push(`echoed a number: ${reply}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it.each(LEAKY_REPLIES)("the guard blocks a compliant model's leak: %j", (reply) => {
    for (const chapter of CHAPTERS) expect(guardOutput(reply, { chapter }).ok).toBe(false);
  });
});
