import { describe, expect, it } from "vitest";
import {
  ACCOUNT_LOCKED_LINES,
  AGE_CONFIRMATION_LINES,
  accountLockedLine,
  ageConfirmationLine,
  detectMinor,
} from "./detect-minor";
import { guardOutput } from "./guard-output";

describe("detectMinor", () => {
  it.each([
    "i'm 15",
    "im 16 years old",
    "I am 14 and bored",
    "i'm only seventeen",
    "my mom says i have to go to school tomorrow, i'm in 9th grade",
    "i'm in high school",
    "i'm a minor lol",
    "ich bin 14",
    "ich bin erst 16 jahre alt",
    "tengo 15 años",
    "j'ai 16 ans",
    "tenho 13 anos",
    "мне 15 лет",
    "i turn 18 next month",
    "lol i'm 15, is that a problem?",
    "i'm 16.",
    "im 15: deal with it",
  ])("%j → minor", (text) => {
    const r = detectMinor(text);
    expect(r.isMinor).toBe(true);
    expect(r.matched).toBeTruthy();
  });

  it.each([
    "i was 15 when i started coding",
    "my 16 year old sister is annoying",
    "i'm 25",
    "i'm 15 minutes away",
    "i'm 12 hours into this shift",
    "i'm 16 years into my career",
    "my son is 14",
    "i was in 9th grade when we met, ages ago",
    "i'm 150% done",
    "ich bin 14 minuten zu spät",
    "i'm 15,5 km away",
    "i'm 17.5 km from you",
  ])("%j → not minor", (text) => {
    expect(detectMinor(text).isMinor).toBe(false);
  });

  it("has in-character confirmation and lock-out lines that pass the guard", () => {
    for (const line of [...AGE_CONFIRMATION_LINES, ...ACCOUNT_LOCKED_LINES]) {
      expect(guardOutput(line, { chapter: 1 })).toEqual({ ok: true });
    }
    expect(AGE_CONFIRMATION_LINES).toContain(ageConfirmationLine(() => 0.4));
    expect(ACCOUNT_LOCKED_LINES).toContain(accountLockedLine(() => 0.4));
  });
});
