// §8 output shaping: role-play, emoji, bubbles at sentence boundaries, the 4096 limit.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRng } from "./rng";
import { SHAPING_RULES } from "./rules";
import { normalizeEmoji, shapeReply, splitIntoChunks, stripMarkdownEmphasis, stripRolePlay } from "./shaping";

const S = SHAPING_RULES;
const sentence = (n: number) => `this is sentence number ${n} and it has a few words.`;

describe("role-play markers", () => {
  it.each([
    ["*sighs* fine", " fine"],
    ["ok *rolls eyes* whatever", "ok  whatever"],
    [`*${"x".repeat(50)}* kept`, " kept"],
    [`*${"x".repeat(51)}* kept`, `*${"x".repeat(51)}* kept`],
    ["2 * 3 * 4", "2  4"],
    ["a ** b", "a ** b"],
    ["**takes a deep breath** ok", " ok"],
    ["ok ***stares*** fine", "ok  fine"],
  ])("%j → %j", (input, expected) => {
    expect(stripRolePlay(input)).toBe(expected);
  });
});

describe("Markdown emphasis never reaches her chat as symbols", () => {
  it.each([
    ["**takes a deep breath** ok", "ok"],
    ["*sighs* **fine** you win", "you win"],
    [`i am **${"so ".repeat(20)}done** with this`, `i am ${"so ".repeat(20)}done with this`],
    ["that was __very__ rude", "that was very rude"],
    ["_maybe_ later", "maybe later"],
    ["a ** b", "a b"],
    ["my_var and __init__.py stay", "my_var and __init__.py stay"],
    ["see https://x.dev/a_b_c ok", "see https://x.dev/a_b_c ok"],
  ])("%j → %j", (input, expected) => {
    const text = shapeReply(input, createRng(1))
      .map((b) => b.text)
      .join(" ");
    expect(text).toBe(expected);
  });

  it("unwraps long emphasis instead of dropping the words", () => {
    expect(stripMarkdownEmphasis(`**${"x".repeat(60)}**`)).toBe("x".repeat(60));
  });
});

describe("emoji", () => {
  it.each([
    ["her set survives", "ok 😏", "ok 😏"],
    ["others are removed", "party 🎉👍🏻❤️ now", "party  now"],
    ["repeats collapse", "lol 😅😅😅", "lol 😅"],
    ["repeats with spaces collapse", "lol 😅 😅", "lol 😅 "],
    ["at most two", "a 😏 b 🙄 c 😘 d :)", "a 😏 b 🙄 c  d "],
    ["classic emoticons count", "hey :) you ;) there :/ ok", "hey :) you ;) there  ok"],
    ["a URL is not an emoticon", "see https://x.dev :/", "see https://x.dev :/"],
    ["ZWJ sequences and flags go", "fam 👨‍👩‍👧 🇩🇪 🙂", "fam   🙂"],
  ])("%s", (_, input, expected) => {
    expect(normalizeEmoji(input)).toBe(expected);
  });
});

describe("splitting into bubbles", () => {
  it("short replies stay one bubble with no delay", () => {
    expect(shapeReply("*smirks* you wish 😏😏", createRng(1))).toEqual([{ text: "you wish 😏", delayMs: 0 }]);
  });

  it("exactly 160 characters is not split", () => {
    expect(splitIntoChunks(`${"a".repeat(S.splitAboveChars - 1)}.`)).toHaveLength(1);
  });

  it.each([
    [4, 2],
    [8, 3],
    [12, 4],
    [40, 4],
  ])("%i sentences → %i bubbles at sentence boundaries", (n, bubbles) => {
    const text = Array.from({ length: n }, (_, i) => sentence(i)).join(" ");
    const chunks = splitIntoChunks(text);
    expect(chunks).toHaveLength(bubbles);
    expect(chunks.join(" ")).toBe(text);
    for (const c of chunks) expect(c.endsWith(".")).toBe(true);
  });

  it("one long sentence cannot be split at a boundary", () => {
    expect(splitIntoChunks(`${"word ".repeat(60)}end`)).toHaveLength(1);
  });

  it("bubbles after the first wait 1–2.5 s", () => {
    const bubbles = shapeReply(Array.from({ length: 12 }, (_, i) => sentence(i)).join(" "), createRng(7));
    expect(bubbles[0]?.delayMs).toBe(0);
    for (const b of bubbles.slice(1)) {
      expect(b.delayMs).toBeGreaterThanOrEqual(S.bubbleGapMinMs);
      expect(b.delayMs).toBeLessThanOrEqual(S.bubbleGapMaxMs);
    }
  });

  it("a reply that is only role-play gives no bubbles", () => {
    expect(shapeReply("*shrugs*", createRng(1))).toEqual([]);
  });
});

describe("property: Telegram's 4096 limit is never exceeded", () => {
  const piece = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.constantFrom(". ", "! ", "? ", "\n", "😏", "🎉", "*sighs*", " :) "),
    fc.string({ minLength: 4000, maxLength: 9000 }),
  );
  it("for any text", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.integer(), (pieces, seed) => {
        const bubbles = shapeReply(pieces.join(""), createRng(seed));
        for (const b of bubbles) {
          expect(b.text.length).toBeLessThanOrEqual(S.telegramMaxChars);
          expect(b.text.length).toBeGreaterThan(0);
        }
        const total = bubbles.reduce((n, b) => n + b.text.length, 0);
        if (total <= (S.maxBubbles * S.telegramMaxChars) / 2)
          expect(bubbles.length).toBeLessThanOrEqual(S.maxBubbles);
      }),
      { numRuns: 300 },
    );
  });
});
