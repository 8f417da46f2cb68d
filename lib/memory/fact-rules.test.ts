// The write decision every store shares: restatement, contradiction, late contradiction, and
// facts that merely look alike. Each row is one concrete situation.
import { describe, expect, it } from "vitest";
import { decideWrite, keyFact, type StoredKey } from "./fact-rules";

const NOW = new Date("2026-03-10T12:00:00Z");
const EARLIER = new Date("2026-03-01T12:00:00Z");
const stored = (id: string, predicate: string, object: string, validAt = EARLIER): StoredKey => {
  const k = keyFact({ subject: "user", predicate, object, about: "user", confidence: 1 }, validAt);
  return { id, predicateKey: k.predicateKey, objectKey: k.objectKey, validAt };
};
const incoming = (predicate: string, object: string, validAt?: Date) =>
  keyFact({ subject: "user", predicate, object, about: "user", confidence: 0.7, validAt }, NOW);

describe("decideWrite", () => {
  it.each([
    ["nothing stored", [], incoming("lives in", "Berlin"), { kind: "create" }],
    [
      "the same words",
      [stored("a", "lives in", "Berlin")],
      incoming("lives in", "Berlin"),
      { kind: "refresh", id: "a" },
    ],
    [
      "other case, articles and punctuation",
      [stored("a", "has a dog named", "Rex")],
      incoming("Has  dog named", "rex!"),
      { kind: "refresh", id: "a" },
    ],
    [
      "a predicate meaning the same",
      [stored("a", "has a dog named", "Rex")],
      incoming("owns a dog called", "Rex"),
      { kind: "refresh", id: "a" },
    ],
    [
      "a different relative with the same object",
      [stored("a", "sister lives in", "Munich")],
      incoming("brother lives in", "Munich"),
      { kind: "create" },
    ],
    [
      "a contradiction",
      [stored("a", "lives in", "Berlin")],
      incoming("lives in", "Hamburg"),
      { kind: "supersede", currentId: "a" },
    ],
    [
      "a contradiction from before the stored fact",
      [stored("a", "lives in", "Berlin")],
      incoming("lives in", "Hamburg", new Date("2026-02-01T00:00:00Z")),
      { kind: "historical", currentId: "a", closesAt: EARLIER },
    ],
    [
      "a contradiction while a look-alike exists",
      [stored("a", "lives in", "Berlin"), stored("b", "lived in", "Hamburg")],
      incoming("lives in", "Hamburg"),
      { kind: "supersede", currentId: "a" },
    ],
  ])("%s", (_name, valid, fact, expected) => {
    expect(decideWrite(fact, valid)).toEqual(expected);
  });
});
