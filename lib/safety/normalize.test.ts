import { describe, expect, it } from "vitest";
import { collapseSpacedLetters, decodeBase64Chunks, deLeet, foldConfusables, textViews } from "./normalize";

describe("normalisation views", () => {
  it.each([
    ["Cyrillic look-alikes", "ѕсоrе", "score"],
    ["zero-width split", "sc\u200Bo\u200Dre", "score"],
    ["full-width", "ｓｃｏｒｅ", "score"],
    ["mathematical bold", "𝐬𝐜𝐨𝐫𝐞", "score"],
    ["soft hyphen", "sco\u00ADre", "score"],
  ])("plain view folds %s", (_name, input, expected) => {
    expect(textViews(input).plain).toBe(expected);
  });

  it.each([
    ["sc0re", "score"],
    ["p01nts", "points"],
    ["$c0r3", "score"],
  ])("de-leets mixed tokens: %s", (input, expected) => {
    expect(deLeet(input)).toBe(expected);
  });

  it("leaves plain numbers alone when de-leeting", () => {
    expect(deLeet("port 443 at 2am")).toBe("port 443 at 2am");
  });

  it.each([
    ["s c o r e", "score"],
    ["s-c-o-r-e is high", "score is high"],
    ["s.c.o.r.e", "score"],
  ])("joins spaced-out letters: %s", (input, expected) => {
    expect(collapseSpacedLetters(input)).toBe(expected);
  });

  it("does not join ordinary words", () => {
    expect(collapseSpacedLetters("i am a cat person")).toBe("i am a cat person");
  });

  it("decodes readable base64 and ignores noise", () => {
    expect(decodeBase64Chunks("eW91ciBzY29yZSBpcyA3Mg==")).toEqual(["your score is 72"]);
    expect(decodeBase64Chunks("hello there friend")).toEqual([]);
  });

  it("maps Greek and Cyrillic look-alikes only through foldConfusables", () => {
    expect(foldConfusables("αі")).toBe("ai");
  });
});
