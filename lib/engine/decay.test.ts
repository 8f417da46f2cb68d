// §4 decay: grace, whole-hour accrual, decayed_through, daily and per-run caps, floors, warnings.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyDecay,
  computeDecay,
  DECAY_CONFIG,
  type DecayConfig,
  nextDecayAt,
  nextDecayTime,
} from "./decay";
import { CHAPTER_RULES, DECAY_RULES, TIME } from "./rules";
import { compositeScore, round2 } from "./score";
import { activeState, at, flatMetrics, hoursAfter, metrics } from "./testing";
import { utcDayKey } from "./time";
import type { PlayerGameState } from "./types";
import { CHAPTERS, type Chapter } from "./vocabulary";

const LAST_MESSAGE = at("2025-03-03T00:00:00.000Z");
const ch1 = CHAPTER_RULES[1];
const player = (game: Partial<PlayerGameState> = {}) =>
  activeState(LAST_MESSAGE, { lastPlayerMessageAt: LAST_MESSAGE, ...game });
const afterGrace = (hours: number, chapter: Chapter = 1) =>
  hoursAfter(LAST_MESSAGE, CHAPTER_RULES[chapter].decayGraceHours + hours);

describe("grace and linear accrual", () => {
  it.each([
    ["exactly at grace", 0, 0, 0],
    ["59 minutes after grace", 59 / 60, 0, 0],
    ["one hour after grace", 1, 1, ch1.decayRatePerHour],
    ["four and a half hours", 4.5, 4, round2(4 * ch1.decayRatePerHour)],
  ])("%s: %s h overdue → %i h charged, %s points", (_, overdue, hours, amount) => {
    const d = computeDecay(player().game, afterGrace(overdue));
    expect(d.hours).toBe(hours);
    expect(d.amount).toBe(amount);
  });

  it.each(CHAPTERS.map((c) => [c] as [Chapter]))("chapter %i uses its grace and rate", (chapter) => {
    const rule = CHAPTER_RULES[chapter];
    const game = player({ chapter }).game;
    expect(computeDecay(game, afterGrace(0, chapter)).hours).toBe(0);
    expect(computeDecay(game, afterGrace(2, chapter))).toMatchObject({
      hours: 2,
      amount: round2(2 * rule.decayRatePerHour),
    });
  });

  it("without any message yet, grace counts from the start of the game", () => {
    const fresh = activeState(LAST_MESSAGE).game;
    expect(computeDecay(fresh, afterGrace(2)).hours).toBe(2);
  });

  it("nextDecayAt is the first moment a run would charge an hour", () => {
    const game = player().game;
    expect(nextDecayAt(game)).toEqual(afterGrace(1));
    expect(computeDecay(game, nextDecayAt(game) ?? LAST_MESSAGE).hours).toBe(1);
    expect(nextDecayAt({ ...game, decayedThrough: afterGrace(5) })).toEqual(afterGrace(6));
    expect(nextDecayAt({ ...game, status: "boss_fight" })).toBeNull();
  });

  it("nextDecayTime is the same moment in ms, +Infinity when nothing decays", () => {
    const game = player().game;
    expect(nextDecayTime(game)).toBe(afterGrace(1).getTime());
    expect(nextDecayTime({ ...game, decayedThrough: afterGrace(5) })).toBe(afterGrace(6).getTime());
    expect(nextDecayTime({ ...game, status: "boss_fight" })).toBe(Number.POSITIVE_INFINITY);
  });

  it("grace counts from the later of the last message and the last boss exit", () => {
    const exit = hoursAfter(LAST_MESSAGE, 5);
    expect(computeDecay(player({ lastBossExitAt: exit }).game, afterGrace(3)).hours).toBe(0);
    expect(computeDecay(player({ lastBossExitAt: exit }).game, afterGrace(6)).hours).toBe(1);
  });
});

describe("decayed_through: no hour is charged twice", () => {
  it("a re-run at the same moment charges nothing", () => {
    const first = applyDecay(player(), afterGrace(3));
    expect(first.decay).toMatchObject({ hours: 3, decayedThrough: afterGrace(3) });
    const again = applyDecay(first.state, afterGrace(3.9));
    expect(again.decay.hours).toBe(0);
    expect(again.state).toBe(first.state);
  });

  it("hourly runs charge exactly what one run would", () => {
    let state = player();
    let total = 0;
    for (let h = 1; h <= 6; h++) {
      const r = applyDecay(state, afterGrace(h));
      total += r.decay.amount;
      state = r.state;
    }
    expect(round2(total)).toBe(computeDecay(player().game, afterGrace(6)).amount);
  });
});

