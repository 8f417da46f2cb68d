// job_runs: one row per run of a scheduled job (started, finished, status, counts, error,
// duration). Operational table: read by the admin operations page, trimmed by cleanup.
import { desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { type JobStatus, jobRuns } from "@/db/schema";

/** Error text kept per run: enough to recognise the failure, never a dump. */
const MAX_ERROR_CHARS = 1000;

export async function startJobRun(db: DbOrTx, params: { job: string; startedAt: Date }): Promise<number> {
  const [row] = await db
    .insert(jobRuns)
    .values({ job: params.job, startedAt: params.startedAt, status: "running" })
    .returning({ id: jobRuns.id });
  if (!row) throw new Error("job_runs insert returned nothing");
  return row.id;
}

export async function finishJobRun(
  db: DbOrTx,
  params: {
    id: number;
    status: Exclude<JobStatus, "running">;
    finishedAt: Date;
    durationMs: number;
    counts: Record<string, number>;
    error?: string | null;
  },
): Promise<void> {
  await db
    .update(jobRuns)
    .set({
      status: params.status,
      finishedAt: params.finishedAt,
      durationMs: Math.round(params.durationMs),
      counts: params.counts,
      error: params.error ? params.error.slice(0, MAX_ERROR_CHARS) : null,
    })
    .where(eq(jobRuns.id, params.id));
}

export type JobRunRow = typeof jobRuns.$inferSelect;

/** The latest runs of one job, newest first (admin view and tests). */
export async function listJobRuns(db: DbOrTx, params: { job: string; limit?: number }): Promise<JobRunRow[]> {
  return db
    .select()
    .from(jobRuns)
    .where(eq(jobRuns.job, params.job))
    .orderBy(desc(jobRuns.startedAt), desc(jobRuns.id))
    .limit(params.limit ?? 20);
}
