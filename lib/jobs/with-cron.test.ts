// The cron wrapper fails closed: no bearer or a wrong one is a 401, no secret on a production
// deployment is a 500 (never an open endpoint), the right bearer runs the job and answers with
// its counts; a job that throws is recorded in job_runs as an error and answered with a 500.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { listJobRuns } from "@/db/queries/job-runs";
import { suiteDatabase } from "@/db/testing/suite-db";
import { testDrivers } from "@/db/testing/test-db";
import { parseEnv } from "@/lib/env";
import { defineJob } from "./job";
import { type CronAuthConfig, isCronBearerValid, withCron } from "./with-cron";

const SECRET = "test-cron-secret-0123456789";

describe.each(testDrivers())("withCron on %s", (driver) => {
  const t = suiteDatabase(driver);
  beforeEach(async () => t.reset());

  let runs = 0;
  const counting = defineJob("counting", async (ctx) => {
    runs++;
    ctx.count("things", 3);
    return "ok";
  });
  const broken = defineJob("broken", async (ctx) => {
    ctx.count("before", 1);
    throw new Error("the database went away");
  });
  const handler = (job = counting, auth: CronAuthConfig = { cronSecret: SECRET }) =>
    withCron(job, 60, { auth: () => auth, db: async () => t.db });
  const get = (authorization?: string) =>
    new Request("http://localhost/api/cron/counting", {
      headers: authorization === undefined ? {} : { authorization },
    });

  it("answers 401 without a bearer or with a wrong one, and runs nothing", async () => {
    runs = 0;
    for (const auth of [
      undefined,
      "",
      "Bearer",
      "Bearer ",
      `Bearer ${SECRET}x`,
      `bearer ${SECRET}`,
      SECRET,
      `Basic ${SECRET}`,
    ]) {
      const res = await handler()(get(auth), {});
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ error: { code: "unauthorized:cron" } });
    }
    expect(runs).toBe(0);
    expect(await listJobRuns(t.db, { job: "counting" })).toHaveLength(0);
  });

  it("refuses with 500 and a log line when the secret is not configured (production without CRON_SECRET)", async () => {
    runs = 0;
    const logged = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    try {
      for (const auth of [undefined, "Bearer ", "Bearer undefined", `Bearer ${SECRET}`]) {
        const res = await handler(counting, { cronSecret: undefined })(get(auth), {});
        expect(res.status).toBe(500);
        expect(JSON.stringify(await res.json())).not.toMatch(/CRON_SECRET|stack/);
      }
      const lines = logged.mock.calls.map((c) => String(c[0]));
      expect(lines.filter((l) => l.includes("CRON_SECRET is not configured"))).toHaveLength(4);
    } finally {
      logged.mockRestore();
    }
    expect(runs).toBe(0);
    expect(await listJobRuns(t.db, { job: "counting" })).toHaveLength(0);
  });

  it("never has an open endpoint: a production deployment without CRON_SECRET does not start, and only development has a fallback secret", () => {
    const production = {
      NODE_ENV: "production",
      VERCEL: "1",
      VERCEL_ENV: "production",
      DATABASE_URL: "postgres://x@db/y",
      AUTH_SECRET: "a".repeat(40),
    };
    expect(() => parseEnv(production)).toThrow(/CRON_SECRET/);
    expect(parseEnv({ ...production, CRON_SECRET: SECRET }).cronSecret).toBe(SECRET);
    // A self-hosted production start gets no fallback (and is refused at start); development
    // and tests get the development secret, never none.
    expect(parseEnv({ NODE_ENV: "production" }).cronSecret).toBeUndefined();
    expect(parseEnv({}).cronSecret).toBeTruthy();
  });

  it("runs the job with the right bearer and answers with its counts", async () => {
    runs = 0;
    const res = await handler()(get(`Bearer ${SECRET}`), {});
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ job: "counting", status: "ok", counts: { things: 3 } });
    expect(runs).toBe(1);
    const [run] = await listJobRuns(t.db, { job: "counting" });
    expect(run).toMatchObject({ id: body.runId, status: "ok", counts: { things: 3 }, error: null });
    expect(run?.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("records a failing job as an error in job_runs and answers 500 without the details", async () => {
    const res = await handler(broken)(get(`Bearer ${SECRET}`), {});
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body).toMatchObject({ job: "broken", status: "error" });
    expect(JSON.stringify(body)).not.toMatch(/database went away/);
    const [run] = await listJobRuns(t.db, { job: "broken" });
    expect(run).toMatchObject({ status: "error", error: "the database went away", counts: { before: 1 } });
    expect(run?.finishedAt).not.toBeNull();
  });

  it("compares the bearer in constant time over digests (any length, no prefix match)", () => {
    expect(isCronBearerValid(`Bearer ${SECRET}`, SECRET)).toBe(true);
    expect(isCronBearerValid(`Bearer ${SECRET.slice(0, -1)}`, SECRET)).toBe(false);
    expect(isCronBearerValid(`Bearer ${"x".repeat(10_000)}`, SECRET)).toBe(false);
    expect(isCronBearerValid(null, SECRET)).toBe(false);
  });
});