describe("daily cap per UTC day of the run", () => {
  it("one long absence: capped at the chapter cap, the rest forgiven", () => {
    const lastMessage = at("2025-03-02T12:00:00.000Z");
    const game = player({ startedAt: lastMessage, lastPlayerMessageAt: lastMessage }).game;
    const d = computeDecay(game, at("2025-03-03T23:00:00.000Z"));
    expect(d).toMatchObject({
      hours: 27,
      amount: ch1.dailyDecayCap,
      forgiven: round2(27 * ch1.decayRatePerHour - ch1.dailyDecayCap),
    });
    expect(d.decayedThrough).toEqual(at("2025-03-03T23:00:00.000Z"));
    expect(d.decayAppliedDay).toBe("2025-03-03");
  });

  it("runs in one day share the cap; the next UTC day starts fresh", () => {
    let state = player();
    const runs = [
      "2025-03-03T22:00:00.000Z",
      "2025-03-03T23:00:00.000Z",
      "2025-03-03T23:30:00.000Z",
      "2025-03-04T01:00:00.000Z",
    ];
    const seen = runs.map((iso) => {
      const r = applyDecay(state, at(iso));
      state = r.state;
      return [r.decay.hours, r.decay.amount, state.game.decayAppliedToday];
    });
    expect(seen).toEqual([
      [14, 11.2, 11.2],
      [1, 0.8, 12],
      [0, 0, 12],
      [2, 1.6, 1.6],
    ]);
  });

  it("once the cap is reached, hours still pass (forgiven) without a history row", () => {
    const capped = player({ decayAppliedDay: "2025-03-03", decayAppliedToday: ch1.dailyDecayCap });
    const r = applyDecay(capped, afterGrace(2));
    expect(r.decay).toMatchObject({ hours: 2, amount: 0, forgiven: round2(2 * ch1.decayRatePerHour) });
    expect(r.state.game.decayedThrough).toEqual(afterGrace(2));
    expect(r.history).toEqual([]);
    expect(r.state.game.score).toBe(capped.game.score);
  });

  it(`a run never applies more than ${DECAY_RULES.perRunCap} points (bound probed with a higher daily cap)`, () => {
    const loose: DecayConfig = {
      ...DECAY_CONFIG,
      chapters: { ...CHAPTER_RULES, 1: { ...ch1, dailyDecayCap: 50 } },
    };
    const d = computeDecay(player().game, afterGrace(40), loose);
    expect(d.amount).toBe(DECAY_RULES.perRunCap);
    for (const c of CHAPTERS)
      expect(CHAPTER_RULES[c].dailyDecayCap).toBeLessThanOrEqual(DECAY_RULES.perRunCap);
  });
});

