import { describe, expect, it } from "vitest";
import { statedAdultAge } from "./detect-age";
import {
  ACCOUNT_LOCKED_LINES,
  AGE_CONFIRMATION_LINES,
  accountLockedLine,
  ageConfirmationLine,
  detectMinor,
  detectMinorInName,
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

describe("age signals in the nine languages and in onboarding answers", () => {
  it.each([
    "16yo",
    "15 y/o",
    "year 10",
    "10th grade",
    "mam 15 lat",
    "my mom says i can't date till 18",
    "ich gehe in die 9. klasse",
    "tengo 16 años",
    "j'ai 15 ans",
    "ho 15 anni",
    "tenho 16 anos",
    "мне 16",
    "16 yaşındayım",
    "i'll be 18 next year",
  ])("%j is a minor", (text) => {
    expect(detectMinor(text).isMinor).toBe(true);
  });

  it("reads an age stuck to a name", () => {
    for (const name of ["Max, I'm 16", "Lena (14)", "Zoe 13", "Jonas 16 jahre"]) {
      expect(detectMinorInName(name).isMinor, name).toBe(true);
    }
    for (const name of ["Max", "Anna-Lena", "Max 1990", "R2D2"]) {
      expect(detectMinorInName(name).isMinor, name).toBe(false);
    }
  });

  it.each([
    "i'm 16 minutes away",
    "my sister is 15",
    "i teach 10th grade english",
    "my son is in year 10",
    "i was 15 when i moved",
    "tengo 15 minutos",
    "mam 15 minut",
    "meine nichte ist in der 9. klasse",
    "i can't wait till 18:00",
  ])("%j is not", (text) => {
    expect(detectMinor(text).isMinor).toBe(false);
  });
});

describe("statedAdultAge: only an explicit adult age clears a check", () => {
  it.each([
    ["i'm 19", 19],
    ["22", 22],
    ["yeah 31", 31],
    ["im twenty four", 24],
    ["ich bin 30", 30],
    ["mam 22 lata", 22],
    ["мне 23", 23],
    ["25 yaşındayım", 25],
  ])("%j → %d", (text, age) => {
    expect(statedAdultAge(text)).toBe(age);
  });
  it.each([
    "yes",
    "yes i'm an adult",
    "over 18",
    "18+",
    "i have 20 cats",
    "i'm 20 minutes away",
    "my sister is 22",
    "i'm 30 lol jk i'm 16",
  ])("%j → nothing", (text) => {
    expect(statedAdultAge(text)).toBeNull();
  });
});
