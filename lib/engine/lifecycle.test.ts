// §9/§10 onboarding, terminal replies and the reset after game over or a win.
import { describe, expect, it } from "vitest";
import { applyExchange } from "./exchange";
import { completeOnboarding, createEngineState, resetGame, terminalReply } from "./lifecycle";
import { FIRST_CHAPTER, SCORE_RULES } from "./rules";
import { activeState, analysis, flatMetrics, hoursAfter, T0 } from "./testing";
import { seedVices } from "./vices";

describe("onboarding", () => {
  it("a new player waits in onboarding and is never scored", () => {
    const state = createEngineState(T0);
    expect(state.game.status).toBe("onboarding");
    expect(applyExchange(state, analysis({ deltas: { trust: 3 } }), { now: T0 }).scored).toBe(false);
  });

  it("requires 18+ and seeds vices from darkness", () => {
    expect(completeOnboarding(createEngineState(T0), { darkness: 4, isAdultConfirmed: false }, T0)).toEqual({
      ok: false,
      reason: "not_adult",
    });
    const done = completeOnboarding(
      createEngineState(T0),
      { darkness: 4, isAdultConfirmed: true },
      hoursAfter(T0, 1),
    );
    expect(done.ok && done.state.game.status).toBe("active");
    expect(done.ok && done.state.game.startedAt).toEqual(hoursAfter(T0, 1));
    expect(done.ok && done.state.vices).toEqual(seedVices(4));
  });
});

describe("terminal states", () => {
  it.each([
    ["game_over", "final_line"],
    ["won", "affectionate_line"],
    ["active", null],
    ["boss_fight", null],
  ] as const)("%s → %s", (status, reply) => {
    expect(terminalReply(activeState(T0, { status }).game)).toBe(reply);
  });

  it.each(["game_over", "won"] as const)("reset after %s restarts everything the game measures", (status) => {
    const ended = activeState(T0, {
      status,
      chapter: 4,
      metrics: flatMetrics(12),
      bossAttempts: 2,
      gameOverReason: status === "game_over" ? "boss_fails" : null,
      daysPlayed: 30,
      messagesExchanged: 900,
    });
    const later = hoursAfter(T0, 48);
    const r = resetGame(
      {
        ...ended,
        engagement: { ...ended.engagement, state: "CLINGY" },
        conflict: { ...ended.conflict, temperature: 80 },
      },
      2,
      later,
    );
    const g = r.state.game;
    expect(g).toMatchObject({
      status: "active",
      chapter: FIRST_CHAPTER,
      bossAttempts: 0,
      score: SCORE_RULES.initialMetric,
    });
    expect(g.metrics).toEqual(flatMetrics(SCORE_RULES.initialMetric));
    expect(g.startedAt).toEqual(later);
    expect(g.gameOverReason).toBeNull();
    expect(r.state.engagement.state).toBe("CALIBRATING");
    expect(r.state.conflict.temperature).toBe(0);
    expect(r.state.vices).toEqual(seedVices(2));
    expect(r.history.map((h) => h.kind)).toEqual(["reset"]);
  });

  it("reset does nothing while a game is running", () => {
    const state = activeState(T0);
    expect(resetGame(state, 3, T0).state).toBe(state);
  });
});
