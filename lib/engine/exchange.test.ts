// §1 per-exchange scoring in order: warmth, multiplier, chapter cap, clamps, events, boss trigger.
import { describe, expect, it } from "vitest";
import { createConflictState } from "./conflict";
import { recordPlayerMessage } from "./conversation";
import { createEngagementState } from "./engagement";
import { applyExchange, shapeDeltas, warmthBonus } from "./exchange";
import { CHAPTER_RULES, CONFLICT_RULES, ENGAGEMENT_MULTIPLIERS, SCORE_RULES, WARMTH_RULES } from "./rules";
import { round2 } from "./score";
import { activeState, analysis, flatMetrics, hoursAfter, metrics, T0 } from "./testing";
import type { EngineState } from "./types";
import { CHAPTERS, type Chapter, ENGAGEMENT_STATES, type EngagementStateName } from "./vocabulary";

const inZone = { ...createEngagementState(), state: "IN_ZONE" as const };
const zoned = (game: Parameters<typeof activeState>[1] = {}) => activeState(T0, game, { engagement: inZone });
const warm = analysis({ behaviours: [WARMTH_RULES.behaviour] });

describe("step 1: warmth bonus for vulnerability exchanges", () => {
  it.each([
    [0, WARMTH_RULES.trustBonusByOrdinal[0]],
    [1, WARMTH_RULES.trustBonusByOrdinal[1]],
    [2, 0],
    [5, 0],
  ])("with %i earlier in the conversation: +%s trust", (count, bonus) => {
    expect(warmthBonus(warm, count)).toBe(bonus);
  });

  it("no bonus without the behaviour", () => {
    expect(warmthBonus(analysis(), 0)).toBe(0);
  });

  it("1st +2, 2nd +1, 3rd 0 in one conversation; a new conversation starts again", () => {
    let state = zoned();
    const trust: number[] = [];
    for (const minutes of [0, 1, 2, 30]) {
      const now = hoursAfter(T0, minutes / 60);
      state = { ...state, game: recordPlayerMessage(state.game, now, "UTC").game };
      state = applyExchange(state, warm, { now }).state;
      trust.push(state.game.metrics.trust);
    }
    expect(trust).toEqual([52, 53, 53, 55]);
  });

  it("trust delta is capped at +10 before the chapter cap", () => {
    const shaped = shapeDeltas(metrics(0, 0, 9.5, 0), 2, "IN_ZONE", 1);
    expect(shaped.trust).toBe(CHAPTER_RULES[1].deltaCap);
    expect(Math.min(9.5 + 2, WARMTH_RULES.trustDeltaCap)).toBe(WARMTH_RULES.trustDeltaCap);
  });
});

describe("step 2: engagement multiplier on positive deltas only", () => {
  it.each(ENGAGEMENT_STATES.map((s) => [s] as [EngagementStateName]))("%s", (name) => {
    const state = activeState(T0, {}, { engagement: { ...createEngagementState(), state: name } });
    const result = applyExchange(state, analysis({ deltas: { intimacy: 2, passion: -2 } }), { now: T0 });
    const row = result.history[0];
    expect(row?.multiplier).toBe(ENGAGEMENT_MULTIPLIERS[name]);
    expect(row?.deltas.intimacy).toBe(round2(2 * ENGAGEMENT_MULTIPLIERS[name]));
    expect(row?.deltas.passion).toBe(-2);
  });
});

describe("step 3: chapter cap", () => {
  it.each(CHAPTERS.map((c) => [c] as [Chapter]))("chapter %i clamps each delta to ±cap", (chapter) => {
    const cap = CHAPTER_RULES[chapter].deltaCap;
    const state = zoned({ chapter });
    const result = applyExchange(
      state,
      analysis({ deltas: { intimacy: 10, passion: -10, trust: cap, secureness: 0.5 } }),
      {
        now: T0,
      },
    );
    expect(result.history[0]?.deltas).toEqual(metrics(cap, -cap, cap, 0.5));
  });
});

describe("step 4: metrics, score and history", () => {
  it("clamps metrics at 100 and 0", () => {
    const state = zoned({ metrics: metrics(99, 1, 50, 50) });
    const result = applyExchange(state, analysis({ deltas: { intimacy: 3, passion: -3 } }), { now: T0 });
    expect(result.state.game.metrics).toEqual(metrics(100, 0, 50, 50));
    expect(result.history[0]?.deltas).toEqual(metrics(1, -1, 0, 0));
  });

  it("writes one history row with deltas, multiplier and explanation", () => {
    const state = activeState(T0);
    const result = applyExchange(state, analysis({ deltas: { trust: 1 }, explanation: "kept her promise" }), {
      now: T0,
      source: "voice_call",
    });
    expect(result.history).toEqual([
      {
        kind: "voice_call",
        at: T0,
        chapter: 1,
        scoreBefore: 50,
        scoreAfter: 50.23,
        deltas: metrics(0, 0, 0.9, 0),
        multiplier: ENGAGEMENT_MULTIPLIERS.CALIBRATING,
        hours: null,
        amount: null,
        explanation: "kept her promise",
      },
    ]);
    expect(result.state.game.score).toBe(50.23);
  });

  it("rejected analysis (neutral) changes nothing but is still a scored exchange", () => {
    const result = applyExchange(activeState(T0), analysis(), { now: T0 });
    expect(result.scored).toBe(true);
    expect(result.state.game.metrics).toEqual(flatMetrics(SCORE_RULES.initialMetric));
  });
});

