// §9 rate limits: 20 per minute, 500 per UTC day, needing space from 450, none in a boss fight.
import { describe, expect, it } from "vitest";
import { createRateLimitState, rateDecision, registerMessage } from "./rate-limit";
import { RATE_LIMIT_RULES } from "./rules";
import { at, hoursAfter } from "./testing";

const L = RATE_LIMIT_RULES;

describe("rate decisions from counts that exclude this message", () => {
  it.each([
    [0, 0, "ok"],
    [L.perMinute - 1, 10, "ok"],
    [L.perMinute, 10, "limited_minute"],
    [0, L.needsSpaceFrom - 2, "ok"],
    [0, L.needsSpaceFrom - 1, "needs_space"],
    [0, L.perUtcDay - 1, "needs_space"],
    [0, L.perUtcDay, "limited_day"],
  ] as const)("last minute %i, today %i → %s", (lastMinute, today, decision) => {
    expect(rateDecision({ lastMinute, today }, false)).toBe(decision);
  });

  it("never limits inside a boss fight", () => {
    expect(rateDecision({ lastMinute: 99, today: 999 }, true)).toBe("ok");
  });
});

describe("stateful limiter", () => {
  it("20 per sliding minute; the 21st waits until the window moves", () => {
    let state = createRateLimitState();
    const t0 = at("2025-03-03T12:00:00Z");
    const decisions: string[] = [];
    for (let i = 0; i <= L.perMinute; i++) {
      const r = registerMessage(state, new Date(t0.getTime() + i * 1000), false);
      state = r.state;
      decisions.push(r.decision);
    }
    expect(decisions.filter((d) => d === "ok")).toHaveLength(L.perMinute);
    expect(decisions.at(-1)).toBe("limited_minute");
    expect(registerMessage(state, new Date(t0.getTime() + 61_000), false).decision).toBe("ok");
  });

  it("the day count resets on a new UTC day", () => {
    const state = { recent: [], day: "2025-03-03", today: L.perUtcDay };
    expect(registerMessage(state, at("2025-03-03T23:59:00Z"), false).decision).toBe("limited_day");
    expect(registerMessage(state, hoursAfter(at("2025-03-03T23:59:00Z"), 1), false).decision).toBe("ok");
  });
});
