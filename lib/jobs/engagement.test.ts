// Engagement days close in the player's own timezone, from the messages of that day, exactly
// as the engine computes them; a point of no return ends the game with a goodbye; re-runs and
// overlapping runs change nothing.
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { engagementState, players, scheduledEvents } from "@/db/schema";
import { suiteDatabase } from "@/db/testing/suite-db";
import { testDrivers } from "@/db/testing/test-db";
import { calibrationScore, type DayMessage, summarizePlayerDay } from "@/lib/engine/engagement";
import { ENGAGEMENT_RULES, TIME } from "@/lib/engine/rules";
import { createEngagementJob } from "./engagement";
import { runJob } from "./run-job";
import { insertConversation, insertMessage, insertPlayer } from "./testing/fixtures";

const TOKYO = "Asia/Tokyo"; // UTC+9, no DST
// 2031-08-04 local day in Tokyo = 2031-08-03T15:00Z … 2031-08-04T15:00Z.
const DAY_START = new Date("2031-08-03T15:00:00.000Z");
const AFTER_MIDNIGHT = new Date("2031-08-04T15:30:00.000Z");
const MIN = TIME.msPerMinute;

describe.each(testDrivers())("engagement job on %s", (driver) => {
  const t = suiteDatabase(driver);
  beforeEach(async () => t.reset());

  const run = (now: Date) =>
    runJob(createEngagementJob({ isTelegramEnabled: false }), { db: t.db, now: () => now, budgetMs: 30_000 });

  /** Writes a day of conversation: `count` exchanges, each her line then his reply after `gapMs`. */
  async function writeDay(
    playerId: string,
    params: { count: number; gapMs: number; length: number; from: Date },
  ) {
    const conv = await insertConversation(t.db, { playerId, startedAt: params.from });
    const written: DayMessage[] = [];
    for (let i = 0; i < params.count; i++) {
      const herAt = new Date(params.from.getTime() + i * 30 * MIN);
      const hisAt = new Date(herAt.getTime() + params.gapMs);
      await insertMessage(t.db, {
        playerId,
        conversationId: conv,
        role: "nikita",
        content: "so?",
        at: herAt,
      });
      await insertMessage(t.db, {
        playerId,
        conversationId: conv,
        role: "player",
        content: "x".repeat(params.length),
        at: hisAt,
      });
      written.push(
        { at: herAt, from: "nikita", length: 3 },
        { at: hisAt, from: "player", length: params.length },
      );
    }
    return written;
  }

  it("closes the day that ended at the player's local midnight with the engine's calibration", async () => {
    const id = await insertPlayer(t.db, {
      timezone: TOKYO,
      gameStartedAt: new Date(DAY_START.getTime() + 10 * MIN),
    });
    const day = await writeDay(id, {
      count: 15,
      gapMs: 2 * MIN,
      length: 70,
      from: new Date(DAY_START.getTime() + 60 * MIN),
    });

    // Still 2031-08-04 in Tokyo: nothing to close yet.
    const early = await run(new Date(DAY_START.getTime() + 20 * TIME.msPerHour));
    expect(early.counts.daysClosed ?? 0).toBe(0);

    const result = await run(AFTER_MIDNIGHT);
    expect(result.counts.daysClosed).toBe(1);
    const [e] = await t.db.select().from(engagementState).where(eq(engagementState.playerId, id));
    expect(e?.lastClosedDay).toBe("2031-08-04");
    expect(e?.lastCalibration).toBeCloseTo(calibrationScore(summarizePlayerDay(day), 1), 6);
    expect(e?.data).toMatchObject({ daysInState: 1, highCalibrationStreak: 1, clingyStreak: 0 });

    const again = await run(new Date(AFTER_MIDNIGHT.getTime() + TIME.msPerHour));
    expect(again.counts.daysClosed ?? 0).toBe(0);
  });

  it("counts a burst of three messages within a minute as a clingy day", async () => {
    const id = await insertPlayer(t.db, { timezone: TOKYO, gameStartedAt: DAY_START });
    const conv = await insertConversation(t.db, { playerId: id, startedAt: DAY_START });
    for (let i = 0; i < ENGAGEMENT_RULES.day.burstMessages; i++) {
      const at = new Date(DAY_START.getTime() + 2 * TIME.msPerHour + i * 10_000);
      await insertMessage(t.db, {
        playerId: id,
        conversationId: conv,
        role: "player",
        content: "hello??",
        at,
      });
    }
    await run(AFTER_MIDNIGHT);
    const [e] = await t.db.select().from(engagementState).where(eq(engagementState.playerId, id));
    expect(e?.data).toMatchObject({ clingyStreak: 1 });
  });

  it("ends the game at the point of no return and queues her goodbye", async () => {
    const id = await insertPlayer(t.db, { timezone: TOKYO, gameStartedAt: DAY_START, name: "Robin" });
    const limit = ENGAGEMENT_RULES.pointOfNoReturnDays.OUT_OF_ZONE;
    await t.db
      .update(engagementState)
      .set({ state: "OUT_OF_ZONE", lastClosedDay: "2031-08-03", data: { daysInState: limit - 1 } })
      .where(eq(engagementState.playerId, id));
    // No messages at all on 2031-08-04: not a good day, so the last day out of the zone.
    const result = await run(AFTER_MIDNIGHT);
    expect(result.counts.gameOver).toBe(1);
    const [p] = await t.db.select().from(players).where(eq(players.id, id));
    expect(p).toMatchObject({ status: "game_over", gameOverReason: "out_of_zone" });
    const goodbye = await t.db.select().from(scheduledEvents).where(eq(scheduledEvents.playerId, id));
    expect(goodbye.map((g) => g.source)).toEqual(["system"]);
  });

  it("catches up missed days in order after an outage, and two overlapping runs close each day once", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i++)
      ids.push(await insertPlayer(t.db, { timezone: TOKYO, gameStartedAt: DAY_START }));
    const threeDaysLater = new Date(AFTER_MIDNIGHT.getTime() + 2 * TIME.msPerDay);
    const job = createEngagementJob({ isTelegramEnabled: false });
    const [a, b] = await Promise.all([
      runJob(job, { db: t.db, now: () => threeDaysLater, budgetMs: 30_000 }),
      runJob(job, { db: t.db, now: () => threeDaysLater, budgetMs: 30_000 }),
    ]);
    expect((a.counts.daysClosed ?? 0) + (b.counts.daysClosed ?? 0)).toBe(6 * 3);
    for (const id of ids) {
      const [e] = await t.db.select().from(engagementState).where(eq(engagementState.playerId, id));
      expect(e?.lastClosedDay).toBe("2031-08-06");
      expect(e?.data).toMatchObject({ distantStreak: 3 });
    }
  });
});
