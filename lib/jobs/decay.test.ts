// The decay job (set-based SQL) against the engine's reference `applyDecay`: random players,
// irregular run schedules and player messages in between must give exactly the same amounts,
// metrics, scores, bookkeeping, warnings and game overs. Plus the player-visible effects: one
// history row per application, the goodbye at 0, one "still there?" per 24 h, overlap safety.
import { and, eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { loadEngineState } from "@/db/queries/engine-state";
import { listJobRuns } from "@/db/queries/job-runs";
import { queryRows } from "@/db/query-rows";
import { players, scheduledEvents, scoreHistory } from "@/db/schema";
import { suiteDatabase } from "@/db/testing/suite-db";
import { testDrivers } from "@/db/testing/test-db";
import { applyDecay } from "@/lib/engine/decay";
import { createRng, type Rng, sampleInt } from "@/lib/engine/rng";
import { CHAPTER_RULES, DECAY_RULES, TIME } from "@/lib/engine/rules";
import { compositeScore, round2 } from "@/lib/engine/score";
import type { EngineState } from "@/lib/engine/types";
import { type Chapter, PLAYER_STATUSES } from "@/lib/engine/vocabulary";
import { createDecayJob, idRanges } from "./decay";
import { runJob } from "./run-job";
import { countRows, insertPlayer, testClock } from "./testing/fixtures";
import { createTouchpointsJob } from "./touchpoints";

const T0 = new Date("2031-05-01T09:17:23.456Z");
const HOUR = TIME.msPerHour;

function randomPlayer(rng: Rng, now: Date) {
  const chapter = sampleInt(rng, 1, 5) as Chapter;
  const roll = rng();
  const status = roll < 0.8 ? "active" : PLAYER_STATUSES[sampleInt(rng, 0, PLAYER_STATUSES.length - 1)]!;
  // Some players sit just above the warning line, some near zero, the rest anywhere.
  const band = rng();
  const base = band < 0.3 ? 40 + rng() * 6 : band < 0.5 ? rng() * 6 : rng() * 100;
  const metric = () => round2(Math.min(100, Math.max(0, base + (rng() - 0.5) * 4)));
  const metrics = { intimacy: metric(), passion: metric(), trust: metric(), secureness: metric() };
  const ago = (maxHours: number) => new Date(now.getTime() - Math.floor(rng() * maxHours * HOUR));
  const startedAt = ago(400);
  const maybe = <T>(p: number, v: () => T) => (rng() < p ? v() : null);
  const decayedThrough = maybe(0.3, () => ago(30));
  return {
    values: {
      status,
      chapter,
      relationshipScore: compositeScore(metrics),
      gameStartedAt: maybe(0.9, () => startedAt),
      createdAt: startedAt,
      lastPlayerMessageAt: maybe(0.85, () => ago(120)),
      lastBossExitAt: maybe(0.3, () => ago(100)),
      decayedThrough,
      decayAppliedDay: decayedThrough && rng() < 0.6 ? decayedThrough.toISOString().slice(0, 10) : null,
      decayAppliedToday: rng() < 0.5 ? round2(rng() * CHAPTER_RULES[chapter].dailyDecayCap) : 0,
      lastDecayWarningAt: maybe(0.3, () => ago(48)),
    },
    metrics,
  };
}

/** The columns the decay rule reads or writes, as the engine names them. */
function decayView(s: EngineState) {
  const g = s.game;
  return {
    status: g.status,
    score: g.score,
    metrics: g.metrics,
    decayedThrough: g.decayedThrough?.getTime() ?? null,
    decayAppliedDay: g.decayAppliedDay,
    decayAppliedToday: g.decayAppliedToday,
    lastDecayWarningAt: g.lastDecayWarningAt?.getTime() ?? null,
    gameOverReason: g.gameOverReason,
    endedAt: g.endedAt?.getTime() ?? null,
  };
}

describe.each(testDrivers())("decay job on %s", (driver) => {
  const t = suiteDatabase(driver);
  beforeEach(async () => t.reset());

  const run = (clock: { now: () => Date }, batchSize?: number) =>
    runJob(createDecayJob({ batchSize, isTelegramEnabled: false }), {
      db: t.db,
      now: clock.now,
      budgetMs: 60_000,
    });

  it.each([
    1, 2, 3,
  ])("matches the engine exactly over random players and irregular runs (seed %i)", async (seed) => {
    const rng = createRng(seed);
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      const p = randomPlayer(rng, T0);
      ids.push(await insertPlayer(t.db, p.values, p.metrics));
    }
    const expected = new Map<string, EngineState>();
    const historyAmounts = new Map<string, { amount: number; hours: number }[]>(ids.map((id) => [id, []]));
    for (const id of ids) expected.set(id, (await loadEngineState(t.db, { playerId: id }))!.state);

    const clock = testClock(T0);
    for (let runIndex = 0; runIndex < 25; runIndex++) {
      // Irregular spacing: minutes apart, an hour, or a long outage of up to a day and a half.
      const gap =
        rng() < 0.3
          ? sampleInt(rng, 1, 59) * TIME.msPerMinute
          : sampleInt(rng, 1, 36) * HOUR + sampleInt(rng, 0, 3599) * 1000;
      clock.advance(gap);
      const now = clock.now();
      // Now and then a player writes, which restarts grace (in the database and in the model).
      for (const id of ids) {
        if (rng() < 0.05) {
          await t.db.update(players).set({ lastPlayerMessageAt: now }).where(eq(players.id, id));
          const s = expected.get(id)!;
          expected.set(id, { ...s, game: { ...s.game, lastPlayerMessageAt: now } });
        }
      }
      // Random batch sizes exercise the keyset paging.
      const result = await run(clock, sampleInt(rng, 3, 40));
      expect(result.status).toBe("ok");
      for (const id of ids) {
        const decayed = applyDecay(expected.get(id)!, now);
        expected.set(id, decayed.state);
        for (const h of decayed.history) historyAmounts.get(id)!.push({ amount: h.amount!, hours: h.hours! });
      }
      for (const id of ids) {
        const actual = (await loadEngineState(t.db, { playerId: id }))!.state;
        expect({ id, run: runIndex, ...decayView(actual) }).toEqual({
          id,
          run: runIndex,
          ...decayView(expected.get(id)!),
        });
      }
    }
    for (const id of ids) {
      const rows = await t.db
        .select({ details: scoreHistory.details })
        .from(scoreHistory)
        .where(and(eq(scoreHistory.playerId, id), eq(scoreHistory.kind, "decay")))
        .orderBy(scoreHistory.id);
      expect(rows.map((r) => r.details)).toEqual(historyAmounts.get(id));
    }
    const totalApplications = [...historyAmounts.values()].reduce((n, list) => n + list.length, 0);
    expect(totalApplications).toBeGreaterThan(20);
  }, 120_000);

  it("charges each overdue hour once, caps per UTC day and forgives the rest", async () => {
    // Chapter 1: 8 h grace, 0.8 per hour, 12 per UTC day.
    const lastMessage = new Date("2031-05-01T00:00:00.000Z");
    const id = await insertPlayer(t.db, {
      chapter: 1,
      lastPlayerMessageAt: lastMessage,
      gameStartedAt: lastMessage,
    });
    const clock = testClock(new Date("2031-05-01T08:00:00.000Z"));
    await run(clock); // exactly at grace end: nothing is due
    clock.set(new Date("2031-05-01T10:30:00.000Z"));
    await run(clock);
    await run(clock); // same hour again: nothing new
    clock.set(new Date("2031-05-01T23:59:00.000Z"));
    await run(clock); // 13 h more: exactly fills the day's cap of 12
    clock.set(new Date("2031-05-02T05:00:00.000Z"));
    await run(clock); // a new UTC day
    clock.set(new Date("2031-05-03T02:00:00.000Z"));
    await run(clock); // 21 h overdue (16.8) but the day allows 12: the rest is forgiven
    clock.set(new Date("2031-05-03T06:00:00.000Z"));
    await run(clock); // the day's cap is used up: hours pass, nothing charged
    const rows = await t.db
      .select({
        details: scoreHistory.details,
        before: scoreHistory.scoreBefore,
        after: scoreHistory.scoreAfter,
      })
      .from(scoreHistory)
      .where(eq(scoreHistory.playerId, id))
      .orderBy(scoreHistory.id);
    expect(rows.map((r) => r.details)).toEqual([
      { hours: 2, amount: 1.6 },
      { hours: 13, amount: 10.4 },
      { hours: 6, amount: 4.8 },
      { hours: 21, amount: 12 },
    ]);
    expect(rows.map((r) => round2(r.before - r.after))).toEqual([1.6, 10.4, 4.8, 12]);
    const [p] = await t.db.select().from(players).where(eq(players.id, id));
    expect(p?.decayedThrough?.toISOString()).toBe("2031-05-03T06:00:00.000Z");
    expect(p?.decayAppliedDay).toBe("2031-05-03");
    expect(p?.decayAppliedToday).toBe(12);
    expect(p?.relationshipScore).toBe(round2(50 - 1.6 - 10.4 - 4.8 - 12));
  });

  it("records what was removed, not what was due, so the history adds up to the score", async () => {
    // Chapter 1 decays 0.8/h: 3 h overdue owes 2.40. One player has only 1.00 left; another
    // has one metric at 0, so every point charged to it is lost to the floor.
    const ch1 = CHAPTER_RULES[1];
    const since = new Date(T0.getTime() - (ch1.decayGraceHours + 3) * HOUR);
    const low = await insertPlayer(
      t.db,
      { chapter: 1, lastPlayerMessageAt: since, gameStartedAt: since, relationshipScore: 1 },
      { intimacy: 1, passion: 1, trust: 1, secureness: 1 },
    );
    const floored = { intimacy: 60, passion: 60, trust: 60, secureness: 0 };
    const partial = await insertPlayer(
      t.db,
      {
        chapter: 1,
        lastPlayerMessageAt: since,
        gameStartedAt: since,
        relationshipScore: compositeScore(floored),
      },
      floored,
    );
    await run(testClock(T0));
    const due = round2(3 * ch1.decayRatePerHour);
    for (const id of [low, partial]) {
      const [end] = await t.db
        .select({ score: players.relationshipScore })
        .from(players)
        .where(eq(players.id, id));
      const rows = await t.db.select().from(scoreHistory).where(eq(scoreHistory.playerId, id));
      expect(rows).toHaveLength(1);
      const row = rows[0]!;
      const amount = (row.details as { amount: number }).amount;
      expect(amount).toBe(round2(row.scoreBefore - row.scoreAfter));
      expect(round2(row.scoreBefore - amount)).toBe(end!.score);
      expect(amount).toBeLessThan(due);
    }
    const [lowRow] = await t.db.select().from(scoreHistory).where(eq(scoreHistory.playerId, low));
    expect(lowRow!.details).toEqual({ hours: 3, amount: 1 });
  });

  it("never decays during a boss fight, after the game, or before onboarding", async () => {
    const long = new Date(T0.getTime() - 500 * HOUR);
    for (const status of ["boss_fight", "game_over", "won", "onboarding"] as const) {
      await insertPlayer(t.db, { status, lastPlayerMessageAt: long, gameStartedAt: long });
    }
    const result = await run(testClock(T0));
    expect(result.counts.players ?? 0).toBe(0);
    expect(await countRows(t.db, "score_history")).toBe(0);
  });

  it("warns once per 24 h when the score crosses below the line, and ends the game at zero with a goodbye", async () => {
    const long = new Date(T0.getTime() - 100 * HOUR);
    const line = DECAY_RULES.warningBelow;
    const warned = await insertPlayer(
      t.db,
      { chapter: 1, lastPlayerMessageAt: long, gameStartedAt: long, relationshipScore: line + 1 },
      { intimacy: line + 1, passion: line + 1, trust: line + 1, secureness: line + 1 },
    );
    const doomed = await insertPlayer(
      t.db,
      { chapter: 1, lastPlayerMessageAt: long, gameStartedAt: long, relationshipScore: 3, name: "Sam" },
      { intimacy: 3, passion: 3, trust: 3, secureness: 3 },
    );
    const clock = testClock(T0);
    const first = await run(clock);
    expect(first.counts).toMatchObject({ warned: 1, gameOver: 1 });
    const [marked] = await t.db.select().from(players).where(eq(players.id, warned));
    expect(marked?.lastDecayWarningAt?.getTime()).toBe(T0.getTime());
    // The touchpoints job writes and queues the "still there?" line, once however often it runs.
    const touchpoints = createTouchpointsJob({ isTelegramEnabled: false, rng: createRng(9) });
    const queued = await runJob(touchpoints, { db: t.db, now: clock.now, budgetMs: 30_000 });
    expect(queued.counts.warnings).toBe(1);
    await runJob(touchpoints, { db: t.db, now: clock.now, budgetMs: 30_000 });

    const [over] = await t.db.select().from(players).where(eq(players.id, doomed));
    expect(over).toMatchObject({ status: "game_over", gameOverReason: "score_zero", relationshipScore: 0 });
    const goodbye = await t.db.select().from(scheduledEvents).where(eq(scheduledEvents.playerId, doomed));
    expect(goodbye).toHaveLength(1);
    expect(goodbye[0]).toMatchObject({ source: "system", channel: "web", status: "pending" });
    expect(goodbye[0]?.payload.text.length).toBeGreaterThan(0);
    expect(goodbye[0]?.payload.text).not.toMatch(/score|error|decay/i);

    const stillThere = await t.db
      .select()
      .from(scheduledEvents)
      .where(and(eq(scheduledEvents.playerId, warned), eq(scheduledEvents.source, "warning")));
    expect(stillThere).toHaveLength(1);
    expect(stillThere[0]?.source).toBe("warning");
    const [msg] = await queryRows<{ role: string }>(
      t.db,
      sql`select role from messages where id = ${stillThere[0]!.messageId}`,
    );
    expect(msg?.role).toBe("nikita");

    // Back above the line and down again within 24 h: no second warning.
    await t.db.execute(
      sql`update player_metrics set intimacy = 45, passion = 45, trust = 45, secureness = 45 where player_id = ${warned}`,
    );
    await t.db
      .update(players)
      .set({ relationshipScore: 45, decayAppliedToday: 0 })
      .where(eq(players.id, warned));
    clock.advance(10 * HOUR);
    await run(clock);
    await runJob(touchpoints, { db: t.db, now: clock.now, budgetMs: 30_000 });
    const [again] = await t.db.select().from(players).where(eq(players.id, warned));
    expect(again!.relationshipScore).toBeLessThan(line);
    expect(await countRows(t.db, "scheduled_events", `player_id = '${warned}' and source = 'warning'`)).toBe(
      1,
    );
    // A re-run at the same instant changes nothing.
    const before = await countRows(t.db, "score_history");
    await run(clock);
    expect(await countRows(t.db, "score_history")).toBe(before);
  });

  it("two overlapping runs apply decay exactly once", async () => {
    const hoursSilent = 100;
    const long = new Date(T0.getTime() - hoursSilent * HOUR);
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) {
      ids.push(
        await insertPlayer(t.db, {
          chapter: ((i % 5) + 1) as Chapter,
          lastPlayerMessageAt: long,
          gameStartedAt: long,
        }),
      );
    }
    const clock = testClock(T0);
    const job = createDecayJob({ batchSize: 7, isTelegramEnabled: false });
    const [a, b] = await Promise.all([
      runJob(job, { db: t.db, now: clock.now, budgetMs: 60_000 }),
      runJob(job, { db: t.db, now: clock.now, budgetMs: 60_000 }),
    ]);
    expect((a.counts.decayed ?? 0) + (b.counts.decayed ?? 0)).toBe(60);
    expect(await countRows(t.db, "score_history", "kind = 'decay'")).toBe(60);
    for (const [i, id] of ids.entries()) {
      const ch = CHAPTER_RULES[((i % 5) + 1) as Chapter];
      const hours = hoursSilent - ch.decayGraceHours;
      const amount = Math.min(round2(ch.decayRatePerHour * hours), ch.dailyDecayCap);
      const [p] = await t.db
        .select({ score: players.relationshipScore })
        .from(players)
        .where(eq(players.id, id));
      expect(p?.score).toBe(round2(50 - amount));
    }
    const runs = await listJobRuns(t.db, { job: "decay" });
    expect(runs.map((r) => r.status)).toEqual(["ok", "ok"]);
  });
});

describe("decay lanes", () => {
  it("split the uuid space into contiguous ranges that cover every id exactly once", () => {
    const ranges = idRanges(4);
    expect(ranges).toEqual([
      { fromId: null, toId: "40000000-0000-0000-0000-000000000000" },
      { fromId: "40000000-0000-0000-0000-000000000000", toId: "80000000-0000-0000-0000-000000000000" },
      { fromId: "80000000-0000-0000-0000-000000000000", toId: "c0000000-0000-0000-0000-000000000000" },
      { fromId: "c0000000-0000-0000-0000-000000000000", toId: null },
    ]);
    expect(idRanges(1)).toEqual([{ fromId: null, toId: null }]);
    for (const n of [2, 3, 5, 7]) {
      const r = idRanges(n);
      for (let k = 1; k < n; k++) expect(r[k]?.fromId).toBe(r[k - 1]?.toId);
    }
  });
});