describe("events from the score change", () => {
  const line = SCORE_RULES.criticalLowBelow;
  it.each([
    ["crossing below 20", line + 0.5, -1, ["critical_low"]],
    ["back to 20", line - 1, 1, ["recovery"]],
    ["staying above", line + 5, -1, []],
  ])("%s", (_, start, delta, types) => {
    const state = zoned({ metrics: flatMetrics(start) });
    const d = { intimacy: delta, passion: delta, trust: delta, secureness: delta };
    expect(applyExchange(state, analysis({ deltas: d }), { now: T0 }).events.map((e) => e.type)).toEqual(
      types,
    );
  });

  it("score 0 ends the game", () => {
    const state = zoned({ metrics: flatMetrics(2) });
    const result = applyExchange(
      state,
      analysis({ deltas: { intimacy: -3, passion: -3, trust: -3, secureness: -3 } }),
      {
        now: T0,
      },
    );
    expect(result.state.game.score).toBe(0);
    expect(result.state.game.status).toBe("game_over");
    expect(result.state.game.gameOverReason).toBe("score_zero");
    expect(result.events.map((e) => e.type)).toEqual(["game_over"]);
  });
});

describe("boss trigger after a scored exchange", () => {
  const threshold = CHAPTER_RULES[1].bossThreshold;
  const lift = analysis({ deltas: { intimacy: 1, passion: 1, trust: 1, secureness: 1 } });
  it.each([
    ["exactly at the threshold", threshold - 1, null, true],
    ["0.01 below", threshold - 1.01, null, false],
    ["cooldown still in force", threshold - 1, hoursAfter(T0, 0.001), false],
    ["cooldown ends exactly now", threshold - 1, T0, true],
    ["cooldown over", threshold - 1, hoursAfter(T0, -1), true],
  ])("%s", (_, start, cooldownUntil, triggers) => {
    const state = zoned({ metrics: flatMetrics(start), bossCooldownUntil: cooldownUntil });
    const result = applyExchange(state, lift, { now: T0 });
    expect(result.state.game.status).toBe(triggers ? "boss_fight" : "active");
    expect(result.events.some((e) => e.type === "boss_threshold_reached")).toBe(triggers);
    if (triggers) {
      expect(result.state.game.bossPhase).toBe("opening");
      expect(result.state.game.bossStartedAt).toEqual(T0);
      expect(result.history.map((h) => h.kind)).toEqual(["conversation", "boss_initiated"]);
    }
  });
});

describe("only active players are scored", () => {
  it.each(["onboarding", "boss_fight", "game_over", "won"] as const)("%s", (status) => {
    const state = zoned({ status });
    const result = applyExchange(state, analysis({ deltas: { trust: 3 } }), { now: T0 });
    expect(result).toEqual({ state, events: [], history: [], scored: false });
  });
});

describe("conflict, Gottman counts and vices ride along", () => {
  it("a contemptuous negative exchange heats, counts negative, and vices move", () => {
    const state = zoned();
    const result = applyExchange(
      state,
      analysis({
        deltas: { intimacy: -2, passion: -2, trust: -2, secureness: -2 },
        behaviours: ["horseman:contempt"],
        vice_signals: [{ category: "dark_humor", confidence: 0.8, positive: true }],
      }),
      { now: T0 },
    );
    const heat = CONFLICT_RULES.heatPerNegativeDelta * 2 + CONFLICT_RULES.horsemanHeat.contempt;
    expect(result.state.conflict).toEqual({
      temperature: heat,
      updatedAt: T0,
      positiveCount: 0,
      negativeCount: 1,
      criticalNegativeStreak: 0,
    });
    expect(result.state.vices.dark_humor).toBeGreaterThan(state.vices.dark_humor);
  });

  it("a third consecutive negative exchange in CRITICAL ends the game (break-up)", () => {
    const critical = { ...createConflictState(), temperature: 90, updatedAt: T0, criticalNegativeStreak: 2 };
    const state: EngineState = { ...zoned(), conflict: critical };
    const result = applyExchange(state, analysis({ deltas: { trust: -1 } }), { now: T0 });
    expect(result.state.game.status).toBe("game_over");
    expect(result.state.game.gameOverReason).toBe("conflict_breakup");
    expect(result.events.at(-1)).toEqual({ type: "game_over", reason: "conflict_breakup" });
  });
});
