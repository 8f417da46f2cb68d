// Every one of the 8 jobs records a failure: with a table it needs gone (a broken migration,
// a dropped relation), its run ends as `error` in job_runs with the database's reason and a
// finish time instead of vanishing, and an error_logs row names the job and its run id (with
// the stack and its cause); once the table is back, the next run is `ok` again. A job failing
// three runs in a row raises one alert.
import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { listJobRuns } from "@/db/queries/job-runs";
import { errorLogs } from "@/db/schema";
import { suiteDatabase } from "@/db/testing/suite-db";
import { testDrivers } from "@/db/testing/test-db";
import { createPostgresMemoryStore } from "@/lib/memory/postgres-store";
import { createBossTimeoutJob } from "./boss-timeout";
import { cleanupJob } from "./cleanup";
import { createDecayJob } from "./decay";
import { createDeliverJob } from "./deliver";
import { createEngagementJob } from "./engagement";
import type { JobDefinition } from "./job";
import { createProcessJob } from "./process";
import { runJob } from "./run-job";
import { createSummaryJob } from "./summary";
import { insertPlayer } from "./testing/fixtures";
import { createTouchpointsJob } from "./touchpoints";

const NOW = new Date("2031-05-05T12:00:00.000Z");

describe.each(testDrivers())("job failures on %s", (driver) => {
  const t = suiteDatabase(driver);
  beforeEach(async () => t.reset());

  const jobs: { job: () => JobDefinition; table: string }[] = [
    { job: () => createDeliverJob({ api: null }), table: "scheduled_events" },
    {
      job: () => createProcessJob({ recoverTurns: async () => ({ processed: 0, retried: 0, failed: 0 }) }),
      table: "conversations",
    },
    { job: () => createDecayJob({ isTelegramEnabled: false }), table: "player_metrics" },
    { job: () => createBossTimeoutJob({ isTelegramEnabled: false }), table: "players" },
    {
      job: () =>
        createTouchpointsJob({
          isTelegramEnabled: false,
          memory: async () => createPostgresMemoryStore(t.db),
        }),
      table: "players",
    },
    { job: () => createSummaryJob(), table: "players" },
    { job: () => createEngagementJob({ isTelegramEnabled: false }), table: "engagement_state" },
    { job: () => cleanupJob, table: "link_codes" },
  ];

  it("covers every scheduled job", async () => {
    const { loadSchedules } = await import("./schedules");
    expect(jobs.map((j) => j.job().name).sort()).toEqual(
      loadSchedules()
        .map((s) => s.job)
        .sort(),
    );
  });

  it.each(
    jobs.map((j) => [j.job().name, j] as const),
  )("%s: a run that fails is recorded as an error, and the next good run as ok", async (name, {
    job,
    table,
  }) => {
    await insertPlayer(t.db, { lastPlayerMessageAt: new Date(NOW.getTime() - 3_600_000) });
    await t.db.execute(sql.raw(`alter table ${table} rename to ${table}_gone`));
    let failed: Awaited<ReturnType<typeof runJob>>;
    try {
      failed = await runJob(job(), { db: t.db, now: () => NOW, budgetMs: 30_000 });
    } finally {
      await t.db.execute(sql.raw(`alter table ${table}_gone rename to ${table}`));
    }
    expect(failed.status).toBe("error");
    const [run] = await listJobRuns(t.db, { job: name });
    expect(run).toMatchObject({ id: failed.runId, status: "error" });
    // The database's own reason, not the wrapper's statement dump with its parameters.
    expect(run?.error).toMatch(new RegExp(`${table}.*does not exist`));
    expect(run?.error).not.toMatch(/Failed query|params:/);
    expect(run?.finishedAt).toBeInstanceOf(Date);
    const [logged] = await t.db
      .select()
      .from(errorLogs)
      .where(eq(errorLogs.scope, `job.${name}`));
    expect(logged?.context).toMatchObject({ job: name, runId: failed.runId });
    expect(logged?.message).toMatch(new RegExp(`${table}.*does not exist`));
    expect(logged?.stack).toMatch(/\[cause\]/);
    expect(`${logged?.message} ${logged?.stack}`).not.toMatch(/params: (?!\[omitted\])/);

    const ok = await runJob(job(), { db: t.db, now: () => NOW, budgetMs: 30_000 });
    expect(ok.status).toBe("ok");
    const runs = await listJobRuns(t.db, { job: name });
    expect(runs.map((r) => r.status).sort()).toEqual(["error", "ok"]);
  });

  it("raises one alert when a job fails three runs in a row", async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    await t.db.execute(sql.raw("alter table link_codes rename to link_codes_gone"));
    try {
      for (let i = 0; i < 4; i++) await runJob(cleanupJob, { db: t.db, now: () => NOW, budgetMs: 30_000 });
    } finally {
      spy.mockRestore();
      await t.db.execute(sql.raw("alter table link_codes_gone rename to link_codes"));
    }
    const alerts = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === "alert");
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ alert: "job_failing", job: "cleanup", consecutiveFailures: 3 });
  });
});
