// Runs one job body and records it in job_runs: a `running` row first (so a run killed by the
// platform stays visible), then status ok / partial / error with counts, error and duration.
// A failure is also an error_logs row (scope `job.<name>`, with the job and run id, the stack
// and its causes), and the third failed run in a row raises an alert. Log lines written while
// the body runs carry the job name and run id (request context).
// The body's time budget is the route's maxDuration minus a safety margin, so it stops taking
// new batches while there is still time to record the result and answer.
import type { Db } from "@/db";
import { finishJobRun, listJobRuns, startJobRun } from "@/db/queries/job-runs";
import { JOB_FAILURES_BEFORE_ALERT, raiseAlert } from "@/lib/observability/alerts";
import { createLogger } from "@/lib/observability/logger";
import { recordError } from "@/lib/observability/record-error";
import { withContextFields } from "@/lib/observability/request-context";
import { flushSlowQueries } from "@/lib/observability/slow-queries";
import type { JobContext, JobCounts, JobDefinition } from "./job";

/** Kept free at the end of a run for recording the result and answering the scheduler. */
export const DEADLINE_MARGIN_MS = 10_000;
/** Never give a body less than this, whatever maxDuration says. */
export const MIN_BUDGET_MS = 5_000;

export function budgetFromMaxDuration(maxDurationSeconds: number): number {
  return Math.max(MIN_BUDGET_MS, maxDurationSeconds * 1000 - DEADLINE_MARGIN_MS);
}

export interface RunJobOptions {
  db: Db;
  now?: () => Date;
  /** Real milliseconds the body may use. */
  budgetMs: number;
}

export interface JobRunResult {
  runId: number;
  job: string;
  status: "ok" | "partial" | "error";
  counts: JobCounts;
  durationMs: number;
  error?: string;
}

const log = createLogger("jobs");

/**
 * The error text a failed run records: the root cause (e.g. the database's own message), not
 * a wrapper's "Failed query: <statement> params: <values>", which would bury the reason and
 * could copy player data into job_runs.
 */
export function describeJobError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? error.cause.message : error.message;
}

export async function runJob(job: JobDefinition, options: RunJobOptions): Promise<JobRunResult> {
  const now = options.now ?? (() => new Date());
  const runId = await startJobRun(options.db, { job: job.name, startedAt: now() });
  return withContextFields({ job: job.name, runId }, () => runStarted(job, options, now, runId));
}

async function runStarted(
  job: JobDefinition,
  options: RunJobOptions,
  now: () => Date,
  runId: number,
): Promise<JobRunResult> {
  const started = performance.now();
  const deadline = started + options.budgetMs;
  const counts: JobCounts = {};
  const jobLog = log.child(job.name);
  const ctx: JobContext = {
    db: options.db,
    now,
    hasTime: () => performance.now() < deadline,
    timeLeftMs: () => Math.max(0, deadline - performance.now()),
    count: (name, by = 1) => {
      counts[name] = (counts[name] ?? 0) + by;
    },
    log: jobLog,
  };
  let status: JobRunResult["status"];
  let error: string | undefined;
  try {
    status = await job.run(ctx);
  } catch (e) {
    status = "error";
    error = describeJobError(e);
    // recordError writes the log line (with the stack and causes) and the error_logs row.
    await recordError(`job.${job.name}`, e, { job: job.name, runId, counts }, { db: options.db });
  }
  const durationMs = performance.now() - started;
  await finishJobRun(options.db, { id: runId, status, finishedAt: now(), durationMs, counts, error });
  if (status === "error") await alertIfFailingRepeatedly(options.db, job.name, runId, error);
  await flushSlowQueries(options.db);
  if (status !== "error") {
    // A routine run that found nothing to do (most runs of the minute jobs) is debug-level:
    // at info it would bury a developer's terminal under several lines a minute.
    const idle = status === "ok" && Object.values(counts).every((n) => n === 0);
    jobLog[idle ? "debug" : "info"]("job finished", { runId, status, counts, ms: Math.round(durationMs) });
  }
  return {
    runId,
    job: job.name,
    status,
    counts,
    durationMs: Math.round(durationMs),
    ...(error ? { error } : {}),
  };
}

/** The third failed run in a row (not the fourth, fifth…) raises one alert. */
async function alertIfFailingRepeatedly(db: Db, job: string, runId: number, error: string | undefined) {
  try {
    const recent = await listJobRuns(db, { job, limit: JOB_FAILURES_BEFORE_ALERT + 1 });
    const streak = recent.findIndex((r) => r.status !== "error");
    const consecutive = streak === -1 ? recent.length : streak;
    if (consecutive === JOB_FAILURES_BEFORE_ALERT) {
      await raiseAlert({ kind: "job_failing", job, consecutiveFailures: consecutive, runId, error });
    }
  } catch (e) {
    log.warn("could not check the job's failure streak", { job, error: e });
  }
}
