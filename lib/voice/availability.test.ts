// §11 availability on a real database: pick-up by chapter probability (rng below/above), boss
// fights always, ended games never, one call per 5 minutes recorded in last_call_at (so a
// declined call cannot be re-rolled at once), and the attempt given back when the call fails.
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { players } from "@/db/schema";
import { suiteDatabase } from "@/db/testing/suite-db";
import { testDrivers } from "@/db/testing/test-db";
import { VOICE_RULES } from "@/lib/engine";
import { attemptCall, previewCallFor, releaseCallAttempt } from "./availability";
import { seedVoicePlayer } from "./testing";

const NOW = new Date("2026-11-21T12:00:00Z");
const fixed = (value: number) => () => value;
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000);

describe.each(testDrivers())("call availability on %s", (driver) => {
  const t = suiteDatabase(driver);
  beforeEach(async () => t.reset());

  const attempt = (playerId: string, roll: number) =>
    t.db.transaction((tx) => attemptCall(tx, { playerId, now: NOW, rng: fixed(roll) }));
  const lastCallAt = async (playerId: string) =>
    (await t.db.select({ at: players.lastCallAt }).from(players).where(eq(players.id, playerId)))[0]?.at;

  it("picks up by the chapter's probability and records the call", async () => {
    const p = VOICE_RULES.pickupProbabilityByChapter[2];
    const lucky = await seedVoicePlayer(t.db, { now: NOW, chapter: 2 });
    expect(await attempt(lucky, p - 0.01)).toMatchObject({ available: true, chapter: 2, bossFight: false });
    expect(await lastCallAt(lucky)).toEqual(NOW);

    const unlucky = await seedVoicePlayer(t.db, { now: NOW, chapter: 2, name: "Sam" });
    const declined = await attempt(unlucky, p + 0.01);
    expect(declined).toMatchObject({ available: false, reason: "declined" });
    expect(declined && !declined.available && declined.line).toBeTruthy();
    expect(await lastCallAt(unlucky)).toEqual(NOW);
  });

  it("always picks up during a boss fight, even on the worst roll", async () => {
    const id = await seedVoicePlayer(t.db, { now: NOW, chapter: 1, status: "boss_fight" });
    expect(await attempt(id, 0.999)).toMatchObject({ available: true, bossFight: true });
  });

  it("never in game_over or won, whatever the roll, and records nothing", async () => {
    for (const status of ["game_over", "won"] as const) {
      const id = await seedVoicePlayer(t.db, { now: NOW, chapter: 5, status, name: status });
      expect(await attempt(id, 0)).toMatchObject({ available: false, reason: status });
      expect(await lastCallAt(id)).toBeNull();
    }
  });

  it("refuses a second call within 5 minutes, allows it after", async () => {
    const gap = VOICE_RULES.minMinutesBetweenCalls;
    const recent = await seedVoicePlayer(t.db, { now: NOW, chapter: 5, lastCallAt: minutesAgo(gap - 1) });
    expect(await attempt(recent, 0)).toMatchObject({ available: false, reason: "too_soon" });
    expect(await previewCallFor(t.db, { playerId: recent, now: NOW, rng: fixed(0) })).toMatchObject({
      canCall: false,
      reason: "too_soon",
      retryAfterSeconds: 60,
    });
    const old = await seedVoicePlayer(t.db, {
      now: NOW,
      chapter: 5,
      lastCallAt: minutesAgo(gap),
      name: "Old",
    });
    expect(await attempt(old, 0)).toMatchObject({ available: true });
  });

  it("preview rolls no dice and writes nothing; unknown players are null", async () => {
    const id = await seedVoicePlayer(t.db, { now: NOW, chapter: 1 });
    expect(await previewCallFor(t.db, { playerId: id, now: NOW, rng: fixed(0.99) })).toEqual({
      canCall: true,
      bossFight: false,
    });
    expect(await lastCallAt(id)).toBeNull();
    const ghost = "0f3a9c2e-fa4e-4c1d-9a7e-00000000dead";
    expect(await previewCallFor(t.db, { playerId: ghost, now: NOW, rng: fixed(0) })).toBeNull();
    expect(
      await t.db.transaction((tx) => attemptCall(tx, { playerId: ghost, now: NOW, rng: fixed(0) })),
    ).toBeNull();
  });

  it("gives an attempt back when the call could not be placed", async () => {
    const before = minutesAgo(60);
    const id = await seedVoicePlayer(t.db, { now: NOW, chapter: 5, lastCallAt: before });
    const decision = await attempt(id, 0);
    if (!decision?.available) throw new Error("expected a pick-up");
    await releaseCallAttempt(t.db, {
      playerId: id,
      previousLastCallAt: decision.previousLastCallAt,
      attemptedAt: NOW,
    });
    expect(await lastCallAt(id)).toEqual(before);
  });
});
