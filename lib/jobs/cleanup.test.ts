// Old operational rows go, everything still useful stays: each retention boundary is checked
// just inside and just outside.
import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { queryRows } from "@/db/query-rows";
import { jobRuns, linkCodes, requestMetrics, telegramUpdates } from "@/db/schema";
import { suiteDatabase } from "@/db/testing/suite-db";
import { testDrivers } from "@/db/testing/test-db";
import { TIME } from "@/lib/engine/rules";
import { cleanupJob, RETENTION_DAYS } from "./cleanup";
import { runJob } from "./run-job";
import { insertEvent, insertPlayer } from "./testing/fixtures";

const T0 = new Date("2031-12-01T03:30:00.000Z");
const daysAgo = (d: number) => new Date(T0.getTime() - d * TIME.msPerDay);
const HOUR = TIME.msPerHour;

describe.each(testDrivers())("cleanup job on %s", (driver) => {
  const t = suiteDatabase(driver);
  beforeEach(async () => t.reset());

  const keys = async (query: ReturnType<typeof sql>) =>
    (await queryRows<{ k: string }>(t.db, query)).map((r) => String(r.k)).sort();

  it("deletes rows past their retention and keeps the rest", async () => {
    const justPast = (days: number) => new Date(daysAgo(days).getTime() - HOUR);
    const justInside = (days: number) => new Date(daysAgo(days).getTime() + HOUR);
    const code = RETENTION_DAYS.linkCodes;
    await t.db.insert(linkCodes).values([
      { codeHash: "used-long-ago", purpose: "portal_login", expiresAt: T0, usedAt: justPast(code) },
      { codeHash: "used-recently", purpose: "portal_login", expiresAt: T0, usedAt: justInside(code) },
      { codeHash: "expired-long-ago", purpose: "magic_link", expiresAt: justPast(code) },
      { codeHash: "expired-recently", purpose: "magic_link", expiresAt: justInside(code) },
      { codeHash: "still-valid", purpose: "telegram_link", expiresAt: new Date(T0.getTime() + HOUR) },
    ]);
    await t.db.insert(telegramUpdates).values([
      { updateId: 1, receivedAt: justPast(RETENTION_DAYS.telegramUpdates) },
      { updateId: 2, receivedAt: justInside(RETENTION_DAYS.telegramUpdates) },
    ]);
    await t.db.insert(requestMetrics).values([
      {
        route: "old",
        method: "GET",
        status: 200,
        durationMs: 1,
        createdAt: justPast(RETENTION_DAYS.requestMetrics),
      },
      {
        route: "new",
        method: "GET",
        status: 200,
        durationMs: 1,
        createdAt: justInside(RETENTION_DAYS.requestMetrics),
      },
    ]);
    const p = await insertPlayer(t.db);
    const old = justPast(RETENTION_DAYS.finishedEvents);
    await insertEvent(t.db, { playerId: p, text: "old done", dueAt: old, status: "done" });
    await insertEvent(t.db, { playerId: p, text: "old failed", dueAt: old, status: "failed" });
    await insertEvent(t.db, { playerId: p, text: "old pending", dueAt: old, status: "pending" });
    await insertEvent(t.db, {
      playerId: p,
      text: "recent done",
      dueAt: justInside(RETENTION_DAYS.finishedEvents),
      status: "done",
    });
    await t.db.insert(jobRuns).values([
      { job: "old", startedAt: justPast(RETENTION_DAYS.jobRuns), status: "ok" },
      { job: "recent", startedAt: justInside(RETENTION_DAYS.jobRuns), status: "ok" },
    ]);

    const result = await runJob(cleanupJob, { db: t.db, now: () => T0, budgetMs: 30_000 });

    expect(result.counts).toEqual({
      linkCodes: 2,
      telegramUpdates: 1,
      requestMetrics: 1,
      events: 2,
      jobRuns: 1,
    });
    expect(await keys(sql`select code_hash as k from link_codes`)).toEqual([
      "expired-recently",
      "still-valid",
      "used-recently",
    ]);
    expect(await keys(sql`select update_id::text as k from telegram_updates`)).toEqual(["2"]);
    expect(await keys(sql`select route as k from request_metrics`)).toEqual(["new"]);
    expect(await keys(sql`select payload->>'text' as k from scheduled_events`)).toEqual([
      "old pending",
      "recent done",
    ]);
    expect(await keys(sql`select job as k from job_runs`)).toEqual(["cleanup", "recent"]);

    const again = await runJob(cleanupJob, { db: t.db, now: () => T0, budgetMs: 30_000 });
    expect(again.counts).toEqual({
      linkCodes: 0,
      telegramUpdates: 0,
      requestMetrics: 0,
      events: 0,
      jobRuns: 0,
    });
  });

  it("two overlapping runs delete each row once and leave the same result", async () => {
    await t.db.insert(telegramUpdates).values(
      Array.from({ length: 40 }, (_, i) => ({
        updateId: 1000 + i,
        receivedAt: daysAgo(RETENTION_DAYS.telegramUpdates + 1 + (i % 3)),
      })),
    );
    await t.db.insert(telegramUpdates).values({ updateId: 5, receivedAt: T0 });
    const [a, b] = await Promise.all([
      runJob(cleanupJob, { db: t.db, now: () => T0, budgetMs: 30_000 }),
      runJob(cleanupJob, { db: t.db, now: () => T0, budgetMs: 30_000 }),
    ]);
    expect((a.counts.telegramUpdates ?? 0) + (b.counts.telegramUpdates ?? 0)).toBe(40);
    expect(await keys(sql`select update_id::text as k from telegram_updates`)).toEqual(["5"]);
  });
});
