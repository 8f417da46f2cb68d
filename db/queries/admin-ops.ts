// Admin operations reads: job runs, the scheduled-events queue (pending and failed), the
// error log, model usage by day/model/purpose, route latency percentiles from the sampled
// request_metrics, and the admin audit log.
import { desc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { queryRows } from "@/db/query-rows";
import { adminAuditLog, errorLogs, jobRuns, players, scheduledEvents } from "@/db/schema";
import { tstzParam } from "./sql-values";

const LIST_LIMIT = 50;
const QUEUE_LIMIT = 100;

export async function recentJobRuns(db: DbOrTx, limit = LIST_LIMIT) {
  return db.select().from(jobRuns).orderBy(desc(jobRuns.startedAt), desc(jobRuns.id)).limit(limit);
}

/** The latest run of every job. */
export async function latestRunPerJob(db: DbOrTx) {
  return queryRows<{
    job: string;
    status: string;
    started_at: string;
    duration_ms: number | null;
    counts: Record<string, number>;
    error: string | null;
    last_error: string | null;
    last_error_at: string | null;
  }>(
    db,
    sql`select distinct on (r.job) r.job, r.status, r.started_at, r.duration_ms, r.counts, r.error,
          (select e.error from job_runs e where e.job = r.job and e.status = 'error' order by e.started_at desc limit 1) as last_error,
          (select e.started_at from job_runs e where e.job = r.job and e.status = 'error' order by e.started_at desc limit 1) as last_error_at
        from job_runs r order by r.job, r.started_at desc`,
  );
}

export async function eventQueue(db: DbOrTx, limit = QUEUE_LIMIT) {
  return db
    .select({
      id: scheduledEvents.id,
      playerId: scheduledEvents.playerId,
      playerName: players.name,
      channel: scheduledEvents.channel,
      source: scheduledEvents.source,
      status: scheduledEvents.status,
      dueAt: scheduledEvents.dueAt,
      attempts: scheduledEvents.attempts,
      lastError: scheduledEvents.lastError,
      text: sql<string>`${scheduledEvents.payload}->>'text'`,
    })
    .from(scheduledEvents)
    .leftJoin(players, eq(players.id, scheduledEvents.playerId))
    .where(inArray(scheduledEvents.status, ["pending", "failed"]))
    .orderBy(desc(sql`${scheduledEvents.status} = 'failed'`), scheduledEvents.dueAt)
    .limit(limit);
}

export async function recentErrors(db: DbOrTx, limit = LIST_LIMIT) {
  return db.select().from(errorLogs).orderBy(desc(errorLogs.createdAt), desc(errorLogs.id)).limit(limit);
}

export type ModelUsageRow = {
  day: string;
  model: string;
  purpose: string;
  calls: number;
  errors: number;
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  /** Cached input share: cache reads / (uncached input + cache reads + cache writes). */
  cacheHitRate: number | null;
  costUsd: number;
};

export async function modelUsage(db: DbOrTx, params: { since: Date }): Promise<ModelUsageRow[]> {
  const rows = await queryRows<Record<string, string | number>>(
    db,
    sql`select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD') as day, model, purpose,
          count(*)::int as calls, count(*) filter (where status = 'error')::int as errors,
          sum(input_tokens)::float8 as input, sum(output_tokens)::float8 as output,
          sum(cache_read_tokens)::float8 as cache_read, sum(cache_write_tokens)::float8 as cache_write,
          coalesce(sum(cost_usd), 0)::float8 as cost
        from llm_calls where created_at >= ${tstzParam(params.since)}
        group by 1, 2, 3 order by 1 desc, cost desc`,
  );
  return rows.map((r) => {
    const input = Number(r.input);
    const read = Number(r.cache_read);
    const write = Number(r.cache_write);
    const all = input + read + write;
    return {
      day: String(r.day),
      model: String(r.model),
      purpose: String(r.purpose),
      calls: Number(r.calls),
      errors: Number(r.errors),
      inputTokens: input,
      outputTokens: Number(r.output),
      cacheReadTokens: read,
      cacheWriteTokens: write,
      cacheHitRate: all > 0 ? read / all : null,
      costUsd: Number(r.cost),
    };
  });
}

export type RouteLatency = {
  route: string;
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
};

export async function routeLatency(db: DbOrTx, params: { since: Date }): Promise<RouteLatency[]> {
  const rows = await queryRows<Record<string, string | number>>(
    db,
    sql`select route, count(*)::int as samples,
          percentile_cont(0.5) within group (order by duration_ms)::float8 as p50,
          percentile_cont(0.95) within group (order by duration_ms)::float8 as p95,
          percentile_cont(0.99) within group (order by duration_ms)::float8 as p99,
          count(*) filter (where status >= 500)::int as errors
        from request_metrics where created_at >= ${tstzParam(params.since)}
        group by route order by p95 desc`,
  );
  return rows.map((r) => ({
    route: String(r.route),
    samples: Number(r.samples),
    p50: Number(r.p50),
    p95: Number(r.p95),
    p99: Number(r.p99),
    errors: Number(r.errors),
  }));
}

export async function recentAudit(db: DbOrTx, limit = LIST_LIMIT) {
  return db
    .select({
      id: adminAuditLog.id,
      createdAt: adminAuditLog.createdAt,
      adminEmail: adminAuditLog.adminEmail,
      adminUserId: adminAuditLog.adminUserId,
      action: adminAuditLog.action,
      playerId: adminAuditLog.playerId,
      playerName: players.name,
      before: adminAuditLog.before,
      after: adminAuditLog.after,
      reason: adminAuditLog.reason,
    })
    .from(adminAuditLog)
    .leftJoin(players, eq(players.id, adminAuditLog.playerId))
    .orderBy(desc(adminAuditLog.createdAt), desc(adminAuditLog.id))
    .limit(limit);
}
