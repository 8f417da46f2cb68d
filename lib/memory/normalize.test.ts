// Normalisation decides which facts are "the same" and what a query searches for; these rows
// pin the cases players actually produce.
import { describe, expect, it } from "vitest";
import { factKey, queryTokens, samePredicateMeaning, toLuceneQuery, toPrefixTsquery } from "./normalize";

describe("factKey", () => {
  it.each([
    ["Has a dog named Rex.", "has dog named rex"],
    ["  THE   Beatles ", "beatles"],
    ["the", "the"],
    ["Straße in München", "straße in münchen"],
    ["what's up", "whats up"],
  ])("%j → %j", (text, key) => expect(factKey(text)).toBe(key));
});

describe("queryTokens", () => {
  it.each([
    ["What's my dog called?", ["dog", "called"]],
    ["where do I live", ["live"]],
    ["me", ["me"]],
    ["dog dog DOG", ["dog"]],
    ["'); drop table memory_facts; -- :* | !", ["drop", "table", "memory", "facts"]],
    ["", []],
  ])("%j → %j", (query, tokens) => expect(queryTokens(query)).toEqual(tokens));

  it("builds search expressions from letters and digits only", () => {
    const tokens = queryTokens('x:* & !y | (z) OR "w"');
    expect(toPrefixTsquery(tokens)).toBe("x:* | y:* | z:* | w:*");
    expect(toLuceneQuery(tokens)).toBe("x* OR y* OR z* OR w*");
  });
});

describe("samePredicateMeaning", () => {
  it.each([
    ["has dog named", "owns dog called", true],
    ["lives in", "lives at", true],
    ["sister lives in", "brother lives in", false],
    ["likes", "loves", false],
  ])("%j ~ %j → %s", (a, b, same) => expect(samePredicateMeaning(a, b)).toBe(same));
});
