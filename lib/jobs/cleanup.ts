// cleanup (daily): operational rows are kept only as long as they are useful — used or expired
// link codes for a day, seen Telegram update ids for a week (Telegram stops retrying long
// before), sampled request latencies for a month, finished deliveries and job runs for three
// months. Deleted in bounded batches; deleting is idempotent, so re-runs and overlaps are safe.

import { sql } from "drizzle-orm";
import { type CleanupTarget, deleteOldRows, olderThan } from "@/db/queries/cleanup";
import { defineJob } from "./job";

export const RETENTION_DAYS = {
  linkCodes: 1,
  telegramUpdates: 7,
  requestMetrics: 30,
  finishedEvents: 90,
  jobRuns: 90,
} as const;

const DELETE_BATCH_SIZE = 5_000;

export const CLEANUP_TARGETS: readonly CleanupTarget[] = [
  {
    name: "linkCodes",
    table: "link_codes",
    key: "code_hash",
    where: (now) =>
      sql`(${olderThan("used_at", now, RETENTION_DAYS.linkCodes)} or ${olderThan("expires_at", now, RETENTION_DAYS.linkCodes)})`,
  },
  {
    name: "telegramUpdates",
    table: "telegram_updates",
    key: "update_id",
    where: (now) => olderThan("received_at", now, RETENTION_DAYS.telegramUpdates),
  },
  {
    name: "requestMetrics",
    table: "request_metrics",
    key: "id",
    where: (now) => olderThan("created_at", now, RETENTION_DAYS.requestMetrics),
  },
  {
    name: "events",
    table: "scheduled_events",
    key: "id",
    where: (now) =>
      sql`status in ('done', 'failed', 'cancelled') and ${olderThan("due_at", now, RETENTION_DAYS.finishedEvents)}`,
  },
  {
    name: "jobRuns",
    table: "job_runs",
    key: "id",
    where: (now) => olderThan("started_at", now, RETENTION_DAYS.jobRuns),
  },
];

export const cleanupJob = defineJob("cleanup", async (ctx) => {
  const now = ctx.now();
  for (const target of CLEANUP_TARGETS) {
    for (;;) {
      if (!ctx.hasTime()) return "partial";
      const deleted = await deleteOldRows(ctx.db, { target, now, limit: DELETE_BATCH_SIZE });
      ctx.count(target.name, deleted);
      if (deleted < DELETE_BATCH_SIZE) break;
    }
  }
  return "ok";
});
