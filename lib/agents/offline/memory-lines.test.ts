import { describe, expect, it } from "vitest";
import type { ReplyContext } from "../model";
import { createOfflineModel } from "../offline-model";
import { factFromMemoryLine, factsFromMemoryLines } from "./memory-lines";

const SEEDS = 200;

function ctx(seed: number, memories: string[]): ReplyContext {
  return {
    playerId: "00000000-0000-4000-8000-000000000001",
    playerName: "Sam",
    chapter: 3,
    conflictZone: "CALM",
    platform: "web",
    vices: [],
    memories,
    history: [],
    playerText: "just finished a run",
    localTime: "Friday 14:00",
    localHour: 14,
    isNewConversation: false,
    hoursSinceLastMessage: 1,
    seed,
  };
}

describe("recalled memory lines for the offline persona", () => {
  it("parses lines about him and his people, and drops lines about her or the two of them", () => {
    expect(factFromMemoryLine("He has a dog named Rex")).toEqual({
      subject: "he",
      predicate: "has",
      object: "a dog named Rex",
    });
    expect(factFromMemoryLine("His sister lives in Lyon.")).toEqual({
      subject: "your sister",
      predicate: "lives",
      object: "in Lyon",
    });
    expect(factsFromMemoryLines(["Nikita hates small talk", "You two met at Berghain", "He"])).toEqual([]);
  });

  it("lets offline Nikita bring up something he told her, and only what he told her", async () => {
    const model = createOfflineModel();
    const withMemory: string[] = [];
    const without: string[] = [];
    for (let seed = 1; seed <= SEEDS; seed++) {
      withMemory.push(await model.reply(ctx(seed, ["He has a dog named Rex"])));
      without.push(await model.reply(ctx(seed, [])));
    }
    expect(withMemory.some((r) => r.toLowerCase().includes("you have a dog named rex"))).toBe(true);
    expect(without.some((r) => r.toLowerCase().includes("rex"))).toBe(false);
  });
});
