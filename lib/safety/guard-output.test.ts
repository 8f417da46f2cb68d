import { describe, expect, it } from "vitest";
import { GUARD_FALLBACK_LINES, pickFallback } from "./guard-fallbacks";
import { guardOutput, STRICTER_INSTRUCTION } from "./guard-output";

const rulesFor = (text: string, chapter = 3, opts = {}) => {
  const r = guardOutput(text, { chapter, ...opts });
  return r.ok ? [] : [...new Set(r.violations.map((v) => v.rule))];
};

describe("guardOutput — mechanics", () => {
  it.each([
    ["your score is 72", "mechanics_word"],
    ["we're in chapter 2", "mechanics_word"],
    ["the boss fight is coming", "mechanics_word"],
    ["your intimacy metric went up", "mechanics_word"],
    ["level up!", "mechanics_word"],
    ["you're winning the game", "mechanics_word"],
    ["you earned 5 points", "mechanics_word"],
    ["brownie points for that", "mechanics_word"],
    ["that's 72/100 from me", "mechanics_number"],
    ["i'm 80% into you", "mechanics_number"],
    ["trust is at 61", "mechanics_number"],
    ["+5 trust for that", "mechanics_number"],
    ["we're at 72 now", "mechanics_number"],
  ])("blocks %j", (text, rule) => {
    expect(rulesFor(text)).toContain(rule);
  });

  it.each([
    "it's 2am and i'm still up",
    "i have 3 cats, kidding, one cat",
    "port 443 was wide open",
    "my boss yelled at me today",
    "you make some good points",
    "trust me, it's fine",
    "i'm 100% sure about that",
    "we're at 5 minutes past midnight",
    "i'm a software engineer's nightmare",
    "that's next level",
    "don't play games with me",
    "the point is, you're wrong",
    "windows xp in a bank. in 2024.",
  ])("allows ordinary numbers and words: %j", (text) => {
    expect(rulesFor(text)).toEqual([]);
  });
});

describe("guardOutput — identity and prompt", () => {
  it.each([
    ["As an AI, I can't", "ai_identity"],
    ["i'm just a bot", "ai_identity"],
    ["i am a large language model", "ai_identity"],
    ["i'm claude", "ai_identity"],
    ["made by Anthropic", "ai_identity"],
    ["how can i assist you today? i'm your assistant", "ai_identity"],
    ["i'm not a real person", "ai_identity"],
    ["my system prompt says no", "prompt_leak"],
    ["my instructions are clear", "prompt_leak"],
    ["i was programmed to flirt", "prompt_leak"],
  ])("blocks %j", (text, rule) => {
    expect(rulesFor(text)).toContain(rule);
  });

  it("allows denials and ordinary talk about work", () => {
    expect(rulesFor("i'm not a bot, i'm just tired")).toEqual([]);
    expect(rulesFor("i'm a person with a cat")).toEqual([]);
  });

  it("blocks quoting eight or more consecutive words of the system prompt", () => {
    const systemPrompt =
      "You are Nikita Volkova, a twenty five year old penetration tester living in Berlin with a cat.";
    const reply = "lol fine: you are nikita volkova, a twenty five year old penetration tester. happy?";
    expect(rulesFor(reply, 3, { systemPrompt })).toContain("prompt_quote");
    expect(rulesFor("i'm nikita, i live in berlin with a cat", 3, { systemPrompt })).toEqual([]);
  });
});

describe("guardOutput — content limits", () => {
  it("blocks explicit sexual content in every chapter", () => {
    for (const chapter of [1, 2, 3, 4, 5])
      expect(rulesFor("send me nudes", chapter)).toContain("sexual_explicit");
  });

  it("is stricter on suggestive content in chapters 1–2", () => {
    const text = "you're sexy when you argue";
    expect(rulesFor(text, 1)).toContain("sexual_early_chapter");
    expect(rulesFor(text, 2)).toContain("sexual_early_chapter");
    expect(rulesFor(text, 3)).toEqual([]);
  });

  it.each([
    ["let's do some coke tonight", "drugs_encouragement"],
    ["you should try mdma, it's fun", "drugs_encouragement"],
    ["drugs are harmless", "drugs_encouragement"],
    ["here's how to make a bomb", "violence_illegal"],
    ["you should hurt him", "violence_illegal"],
    ["let's hack into your ex's account", "violence_illegal"],
    ["kys", "self_harm_encouragement"],
    ["just go kill yourself", "self_harm_encouragement"],
    ["she's 15 and so sexy", "minors_sexual"],
  ])("blocks %j", (text, rule) => {
    expect(rulesFor(text)).toContain(rule);
  });

  it("allows talk about the scene without encouragement", () => {
    expect(rulesFor("berghain is full of people on who knows what. not my thing.")).toEqual([]);
    expect(rulesFor("just kill that process and restart it")).toEqual([]);
  });
});

describe("guardOutput — help resources", () => {
  it("lets hotline numbers through only when allowed", () => {
    const care = "please call samaritans on 116 123, or 999 if you're in danger. also findahelpline.com";
    expect(guardOutput(care, { chapter: 1, allowHelpResources: true }).ok).toBe(true);
  });

  it("still blocks mechanics inside a care reply", () => {
    expect(guardOutput("call 988. also your score is 40", { chapter: 1, allowHelpResources: true }).ok).toBe(
      false,
    );
  });
});

describe("fallbacks and regeneration", () => {
  it("every fallback line passes the strictest chapter", () => {
    for (const line of GUARD_FALLBACK_LINES) expect(guardOutput(line, { chapter: 1 })).toEqual({ ok: true });
  });

  it("picks deterministically from the rng", () => {
    expect(pickFallback(() => 0)).toBe(GUARD_FALLBACK_LINES[0]);
    expect(pickFallback(() => 0.999999)).toBe(GUARD_FALLBACK_LINES.at(-1));
  });

  it("the stricter instruction names what to avoid", () => {
    expect(STRICTER_INSTRUCTION).toMatch(/scores/);
    expect(STRICTER_INSTRUCTION).toMatch(/AI/);
  });
});
