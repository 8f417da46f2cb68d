// The cron route wrapper: every /api/cron/<job> route is `withCron(job, maxDuration)`. It fails
// closed: the request must carry `Authorization: Bearer $CRON_SECRET` (compared in constant
// time over SHA-256 digests, so neither length nor prefix leaks); a missing or wrong bearer is
// a 401; no secret on a production deployment is a 500 and a log line, never an open endpoint.
// Then it runs the job within maxDuration minus a margin and answers with the run's counts.
import { createHash, timingSafeEqual } from "node:crypto";
import { NextResponse } from "next/server";
import type { Db } from "@/db";
import { getDb } from "@/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { jsonError, withErrors } from "@/lib/http/respond";
import { createLogger } from "@/lib/observability/logger";
import type { JobDefinition } from "./job";
import { budgetFromMaxDuration, runJob } from "./run-job";

const log = createLogger("cron");
const BEARER_PREFIX = "Bearer ";

export interface CronAuthConfig {
  /** The expected bearer; undefined only on a production deployment with none configured. */
  cronSecret: string | undefined;
}

export interface WithCronOptions {
  /** Injected in tests; defaults to lib/env. */
  auth?: () => CronAuthConfig;
  db?: () => Promise<Db>;
  now?: () => Date;
}

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

/** Constant-time bearer check: equal-length digests, compared with timingSafeEqual. */
export function isCronBearerValid(header: string | null, secret: string): boolean {
  const presented = header?.startsWith(BEARER_PREFIX) ? header.slice(BEARER_PREFIX.length) : "";
  const matches = timingSafeEqual(digest(presented), digest(secret));
  return matches && presented.length > 0;
}

const defaultAuth = (): CronAuthConfig => ({ cronSecret: env.cronSecret });

export function withCron(job: JobDefinition, maxDurationSeconds: number, options: WithCronOptions = {}) {
  const routeName = `GET /api/cron/${job.name}`;
  const auth = options.auth ?? defaultAuth;
  const openDb = options.db ?? getDb;
  const budgetMs = budgetFromMaxDuration(maxDurationSeconds);

  return withErrors(
    routeName,
    async (req: Request) => {
      const { cronSecret } = auth();
      if (!cronSecret) {
        // lib/env falls back to a dev secret everywhere but on a production deployment, so this
        // is production without CRON_SECRET: refuse, loudly.
        log.error("CRON_SECRET is not configured; refusing to run", { job: job.name });
        return jsonError(new AppError("internal:cron_secret", "The job endpoint is not configured."));
      }
      if (!isCronBearerValid(req.headers.get("authorization"), cronSecret)) {
        return jsonError(new AppError("unauthorized:cron", "A valid cron bearer token is required."));
      }
      const result = await runJob(job, { db: await openDb(), now: options.now, budgetMs });
      const body = {
        job: result.job,
        runId: result.runId,
        status: result.status,
        counts: result.counts,
        durationMs: result.durationMs,
      };
      // A failed run answers 500 with the run's id and counts only; the reason is in job_runs and
      // error_logs, never in the body.
      return NextResponse.json(body, {
        status: result.status === "error" ? 500 : 200,
        headers: { "Cache-Control": "no-store" },
      });
    },
    { maxDurationSeconds },
  );
}
