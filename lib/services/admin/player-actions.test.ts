// Admin player actions on a real database: each changes the game through the engine, keeps the
// score equal to the composite of the metrics, and writes one audit row (who, what, before,
// after, why); bad input is refused with a message that says what is wrong; non-admins never
// get through and leave no trace.
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { messages, playerMetrics, players, scheduledEvents, scoreHistory } from "@/db/schema";
import { suiteDatabase } from "@/db/testing/suite-db";
import { testDrivers } from "@/db/testing/test-db";
import { compositeScore } from "@/lib/engine";
import { performPlayerAction } from "./player-actions";
import {
  ADMIN_CLAIMS,
  auditFor,
  auditRows,
  onboardedPlayer,
  PLAYER_CLAIMS,
  rejection,
} from "./testing/fixtures";

const NOW = new Date("2026-11-21T12:00:00Z");
const LATER = new Date("2026-11-21T13:00:00Z");

describe.each(testDrivers())("admin player actions on %s", (driver) => {
  const t = suiteDatabase(driver);
  let playerId: string;

  beforeEach(async () => {
    await t.reset();
    playerId = await onboardedPlayer(t.db, NOW);
  });

  const act = (input: Record<string, unknown>, claims = ADMIN_CLAIMS) =>
    performPlayerAction(
      t.db,
      claims,
      { playerId, confirm: true, reason: "support ticket 42", ...input },
      LATER,
      {
        isTelegramEnabled: false,
      },
    );

  it("sets the score by moving the metrics, records history and the audit row", async () => {
    const result = await act({ action: "set_score", score: "72.5" });
    expect(result.after.score).toBe(72.5);

    const [p] = await t.db.select().from(players).where(eq(players.id, playerId));
    const [m] = await t.db.select().from(playerMetrics).where(eq(playerMetrics.playerId, playerId));
    expect(p?.relationshipScore).toBe(72.5);
    expect(m && compositeScore(m)).toBe(72.5);
    // every metric moved by the same amount
    expect(m && new Set([m.intimacy, m.passion, m.trust, m.secureness].map((v) => v - 50)).size).toBe(1);

    const history = await t.db.select().from(scoreHistory).where(eq(scoreHistory.playerId, playerId));
    expect(history.at(-1)).toMatchObject({ kind: "admin", scoreBefore: 50, scoreAfter: 72.5 });

    const [audit] = await auditFor(t.db, playerId);
    expect(audit).toMatchObject({
      adminUserId: ADMIN_CLAIMS.sub,
      adminEmail: ADMIN_CLAIMS.email,
      action: "set_score",
      reason: "support ticket 42",
      before: expect.objectContaining({ score: 50 }),
      after: expect.objectContaining({ score: 72.5 }),
    });
  });

  it("reaches 0 and 100 exactly even where the metrics clamp", async () => {
    await act({ action: "set_metrics", intimacy: 100, passion: 10, trust: 90, secureness: 60 });
    expect((await act({ action: "set_score", score: 100 })).after.score).toBe(100);
    expect((await act({ action: "set_score", score: 0 })).after.score).toBe(0);
  });

  it("sets the metrics and derives the score from them", async () => {
    const r = await act({ action: "set_metrics", intimacy: 80, passion: 60, trust: 40, secureness: 20 });
    expect(r.after.metrics).toEqual({ intimacy: 80, passion: 60, trust: 40, secureness: 20 });
    expect(r.after.score).toBe(compositeScore({ intimacy: 80, passion: 60, trust: 40, secureness: 20 }));
  });

  it("sets the chapter, the status, resets boss attempts and clears the cooldown", async () => {
    await t.db
      .update(players)
      .set({ bossAttempts: 2, bossCooldownUntil: new Date("2026-11-22T00:00:00Z") })
      .where(eq(players.id, playerId));
    expect((await act({ action: "set_chapter", chapter: "3" })).after).toMatchObject({
      chapter: 3,
      bossAttempts: 0,
    });
    await t.db.update(players).set({ bossAttempts: 2 }).where(eq(players.id, playerId));
    expect((await act({ action: "reset_boss_attempts" })).after.bossAttempts).toBe(0);
    const cleared = await act({ action: "clear_cooldown" });
    expect(cleared.before.bossCooldownUntil).not.toBeNull();
    expect(cleared.after.bossCooldownUntil).toBeNull();
    expect((await act({ action: "set_status", status: "boss_fight" })).after).toMatchObject({
      status: "boss_fight",
      bossPhase: "opening",
    });
    // She opens the fight the admin started: her line is queued for the player.
    const opening = await t.db.select().from(scheduledEvents).where(eq(scheduledEvents.playerId, playerId));
    expect(opening.filter((e) => e.source === "boss")).toHaveLength(1);
    expect(opening.find((e) => e.source === "boss")?.payload.text).toMatch(/\S/);
    expect(
      (await act({ action: "set_status", status: "game_over", gameOverReason: "clingy" })).after,
    ).toMatchObject({
      status: "game_over",
      gameOverReason: "clingy",
    });
    expect((await auditFor(t.db, playerId)).map((a) => a.action)).toEqual([
      "set_chapter",
      "reset_boss_attempts",
      "clear_cooldown",
      "set_status",
      "set_status",
    ]);
  });

  it("resets the game back to chapter 1 with fresh metrics", async () => {
    await act({ action: "set_chapter", chapter: 4 });
    await act({ action: "set_score", score: 12 });
    const r = await act({ action: "reset_game" });
    expect(r.before).toMatchObject({ chapter: 4, score: 12 });
    expect(r.after).toMatchObject({ chapter: 1, score: 50, status: "active" });
    const history = await t.db.select().from(scoreHistory).where(eq(scoreHistory.playerId, playerId));
    expect(history.at(-1)?.kind).toBe("reset");
  });

  it("queues a message as Nikita (source admin) and refuses one the output guard blocks", async () => {
    const before = await t.db.select().from(scheduledEvents).where(eq(scheduledEvents.playerId, playerId));
    await act({ action: "send_message", text: "missed you at the canal today" });
    const events = await t.db.select().from(scheduledEvents).where(eq(scheduledEvents.playerId, playerId));
    const added = events.filter((e) => !before.some((b) => b.id === e.id));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ source: "admin", channel: "web", status: "pending", dueAt: LATER });
    const [msg] = await t.db
      .select()
      .from(messages)
      .where(eq(messages.id, added[0]?.messageId ?? -1));
    expect(msg).toMatchObject({ role: "nikita", content: "missed you at the canal today" });
    expect((await auditFor(t.db, playerId)).at(-1)?.after).toMatchObject({
      text: "missed you at the canal today",
    });

    const blocked = await rejection(
      act({ action: "send_message", text: "your score is 72 points, chapter 3" }),
    );
    expect(blocked.code).toBe("bad_request:guard");
    expect(blocked.message).toMatch(/output guard/);
    expect(await auditFor(t.db, playerId)).toHaveLength(1);
  });

  it("triggers a proactive message in her voice", async () => {
    const r = await act({ action: "trigger_proactive", kind: "morning" });
    expect(r.message).toMatch(/queued/);
    const events = await t.db.select().from(scheduledEvents).where(eq(scheduledEvents.source, "proactive"));
    expect(events).toHaveLength(1);
    expect(events[0]?.payload.text).toMatch(/\w/);
    expect(events[0]?.payload.text).not.toMatch(/score|chapter|points/i);
  });

  it("rejects invalid input with a message that says what is wrong, and changes nothing", async () => {
    expect((await rejection(act({ action: "set_score", score: 140 }))).message).toMatch(/score.*at most 100/);
    expect((await rejection(act({ action: "set_score", score: 60, reason: "  " }))).message).toMatch(
      /reason/i,
    );
    expect((await rejection(act({ action: "set_score", score: 60, confirm: false }))).message).toMatch(
      /Confirm/,
    );
    expect((await rejection(act({ action: "set_chapter", chapter: 9 }))).message).toMatch(/1 to 5/);
    expect((await rejection(act({ action: "explode" }))).code).toBe("bad_request:validation");
    const missing = await rejection(
      performPlayerAction(t.db, ADMIN_CLAIMS, {
        action: "clear_cooldown",
        playerId: "00000000-0000-4000-8000-000000000999",
        reason: "typo check",
        confirm: true,
      }),
    );
    expect(missing.status).toBe(404);
    const [p] = await t.db.select().from(players).where(eq(players.id, playerId));
    expect(p?.relationshipScore).toBe(50);
    expect(await auditRows(t.db)).toHaveLength(0);
  });

  it("refuses a player (even with admin in user_metadata) and a signed-out caller, leaving no trace", async () => {
    expect((await rejection(act({ action: "set_score", score: 99 }, PLAYER_CLAIMS))).status).toBe(403);
    expect((await rejection(performPlayerAction(t.db, null, { action: "set_score", playerId }))).status).toBe(
      401,
    );
    const [p] = await t.db.select().from(players).where(eq(players.id, playerId));
    expect(p?.relationshipScore).toBe(50);
    expect(await auditRows(t.db)).toHaveLength(0);
  });
});