describe("applying decay", () => {
  it("subtracts the amount from every metric, floored at 0, and writes one history row", () => {
    const state = player({ metrics: metrics(5, 50, 60, 70) });
    const r = applyDecay(state, afterGrace(10));
    expect(r.state.game.metrics).toEqual(metrics(0, 42, 52, 62));
    expect(r.state.game.score).toBe(compositeScore(metrics(0, 42, 52, 62)));
    expect(r.history).toHaveLength(1);
    // 8 points are charged (the daily cap counts them), but intimacy had only 5 to give: the
    // history row records what the score lost, 0.30·5 + 0.25·8 + 0.25·8 + 0.20·8 = 7.1.
    expect(r.decay.amount).toBe(8);
    const lost = round2(state.game.score - r.state.game.score);
    expect(lost).toBe(7.1);
    expect(r.history[0]).toMatchObject({
      kind: "decay",
      amount: lost,
      hours: 10,
      deltas: metrics(-5, -8, -8, -8),
    });
    expect(r.events[0]).toEqual({ type: "decay_applied", amount: lost, hours: 10 });
  });

  it.each(["boss_fight", "game_over", "won", "onboarding"] as const)("no decay in %s", (status) => {
    const state = player({ status });
    const r = applyDecay(state, afterGrace(10));
    expect(r.decay.hours).toBe(0);
    expect(r.state).toBe(state);
  });

  it("reaching 0 ends the game", () => {
    const r = applyDecay(player({ metrics: flatMetrics(0.5) }), afterGrace(1));
    expect(r.state.game.score).toBe(0);
    expect(r.state.game.status).toBe("game_over");
    expect(r.state.game.gameOverReason).toBe("score_zero");
    expect(r.events.map((e) => e.type)).toContain("game_over");
  });

  it("crossing below 40 asks 'still there?' at most once per 24 h", () => {
    const line = DECAY_RULES.warningBelow;
    const first = applyDecay(player({ metrics: flatMetrics(line + 0.5) }), afterGrace(1));
    expect(first.events.map((e) => e.type)).toEqual(["decay_applied", "decay_warning"]);
    expect(first.state.game.lastDecayWarningAt).toEqual(afterGrace(1));

    const back = {
      ...first.state,
      game: { ...first.state.game, metrics: flatMetrics(line + 0.5), score: line + 0.5 },
    };
    const soon = applyDecay(back, afterGrace(2));
    expect(soon.events.map((e) => e.type)).toEqual(["decay_applied"]);

    const dayLater = {
      ...back,
      game: {
        ...back.game,
        lastDecayWarningAt: hoursAfter(afterGrace(2), -DECAY_RULES.warningIntervalHours),
      },
    };
    expect(applyDecay(dayLater, afterGrace(2)).events.map((e) => e.type)).toContain("decay_warning");
  });
});

describe("property: run spacing never charges an hour twice", () => {
  const schedule = fc.record({
    chapter: fc.constantFrom(...CHAPTERS),
    anchorMinute: fc.integer({ min: 0, max: 24 * 60 }),
    gaps: fc.array(fc.integer({ min: 1, max: 36 * 60 }), { minLength: 1, maxLength: 40 }),
  });

  it("many irregular runs vs one big run", () => {
    fc.assert(
      fc.property(schedule, ({ chapter, anchorMinute, gaps }) => {
        const rule = CHAPTER_RULES[chapter];
        const anchor = new Date(LAST_MESSAGE.getTime() + anchorMinute * TIME.msPerMinute);
        const base = player({ chapter, lastPlayerMessageAt: anchor }).game;
        let game = base;
        let now = anchor;
        let hours = 0;
        let amount = 0;
        const perDay = new Map<string, number>();
        let through = anchor.getTime() + rule.decayGraceHours * TIME.msPerHour;
        for (const gap of gaps) {
          now = new Date(now.getTime() + gap * TIME.msPerMinute);
          const d = computeDecay(game, now);
          if (d.hours > 0) {
            // Charged intervals are contiguous and disjoint: each starts where the last ended.
            expect(d.decayedThrough?.getTime()).toBe(
              Math.max(through, game.decayedThrough?.getTime() ?? 0) + d.hours * TIME.msPerHour,
            );
            through = d.decayedThrough?.getTime() ?? through;
            expect(d.amount).toBeLessThanOrEqual(round2(d.hours * rule.decayRatePerHour));
            const day = utcDayKey(now);
            perDay.set(day, round2((perDay.get(day) ?? 0) + d.amount));
          }
          hours += d.hours;
          amount = round2(amount + d.amount);
          game = {
            ...game,
            decayedThrough: d.decayedThrough,
            decayAppliedDay: d.decayAppliedDay,
            decayAppliedToday: d.decayAppliedToday,
          };
        }
        const big = computeDecay(base, now);
        const overdue = Math.max(
          0,
          Math.floor((now.getTime() - anchor.getTime()) / TIME.msPerHour - rule.decayGraceHours),
        );
        expect(hours).toBe(big.hours);
        expect(hours).toBe(overdue);
        expect(amount).toBeLessThanOrEqual(round2(hours * rule.decayRatePerHour));
        expect(amount).toBeGreaterThanOrEqual(big.amount);
        for (const total of perDay.values()) expect(total).toBeLessThanOrEqual(rule.dailyDecayCap);
        if (perDay.size <= 1 && utcDayKey(now) === utcDayKey(anchor)) expect(amount).toBe(big.amount);
      }),
      { numRuns: 500 },
    );
  });
});
