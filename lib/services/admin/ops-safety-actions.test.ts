// Operations and safety actions on a real database: retry/cancel a scheduled event, run a job
// now (recorded in job_runs), clear or keep an age lock, review a safety event — each audited
// with before, after and why; bad input and non-admins refused.
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { jobRuns, players, safetyEvents, scheduledEvents } from "@/db/schema";
import { suiteDatabase } from "@/db/testing/suite-db";
import { testDrivers } from "@/db/testing/test-db";
import { performEventAction, performRunJob, performSetWebhook } from "./ops-actions";
import { performAgeLockAction, performReviewEvent } from "./safety-actions";
import { ADMIN_CLAIMS, auditRows, onboardedPlayer, PLAYER_CLAIMS, rejection } from "./testing/fixtures";

const NOW = new Date("2026-11-21T12:00:00Z");
const LATER = new Date("2026-11-21T13:00:00Z");
const why = { reason: "ops review", confirm: true };

describe.each(testDrivers())("admin operations and safety actions on %s", (driver) => {
  const t = suiteDatabase(driver);
  let playerId: string;

  beforeEach(async () => {
    await t.reset();
    playerId = await onboardedPlayer(t.db, NOW);
  });

  async function failedEvent() {
    const [e] = await t.db
      .select()
      .from(scheduledEvents)
      .where(eq(scheduledEvents.playerId, playerId))
      .limit(1);
    if (!e) throw new Error("onboarding queued nothing");
    await t.db
      .update(scheduledEvents)
      .set({ status: "failed", attempts: 5, lastError: "chat not found" })
      .where(eq(scheduledEvents.id, e.id));
    return e.id;
  }

  it("retries a failed event and cancels a pending one, audited", async () => {
    const id = await failedEvent();
    await performEventAction(
      t.db,
      ADMIN_CLAIMS,
      { ...why, action: "retry_event", eventId: String(id) },
      LATER,
    );
    const [retried] = await t.db.select().from(scheduledEvents).where(eq(scheduledEvents.id, id));
    expect(retried).toMatchObject({ status: "pending", attempts: 0, lastError: null, dueAt: LATER });
    await performEventAction(t.db, ADMIN_CLAIMS, { ...why, action: "cancel_event", eventId: id }, LATER);
    const [cancelled] = await t.db.select().from(scheduledEvents).where(eq(scheduledEvents.id, id));
    expect(cancelled?.status).toBe("cancelled");
    const audit = await auditRows(t.db);
    expect(audit.map((a) => [a.action, a.playerId, a.reason])).toEqual([
      ["retry_event", playerId, "ops review"],
      ["cancel_event", playerId, "ops review"],
    ]);
    expect(audit[0]?.before).toMatchObject({ status: "failed", lastError: "chat not found" });
    expect(audit[0]?.after).toMatchObject({ status: "pending" });

    const again = await rejection(
      performEventAction(t.db, ADMIN_CLAIMS, { ...why, action: "cancel_event", eventId: id }),
    );
    expect(again.message).toMatch(/cancelled event cannot be cancelled/);
  });

  it("runs a job now: a job_runs row and an audit row", async () => {
    const result = await performRunJob(t.db, ADMIN_CLAIMS, { ...why, job: "cleanup" }, LATER);
    expect(result.status).toBe("ok");
    const runs = await t.db.select().from(jobRuns);
    expect(runs.map((r) => [r.job, r.status])).toEqual([["cleanup", "ok"]]);
    expect((await auditRows(t.db)).map((a) => [a.action, a.after])).toEqual([
      ["run_job", { job: "cleanup" }],
    ]);
    expect((await rejection(performRunJob(t.db, ADMIN_CLAIMS, { ...why, job: "rm-rf" }))).message).toMatch(
      /Unknown job/,
    );
  });

  it("refuses to point the webhook at a non-https URL before calling Telegram", async () => {
    const e = await rejection(
      performSetWebhook(t.db, ADMIN_CLAIMS, { ...why, url: "http://example.com/hook" }),
    );
    expect(e.message).toMatch(/https/);
    expect(await auditRows(t.db)).toHaveLength(0);
  });

  it("clears or keeps an age lock, resolving the open age events", async () => {
    await t.db.update(players).set({ ageLock: "locked" }).where(eq(players.id, playerId));
    await t.db.insert(safetyEvents).values([
      { playerId, kind: "minor", content: "im 15 lol", sentInstead: "how old are you, really?" },
      { playerId, kind: "age_lock", content: "i said im 15", sentInstead: "locked" },
      { playerId, kind: "crisis", content: "bad day", sentInstead: "care" },
    ]);
    await performAgeLockAction(t.db, ADMIN_CLAIMS, { ...why, playerId, decision: "keep" }, LATER);
    let events = await t.db.select().from(safetyEvents).orderBy(safetyEvents.id);
    expect(events.map((e) => e.status)).toEqual(["kept", "kept", "open"]);
    expect(events[0]).toMatchObject({ resolvedBy: ADMIN_CLAIMS.sub, resolvedAt: LATER });

    await t.db.insert(safetyEvents).values({ playerId, kind: "age_lock", content: "again" });
    await performAgeLockAction(t.db, ADMIN_CLAIMS, { ...why, playerId, decision: "clear" }, LATER);
    const [p] = await t.db.select().from(players).where(eq(players.id, playerId));
    expect(p?.ageLock).toBe("none");
    events = await t.db.select().from(safetyEvents).orderBy(safetyEvents.id);
    expect(events.map((e) => e.status)).toEqual(["kept", "kept", "open", "cleared"]);
    const audit = await auditRows(t.db);
    expect(audit.map((a) => [a.action, a.before, (a.after as { ageLock: string }).ageLock])).toEqual([
      ["keep_age_lock", { ageLock: "locked" }, "locked"],
      ["clear_age_lock", { ageLock: "locked" }, "none"],
    ]);

    const crisis = events[2]?.id ?? 0;
    await performReviewEvent(t.db, ADMIN_CLAIMS, { ...why, eventId: crisis }, LATER);
    expect(
      (await rejection(performReviewEvent(t.db, ADMIN_CLAIMS, { ...why, eventId: crisis }))).status,
    ).toBe(409);
  });

  it("rejects a missing reason and refuses non-admins on every action", async () => {
    const id = await failedEvent();
    const noReason = await rejection(
      performAgeLockAction(t.db, ADMIN_CLAIMS, { playerId, decision: "clear", confirm: true }),
    );
    expect(noReason.message).toMatch(/reason/i);
    const calls = [
      (c: typeof ADMIN_CLAIMS | null) =>
        performEventAction(t.db, c, { ...why, action: "retry_event", eventId: id }),
      (c: typeof ADMIN_CLAIMS | null) => performRunJob(t.db, c, { ...why, job: "cleanup" }),
      (c: typeof ADMIN_CLAIMS | null) =>
        performSetWebhook(t.db, c, { ...why, url: "https://example.com/hook" }),
      (c: typeof ADMIN_CLAIMS | null) =>
        performAgeLockAction(t.db, c, { ...why, playerId, decision: "clear" }),
      (c: typeof ADMIN_CLAIMS | null) => performReviewEvent(t.db, c, { ...why, eventId: 1 }),
    ];
    for (const call of calls) {
      expect((await rejection(call(PLAYER_CLAIMS))).status).toBe(403);
      expect((await rejection(call(null))).status).toBe(401);
    }
    expect(await auditRows(t.db)).toHaveLength(0);
    expect(await t.db.select().from(jobRuns)).toHaveLength(0);
    const [e] = await t.db.select().from(scheduledEvents).where(eq(scheduledEvents.id, id));
    expect(e?.status).toBe("failed");
  });
});
