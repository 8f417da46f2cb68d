import { describe, expect, it } from "vitest";
import { cleanName, emojiTokens, fillTemplate, limitEmoji, renderFact, shapeReply } from "./voice";

describe("voice shaping", () => {
  it("keeps at most two of her emoji and drops foreign ones", () => {
    expect(limitEmoji("hi 😏 🙄 😘 🎉")).toBe("hi 😏 🙄");
    expect(emojiTokens(limitEmoji("ok 🎉🎉 :) ;) :/"))).toEqual([":)", ";)"]);
  });

  it("does not count a url as an emoticon", () => {
    expect(emojiTokens("see https://findahelpline.com")).toEqual([]);
  });

  it("strips role-play asterisks", () => {
    expect(shapeReply("*sighs* fine.")).toBe("fine.");
  });

  it("fills or gracefully drops the name", () => {
    expect(fillTemplate("hey {name}. what's up", "Mara")).toBe("hey Mara. what's up");
    expect(fillTemplate("that was unnecessary, {name}. and you know it.", "")).toBe(
      "that was unnecessary. and you know it.",
    );
    expect(fillTemplate("{name}, breathe.", "")).toBe("breathe.");
    expect(cleanName("<script>Bob</script>")).toBe("scriptBobscript");
  });

  it.each([
    [{ subject: "user", predicate: "works as", object: "a nurse" }, "you work as a nurse"],
    [{ subject: "user", predicate: "is named", object: "Jonas" }, "you are named jonas"],
    [{ subject: "user", predicate: "has a dog called", object: "Pixel" }, "you have a dog called pixel"],
    [{ subject: "user", predicate: "studies", object: "physics" }, "you study physics"],
    [{ subject: "user", predicate: "lost", object: "their dad" }, "you lost your dad"],
    [{ subject: "user's sister", predicate: "lives", object: "in Lyon" }, "your sister lives in lyon"],
    [{ subject: "Sam", predicate: "likes", object: "techno" }, "you like techno"],
  ])("renders %j", (fact, expected) => {
    expect(renderFact(fact, "Sam")).toBe(expected);
  });

  it("skips facts about anyone else", () => {
    expect(renderFact({ subject: "nikita", predicate: "likes", object: "coffee" })).toBeUndefined();
  });
});
