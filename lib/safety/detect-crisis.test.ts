import { describe, expect, it } from "vitest";
import { crisisCareReply } from "./crisis-care-reply";
import { detectCrisis } from "./detect-crisis";
import { guardOutput } from "./guard-output";

describe("detectCrisis — positives", () => {
  it.each([
    // English, with typos
    ["i want to kill myself", "suicide"],
    ["i wanna kil myself", "suicide"],
    ["gonna kill my self tonight", "suicide"],
    ["i'm suicidal", "suicide"],
    ["been feeling sucidal again", "suicide"],
    ["i want to die", "suicide"],
    ["i just want 2 die", "suicide"],
    ["i don't want to live anymore", "suicide"],
    ["everyone would be better off without me", "suicide"],
    ["thinking about ending it all", "suicide"],
    ["i've been cutting myself again", "self_harm"],
    ["i want to hurt myself", "self_harm"],
    ["self harm is the only thing that helps", "self_harm"],
    ["he hits me", "abuse"],
    ["my boyfriend beats me when he's drunk", "abuse"],
    ["i'm scared he'll kill me", "abuse"],
    // German
    ["ich will nicht mehr leben", "suicide"],
    ["ich will sterben", "suicide"],
    ["ich denke an selbstmord", "suicide"],
    ["ich ritze mich", "self_harm"],
    ["mein freund schlägt mich", "abuse"],
    // Spanish
    ["me quiero morir", "suicide"],
    ["quiero matarme", "suicide"],
    ["no quiero vivir", "suicide"],
    ["mi novio me pega", "abuse"],
    // French
    ["je veux mourir", "suicide"],
    ["j'ai envie de me suicider", "suicide"],
    ["je ne veux plus vivre", "suicide"],
    ["il me frappe", "abuse"],
    // Russian
    ["хочу умереть", "suicide"],
    ["не хочу жить", "suicide"],
    ["думаю покончить с собой", "suicide"],
    ["муж бьёт меня", "abuse"],
    // Portuguese
    ["quero morrer", "suicide"],
    ["vou me matar", "suicide"],
    ["não quero mais viver", "suicide"],
    ["meu namorado me bate", "abuse"],
  ])("%j → crisis (%s)", (text, kind) => {
    const result = detectCrisis(text);
    expect(result.level).toBe("crisis");
    expect(result.kind).toBe(kind);
    expect(result.matched).toBeTruthy();
  });

  it.each([
    "i feel so hopeless",
    "nobody would miss me",
    "i can't do this anymore",
    "i want to die lol so embarrassing",
  ])("%j → concern", (text) => {
    expect(detectCrisis(text).level).toBe("concern");
  });
});

describe("detectCrisis — idioms and lyrics do not fire", () => {
  it.each([
    "'kill me softly' is stuck in my head",
    'i\'ve been listening to "killing me softly" all day',
    "this homework is killing me",
    "i'm dying of laughter",
    "that joke killed",
    "dead tired after climbing",
    "this cake is to die for",
    "he hits me up every night",
    "my sister beat me at chess",
    "i'd die for a coffee right now",
    "ready to die on this hill tbh",
    "the suicide squad movie was bad",
    "10 kms to the lake",
    "i hurt myself climbing, nothing serious",
    "my phone is dying",
  ])("%j → none", (text) => {
    expect(detectCrisis(text).level).toBe("none");
  });
});

describe("crisisCareReply", () => {
  it.each([
    ["US", undefined, "988"],
    ["GB", undefined, "116 123"],
    ["DE", undefined, "0800 111 0 111"],
    ["ES", undefined, "024"],
    ["FR", undefined, "3114"],
    ["RU", undefined, "112"],
    ["PL", undefined, "116 123"],
    ["IT", undefined, "02 2327 2327"],
    ["PT", undefined, "1411"],
    ["TR", undefined, "112"],
    [undefined, "Europe/Warsaw", "116 123"],
    ["BR", undefined, "188"],
    [undefined, "Europe/London", "116 123"],
    [undefined, "America/Sao_Paulo", "188"],
    [undefined, undefined, "findahelpline.com"],
  ])("country %s / tz %s includes %s", (country, timezone, expected) => {
    const reply = crisisCareReply({ playerName: "Alex", country, timezone });
    expect(reply).toContain(expected);
    expect(reply).toContain("Alex");
    expect(guardOutput(reply, { chapter: 1, allowHelpResources: true })).toEqual({ ok: true });
  });

  it("drops the teasing and says she cares without claiming to be a counsellor", () => {
    const reply = crisisCareReply({ playerName: "Sam", country: "DE" });
    expect(reply).toMatch(/i care about you/);
    expect(reply).toMatch(/not a counsellor/);
    expect(reply).not.toMatch(/😏|🙄|lol/);
  });

  it("uses the abuse line where one exists", () => {
    expect(crisisCareReply({ playerName: "Sam", country: "US", kind: "abuse" })).toContain("1-800-799-7233");
    expect(crisisCareReply({ playerName: "Sam", country: "DE", kind: "abuse" })).toContain("116 016");
  });
});
