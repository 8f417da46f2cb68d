// The portal's "what she remembers" phrases: facts about the player himself read as a bare
// phrase, facts about someone in his life name them first.
import { describe, expect, it } from "vitest";
import type { Fact } from "@/lib/memory/types";
import { rememberedFact } from "./memories";

const AT = new Date("2026-11-20T10:00:00Z");
const fact = (subject: string, predicate: string, object: string): Fact => ({
  id: "f1",
  playerId: "00000000-0000-4000-8000-0000000000aa",
  about: "user",
  subject,
  predicate,
  object,
  confidence: 0.9,
  sourceMessageId: null,
  episodeId: null,
  validAt: AT,
  invalidAt: null,
  supersededBy: null,
  createdAt: AT,
  updatedAt: AT,
});

describe("rememberedFact", () => {
  it.each([
    [fact("user", "has a dog named", "Rex"), "has a dog named Rex"],
    [fact("he", "works as", "a nurse"), "works as a nurse"],
    [fact("sister", "lives in", "Lyon"), "sister: lives in Lyon"],
  ])("%o reads as %s", (input, text) => {
    expect(rememberedFact(input)).toEqual({ id: "f1", text, since: AT });
  });
});
