// The cron routes over real HTTP (`next start`), exactly as Vercel Cron calls them: every job
// in vercel.json runs with `Authorization: Bearer $CRON_SECRET` and leaves a job_runs row; a
// missing or wrong bearer is a 401 that runs nothing; the auth proxy never redirects a cron
// call (while it does send signed-out visitors of /dashboard to sign-in); only GET is served.
// Runs on the app's own PGlite (rows read after the server stops) and, with TEST_DATABASE_URL,
// on a fresh PostgreSQL database. "No secret in production" cannot start the app at all
// (lib/env refuses); lib/jobs/with-cron.test.ts proves the route's own 500 for that case.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "@/db/client";
import { queryRows } from "@/db/query-rows";
import { createTestDatabase, type TestDatabase, testDrivers } from "@/db/testing/test-db";
import { loadSchedules } from "@/lib/jobs/schedules";
import { type AppServer, startAppServer } from "../support/app-server";

const SECRET = "http-cron-secret_0123456789abcdef";
const JOBS = loadSchedules().map((s) => s.job);

describe.each(testDrivers())("cron routes over HTTP on %s", (driver) => {
  let app: AppServer;
  let server: TestDatabase | undefined;
  let pgliteDir: string | undefined;

  beforeAll(async () => {
    server = driver === "postgres" ? await createTestDatabase("postgres") : undefined;
    pgliteDir = server ? undefined : mkdtempSync(path.join(tmpdir(), "nikita-cron-"));
    app = await startAppServer({
      CRON_SECRET: SECRET,
      ...(server?.url ? { DATABASE_URL: server.url } : { PGLITE_DIR: pgliteDir ?? "" }),
    });
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
    await server?.close();
    if (pgliteDir) rmSync(pgliteDir, { recursive: true, force: true });
  });

  const get = (job: string, headers: Record<string, string> = {}) =>
    fetch(`${app.url}/api/cron/${job}`, { headers, redirect: "manual" });

  /** job_runs as the app wrote them (PGlite: the server must be stopped first). */
  async function jobRuns(): Promise<{ job: string; status: string; error: string | null }[]> {
    const handle: DatabaseHandle | undefined = server ? undefined : await openDatabase({ pgliteDir });
    const db = server?.db ?? handle?.db;
    if (!db) throw new Error("no database");
    try {
      return await queryRows(db, sql`select job, status, error from job_runs order by id`);
    } finally {
      await handle?.close();
    }
  }

  it("declares the eight jobs of the architecture", () => {
    expect([...JOBS].sort()).toEqual(
      [
        "boss-timeout",
        "cleanup",
        "decay",
        "deliver",
        "engagement",
        "process",
        "summary",
        "touchpoints",
      ].sort(),
    );
  });

  it("answers 401 to a missing or wrong bearer, never redirecting and never running the job", async () => {
    for (const job of JOBS) {
      for (const authorization of [undefined, "", `Bearer ${SECRET}x`, `Bearer ${SECRET.slice(1)}`, SECRET]) {
        const res = await get(job, authorization === undefined ? {} : { authorization });
        expect(res.status, `${job} with ${authorization ?? "no header"}`).toBe(401);
        expect(res.headers.get("location")).toBeNull();
        const body = await res.json();
        expect(body.error.code).toBe("unauthorized:cron");
        expect(JSON.stringify(body)).not.toContain(SECRET);
      }
    }
  });

  it("runs every job with the cron bearer and answers with the run", async () => {
    for (const job of JOBS) {
      const res = await get(job, { authorization: `Bearer ${SECRET}` });
      expect(res.status, job).toBe(200);
      expect(res.headers.get("cache-control")).toBe("no-store");
      const body = await res.json();
      expect(body).toMatchObject({ job, status: "ok" });
      expect(body.runId).toBeTypeOf("number");
      expect(body.counts).toBeTypeOf("object");
    }
  }, 120_000);

  it("is outside the auth proxy: pages redirect signed-out visitors, cron routes do not", async () => {
    const page = await fetch(`${app.url}/dashboard`, { redirect: "manual" });
    expect([302, 303, 307, 308]).toContain(page.status);
    expect(page.headers.get("location")).toMatch(/sign-in/);
    const cron = await get("decay");
    expect(cron.status).toBe(401);
    expect(cron.headers.get("set-cookie")).toBeNull();
  });

  it("serves GET only", async () => {
    const res = await fetch(`${app.url}/api/cron/decay`, {
      method: "POST",
      headers: { authorization: `Bearer ${SECRET}` },
      redirect: "manual",
    });
    expect(res.status).toBe(405);
  });

  it("left exactly one ok job_runs row per job, and none for the refused calls", async () => {
    if (!server) await app.stop();
    const runs = await jobRuns();
    expect(runs.map((r) => r.job).sort()).toEqual([...JOBS].sort());
    for (const r of runs) expect(r, r.job).toMatchObject({ status: "ok", error: null });
  });
});
