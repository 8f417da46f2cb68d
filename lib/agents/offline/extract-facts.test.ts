import { describe, expect, it } from "vitest";
import { extractFacts } from "./extract-facts";

describe("extractFacts", () => {
  it.each([
    ["my name is Jonas", "user", "is named", "Jonas"],
    ["call me Alex", "user", "is named", "Alex"],
    ["i work as a nurse at the charité", "user", "works as", "a nurse at the charité"],
    ["I work as an architect, it's fine", "user", "works as", "an architect"],
    ["i'm a nurse, long shift today", "user", "works as", "a nurse"],
    ["i'm a senior software engineer", "user", "works as", "a senior software engineer"],
    ["i live in Hamburg", "user", "lives in", "Hamburg"],
    ["i'm from Lisbon originally", "user", "is from", "Lisbon originally"],
    ["i have a dog called Pixel", "user", "has a dog called", "Pixel"],
    ["my cat's name is Mochi", "user", "has a cat called", "Mochi"],
    ["my sister lives in Lyon and she's a chef", "user's sister", "lives", "in Lyon"],
    ["my dad died last year", "user", "lost", "their dad"],
    ["i study physics", "user", "studies", "physics"],
    ["my favourite band is Radiohead", "user's favourite band", "is", "Radiohead"],
    ["i'm allergic to cats lol", "user", "is allergic to", "cats"],
  ])("%j", (text, subject, predicate, object) => {
    const facts = extractFacts(text);
    expect(facts).toContainEqual(expect.objectContaining({ subject, predicate, object, about: "user" }));
    for (const f of facts) expect(f.confidence).toBeGreaterThan(0);
  });

  it.each([
    "i love you",
    "i like talking to you",
    "hey what's up",
    "my name is",
    "i'm a mess",
  ])("finds nothing in %j", (text) => {
    expect(extractFacts(text)).toEqual([]);
  });

  it("finds several facts across sentences", () => {
    const facts = extractFacts("my name is Lea. i live in Vienna! i work as a teacher");
    expect(facts.map((f) => f.predicate)).toEqual(["is named", "lives in", "works as"]);
  });
});
