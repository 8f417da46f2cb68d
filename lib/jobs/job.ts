// What a scheduled job is: a name (= its route under /api/cron), a body that works in bounded
// batches until it is done or out of time, and the context every body receives. Game time
// comes from the injected clock `now` (tests move it); the time budget is real elapsed time,
// so a frozen test clock can never make a job run forever.
import type { Db } from "@/db";
import type { Logger } from "@/lib/observability/logger";

export type JobCounts = Record<string, number>;

export interface JobContext {
  db: Db;
  /** Game time. Jobs read the clock only through this. */
  now: () => Date;
  /** True while the run may start another batch (real time left before the deadline). */
  hasTime(): boolean;
  /** Real milliseconds left before the deadline (never negative). */
  timeLeftMs(): number;
  /** Adds to the run's counters (recorded in job_runs). */
  count(name: string, by?: number): void;
  log: Logger;
}

/** ok: all work done; partial: stopped at the deadline with work left (the next run continues). */
export type JobOutcome = "ok" | "partial";

export interface JobDefinition {
  /** Route segment under /api/cron and the `job_runs.job` value. */
  name: string;
  run(ctx: JobContext): Promise<JobOutcome>;
}

/** Builds a job; the body is a closure so tests can inject writers, clients and limits. */
export function defineJob(name: string, run: JobDefinition["run"]): JobDefinition {
  return { name, run };
}
