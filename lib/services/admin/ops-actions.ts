// Operations actions: retry or cancel a scheduled event, run a job now, point Telegram's
// webhook at this deployment. Same contract as the player actions: the caller re-checked,
// input validated with a required reason and confirmation, one audit row per action.
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { scheduledEvents } from "@/db/schema";
import type { SessionClaims } from "@/lib/auth/claims";
import { AppError } from "@/lib/errors";
import type { TelegramApi } from "@/lib/integrations/telegram/client";
import { budgetFromMaxDuration, type JobRunResult, runJob } from "@/lib/jobs/run-job";
import { setTelegramWebhook, type WebhookInfo } from "@/lib/services/telegram/webhook-admin";
import { actorFrom, confirmSchema, reasonSchema, writeAudit } from "./audit";
import { ADMIN_JOB_NAMES, ADMIN_JOBS } from "./jobs";
import { parseAdminInput } from "./validate";

/** The cron routes' maxDuration; a run started from the admin page gets the same budget. */
const JOB_MAX_DURATION_SECONDS = 60;

const base = { reason: reasonSchema, confirm: confirmSchema };

export const eventActionSchema = z.object({
  ...base,
  action: z.enum(["retry_event", "cancel_event"]),
  eventId: z.coerce.number().int().positive("Unknown event."),
});

export const runJobSchema = z.object({
  ...base,
  job: z.string().refine((j) => ADMIN_JOB_NAMES.includes(j), { error: "Unknown job." }),
});

export const webhookActionSchema = z.object({
  ...base,
  url: z
    .string()
    .trim()
    .url("Give the full https:// URL.")
    .refine((u) => u.startsWith("https://"), "Telegram only delivers to https:// URLs."),
  dropPendingUpdates: z.boolean().default(false),
});

export async function performEventAction(
  db: Db,
  claims: SessionClaims | null,
  input: unknown,
  now = new Date(),
) {
  const actor = actorFrom(claims);
  const a = parseAdminInput(eventActionSchema, input);
  return db.transaction(async (tx) => {
    const [event] = await tx
      .select()
      .from(scheduledEvents)
      .where(eq(scheduledEvents.id, a.eventId))
      .for("update");
    if (!event) throw new AppError("not_found:event", "No such scheduled event.");
    const allowed = a.action === "retry_event" ? ["failed", "cancelled"] : ["pending", "failed"];
    if (!allowed.includes(event.status)) {
      throw new AppError(
        "conflict:event",
        `A ${event.status} event cannot be ${a.action === "retry_event" ? "retried" : "cancelled"}.`,
      );
    }
    const patch =
      a.action === "retry_event"
        ? { status: "pending" as const, attempts: 0, dueAt: now, claimedAt: null, lastError: null }
        : { status: "cancelled" as const, claimedAt: null };
    await tx.update(scheduledEvents).set(patch).where(eq(scheduledEvents.id, a.eventId));
    const before = {
      eventId: event.id,
      status: event.status,
      attempts: event.attempts,
      lastError: event.lastError,
    };
    const after = { eventId: event.id, status: patch.status };
    await writeAudit(tx, {
      actor,
      action: a.action,
      playerId: event.playerId,
      before,
      after,
      reason: a.reason,
      now,
    });
    return { message: a.action === "retry_event" ? "Event queued again." : "Event cancelled." };
  });
}

/** Runs the job through runJob (recorded in job_runs like a cron run); audited before it starts. */
export async function performRunJob(
  db: Db,
  claims: SessionClaims | null,
  input: unknown,
  now = new Date(),
): Promise<JobRunResult> {
  const actor = actorFrom(claims);
  const a = parseAdminInput(runJobSchema, input);
  const job = ADMIN_JOBS[a.job];
  if (!job) throw new AppError("bad_request:job", "Unknown job.");
  await writeAudit(db, {
    actor,
    action: "run_job",
    playerId: null,
    before: null,
    after: { job: a.job },
    reason: a.reason,
    now,
  });
  return runJob(job, { db, budgetMs: budgetFromMaxDuration(JOB_MAX_DURATION_SECONDS) });
}

export async function performSetWebhook(
  db: Db,
  claims: SessionClaims | null,
  input: unknown,
  options: { api?: TelegramApi | null; now?: Date } = {},
): Promise<WebhookInfo> {
  const actor = actorFrom(claims);
  const a = parseAdminInput(webhookActionSchema, input);
  const info = await setTelegramWebhook(
    { url: a.url, dropPendingUpdates: a.dropPendingUpdates },
    { api: options.api },
  );
  await writeAudit(db, {
    actor,
    action: "set_webhook",
    playerId: null,
    before: null,
    after: { url: info.url, pendingUpdateCount: info.pendingUpdateCount },
    reason: a.reason,
    now: options.now ?? new Date(),
  });
  return info;
}
