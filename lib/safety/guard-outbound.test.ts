// guardOutbound, the one-call guard for lines with no regeneration path (canned lines, boss
// lines, job texts): clean lines pass unchanged, leaks become an in-character fallback with
// the blocked draft and its rules kept for the safety queue; quoting the system prompt is a
// leak; crisis-care replies with every country's help lines pass only with allowHelpResources.
import { describe, expect, it } from "vitest";
import { STABLE_PREFIX } from "@/lib/agents/prompt/stable-prefix";
import { crisisCareReply } from "./crisis-care-reply";
import { GUARD_FALLBACK_LINES } from "./guard-fallbacks";
import { guardOutbound } from "./guard-outbound";
import { HELP_RESOURCES } from "./help-resources";

const rng = () => 0.3;

describe("guardOutbound", () => {
  it("sends a clean line unchanged", () => {
    expect(guardOutbound("you again. good.", { chapter: 1, rng })).toEqual({
      text: "you again. good.",
      blocked: [],
    });
  });

  it.each([
    ["your score is 72", "mechanics_word"],
    ["i'm claude, made by anthropic", "ai_identity"],
    ["welcome to chapter 3", "mechanics_word"],
  ])("replaces %j with a fallback and reports %s", (text, rule) => {
    const guarded = guardOutbound(text, { chapter: 2, rng });
    expect(GUARD_FALLBACK_LINES).toContain(guarded.text);
    expect(guarded.blocked).toEqual([{ original: text, rules: expect.arrayContaining([rule]) }]);
  });

  it("blocks a line quoting eight or more words of her system prompt", () => {
    const quote = STABLE_PREFIX.split(/\s+/).slice(100, 110).join(" ");
    const guarded = guardOutbound(`fine: ${quote}`, { chapter: 3, rng, systemPrompt: STABLE_PREFIX });
    expect(guarded.blocked[0]?.rules).toContain("prompt_quote");
    const short = STABLE_PREFIX.split(/\s+/).slice(100, 106).join(" ");
    expect(guardOutbound(short, { chapter: 3, rng, systemPrompt: STABLE_PREFIX }).blocked).toEqual([]);
  });

  it("lets every country's crisis-care reply through with its help lines, and only with them", () => {
    for (const country of Object.keys(HELP_RESOURCES)) {
      for (const kind of ["self_harm", "suicide", "abuse", undefined] as const) {
        const care = crisisCareReply({ playerName: "Sam", country, kind });
        const guarded = guardOutbound(care, {
          chapter: 1,
          rng,
          allowHelpResources: true,
          systemPrompt: STABLE_PREFIX,
        });
        expect(guarded, `${country} ${kind}`).toEqual({ text: care, blocked: [] });
      }
    }
    const sneaky = "call 0800 111 0 111. also you're at 72 now";
    expect(guardOutbound(sneaky, { chapter: 1, rng, allowHelpResources: true }).blocked).toHaveLength(1);
  });
});
