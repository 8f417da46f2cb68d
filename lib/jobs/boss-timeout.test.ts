// A boss challenge left unanswered for more than 24 h counts as a failed attempt (the third
// ends the game), with her line queued; anything younger, or waiting on the judge, is left
// alone; overlapping runs resolve each fight once.
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { players, scheduledEvents, scoreHistory } from "@/db/schema";
import { suiteDatabase } from "@/db/testing/suite-db";
import { testDrivers } from "@/db/testing/test-db";
import { BOSS_RULES, TIME } from "@/lib/engine/rules";
import { createBossTimeoutJob } from "./boss-timeout";
import { runJob } from "./run-job";
import { insertPlayer } from "./testing/fixtures";

const T0 = new Date("2031-10-01T12:00:00.000Z");
const hoursAgo = (h: number) => new Date(T0.getTime() - h * TIME.msPerHour);

describe.each(testDrivers())("boss-timeout job on %s", (driver) => {
  const t = suiteDatabase(driver);
  beforeEach(async () => t.reset());

  const job = createBossTimeoutJob({ isTelegramEnabled: false });
  const run = () => runJob(job, { db: t.db, now: () => T0, budgetMs: 30_000 });
  const inBoss = (overrides: Parameters<typeof insertPlayer>[1] = {}) =>
    insertPlayer(t.db, {
      status: "boss_fight",
      chapter: 2,
      bossPhase: "opening",
      bossStartedAt: hoursAgo(30),
      bossLastPromptAt: hoursAgo(BOSS_RULES.replyTimeoutHours + 1),
      ...overrides,
    });

  it("fails a boss fight idle for more than a day: attempt counted, cooldown, her line queued", async () => {
    const id = await inBoss();
    const result = await run();
    expect(result.counts).toMatchObject({ failed: 1 });
    const [p] = await t.db.select().from(players).where(eq(players.id, id));
    expect(p).toMatchObject({ status: "active", bossAttempts: 1, bossPhase: null, bossLastPromptAt: null });
    expect(p?.bossCooldownUntil?.getTime()).toBe(T0.getTime() + BOSS_RULES.cooldownHours * TIME.msPerHour);
    expect(p?.lastBossExitAt?.getTime()).toBe(T0.getTime());
    const history = await t.db.select().from(scoreHistory).where(eq(scoreHistory.playerId, id));
    expect(history.map((h) => h.kind)).toEqual(["boss_fail"]);
    const [line] = await t.db.select().from(scheduledEvents).where(eq(scheduledEvents.playerId, id));
    expect(line).toMatchObject({ source: "boss", status: "pending" });
    expect(line?.payload.text).not.toMatch(/boss|fail|timeout|score|error/i);

    expect((await run()).counts.failed ?? 0).toBe(0);
  });

  it("ends the game on the third failed attempt, with her goodbye", async () => {
    const id = await inBoss({ bossAttempts: BOSS_RULES.maxFailedAttempts - 1, name: "Jo" });
    await run();
    const [p] = await t.db.select().from(players).where(eq(players.id, id));
    expect(p).toMatchObject({ status: "game_over", gameOverReason: "boss_fails" });
    const lines = await t.db.select().from(scheduledEvents).where(eq(scheduledEvents.playerId, id));
    expect(lines.map((l) => l.source)).toEqual(["system"]);
  });

  it("leaves fights within the day, or waiting for the judgment, alone", async () => {
    const recent = await inBoss({ bossLastPromptAt: hoursAgo(BOSS_RULES.replyTimeoutHours - 1) });
    const judging = await inBoss({ bossPhase: "resolution", bossLastPromptAt: null });
    const result = await run();
    expect(result.counts.failed ?? 0).toBe(0);
    for (const id of [recent, judging]) {
      const [p] = await t.db.select({ status: players.status }).from(players).where(eq(players.id, id));
      expect(p?.status).toBe("boss_fight");
    }
  });

  it("two overlapping runs resolve each fight once", async () => {
    const ids = [];
    for (let i = 0; i < 6; i++) ids.push(await inBoss());
    const [a, b] = await Promise.all([run(), run()]);
    expect((a.counts.failed ?? 0) + (b.counts.failed ?? 0)).toBe(6);
    for (const id of ids) {
      expect(await t.db.select().from(scoreHistory).where(eq(scoreHistory.playerId, id))).toHaveLength(1);
      expect(await t.db.select().from(scheduledEvents).where(eq(scheduledEvents.playerId, id))).toHaveLength(
        1,
      );
    }
  });
});
