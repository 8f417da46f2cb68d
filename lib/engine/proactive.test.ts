// §8 proactive messages: local windows, one draw per window, 24 h silence, the "never" rules.
import { describe, expect, it } from "vitest";
import { createConflictState } from "./conflict";
import { decideProactive, type ProactiveInput, proactiveWindowKey } from "./proactive";
import { PROACTIVE_RULES } from "./rules";
import { at, hoursAfter } from "./testing";

// 07:30 UTC = 08:30 in Berlin (winter): inside the morning window.
const MORNING = at("2025-03-03T07:30:00.000Z");
const always = () => 0;
const never = () => 0.999;
const input = (overrides: Partial<ProactiveInput> = {}): ProactiveInput => ({
  game: { status: "active", chapter: 2 },
  conflict: createConflictState(),
  timeZone: "Europe/Berlin",
  notificationsEnabled: true,
  isBotBlocked: false,
  lastProactiveAt: null,
  lastMessageAt: hoursAfter(MORNING, -3),
  lastEvaluatedWindow: null,
  ...overrides,
});

describe("windows (local 08–10 and 19–21)", () => {
  it.each([
    ["2025-03-03T06:59:00Z", null],
    ["2025-03-03T07:00:00Z", "2025-03-03:morning"],
    ["2025-03-03T08:59:00Z", "2025-03-03:morning"],
    ["2025-03-03T09:00:00Z", null],
    ["2025-03-03T18:00:00Z", "2025-03-03:evening"],
    ["2025-03-03T20:00:00Z", null],
  ])("%s in Berlin → %s", (iso, key) => {
    expect(proactiveWindowKey(at(iso), "Europe/Berlin")).toBe(key);
  });

  it("draws once per window with the chapter probability", () => {
    const sent = decideProactive(input(), MORNING, always);
    expect(sent).toEqual({
      shouldSend: true,
      reason: "window",
      blockedBy: null,
      evaluatedWindow: "2025-03-03:morning",
    });
    const missed = decideProactive(input(), MORNING, never);
    expect(missed).toMatchObject({ shouldSend: false, evaluatedWindow: "2025-03-03:morning" });
    const again = decideProactive(input({ lastEvaluatedWindow: "2025-03-03:morning" }), MORNING, always);
    expect(again.shouldSend).toBe(false);
  });

  it("the draw uses the chapter's probability range", () => {
    const [min, max] = PROACTIVE_RULES.probabilityByChapter[2];
    const draws = [min - 0.001, 0];
    const justBelow = () => draws.shift() ?? 0;
    expect(decideProactive(input(), MORNING, justBelow).shouldSend).toBe(true);
    const tooHigh = [max, 1];
    expect(decideProactive(input(), MORNING, () => tooHigh.shift() ?? 1).shouldSend).toBe(false);
  });

  it("outside a window nothing is drawn", () => {
    expect(decideProactive(input(), at("2025-03-03T12:00:00Z"), always)).toMatchObject({
      shouldSend: false,
      evaluatedWindow: null,
    });
  });
});

describe("after 24 h of silence", () => {
  const noon = at("2025-03-03T12:00:00Z");
  it.each([
    [PROACTIVE_RULES.silenceHours, true],
    [PROACTIVE_RULES.silenceHours - 0.1, false],
  ])("%s h since the last message → %s", (hours, expected) => {
    const d = decideProactive(input({ lastMessageAt: hoursAfter(noon, -hours) }), noon, never);
    expect(d.shouldSend).toBe(expected);
    if (expected) expect(d.reason).toBe("silence");
  });
});

describe("never", () => {
  const silent = { lastMessageAt: hoursAfter(MORNING, -48) };
  it.each([
    ["within 4 h of another proactive", { lastProactiveAt: hoursAfter(MORNING, -3.9) }, "too_soon"],
    [
      "in HOT conflict",
      { conflict: { ...createConflictState(), temperature: 50, updatedAt: MORNING } },
      "conflict",
    ],
    [
      "in CRITICAL conflict",
      { conflict: { ...createConflictState(), temperature: 90, updatedAt: MORNING } },
      "conflict",
    ],
    ["with notifications off", { notificationsEnabled: false }, "notifications_off"],
    ["when the bot is blocked", { isBotBlocked: true }, "bot_blocked"],
    ["during a boss fight", { game: { status: "boss_fight" as const, chapter: 2 as const } }, "status"],
    ["after game over", { game: { status: "game_over" as const, chapter: 2 as const } }, "status"],
  ])("%s", (_, overrides, blockedBy) => {
    const d = decideProactive(input({ ...silent, ...overrides }), MORNING, always);
    expect(d).toMatchObject({ shouldSend: false, blockedBy });
  });

  it("4 h after the last proactive is allowed again; WARM conflict is allowed", () => {
    const d = decideProactive(
      input({
        ...silent,
        lastProactiveAt: hoursAfter(MORNING, -4),
        conflict: { ...createConflictState(), temperature: 49, updatedAt: MORNING },
      }),
      MORNING,
      always,
    );
    expect(d.shouldSend).toBe(true);
  });
});
