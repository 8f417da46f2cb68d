// Operations aggregate: job runs, server errors, model calls, sampled request latency,
// the admin audit log, safety events and the local auth mailbox. Not player-readable:
// RLS is on with no policy for `authenticated`, so only the service connection sees them.
import { bigint, index, integer, jsonb, numeric, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, tstz } from "./_shared";

export type JobStatus = "running" | "ok" | "error" | "partial";

export const jobRuns = pgTable(
  "job_runs",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    job: text("job").notNull(),
    startedAt: tstz("started_at").notNull().defaultNow(),
    finishedAt: tstz("finished_at"),
    status: text("status").$type<JobStatus>().notNull().default("running"),
    counts: jsonb("counts").$type<Record<string, number>>().notNull().default({}),
    error: text("error"),
    durationMs: integer("duration_ms"),
  },
  (t) => [index("job_runs_job_started_idx").on(t.job, t.startedAt.desc())],
).enableRLS();

export const errorLogs = pgTable(
  "error_logs",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    scope: text("scope").notNull(),
    code: text("code"),
    message: text("message").notNull(),
    context: jsonb("context").$type<Record<string, unknown>>(),
    stack: text("stack"),
    createdAt: createdAt(),
  },
  (t) => [index("error_logs_created_idx").on(t.createdAt.desc())],
).enableRLS();

export const llmCalls = pgTable(
  "llm_calls",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    playerId: uuid("player_id"),
    purpose: text("purpose").notNull(),
    model: text("model").notNull(),
    inputTokens: integer("input_tokens").notNull().default(0),
    outputTokens: integer("output_tokens").notNull().default(0),
    cacheReadTokens: integer("cache_read_tokens").notNull().default(0),
    cacheWriteTokens: integer("cache_write_tokens").notNull().default(0),
    costUsd: numeric("cost_usd", { precision: 12, scale: 6, mode: "number" }).notNull().default(0),
    latencyMs: integer("latency_ms").notNull(),
    status: text("status").$type<"ok" | "error">().notNull(),
    error: text("error"),
    createdAt: createdAt(),
  },
  (t) => [index("llm_calls_created_idx").on(t.createdAt), index("llm_calls_player_idx").on(t.playerId)],
).enableRLS();

export const requestMetrics = pgTable(
  "request_metrics",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    route: text("route").notNull(),
    method: text("method").notNull(),
    status: integer("status").notNull(),
    durationMs: numeric("duration_ms", { precision: 10, scale: 2, mode: "number" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("request_metrics_route_created_idx").on(t.route, t.createdAt)],
).enableRLS();

export const adminAuditLog = pgTable(
  "admin_audit_log",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    adminUserId: uuid("admin_user_id").notNull(),
    adminEmail: text("admin_email"),
    action: text("action").notNull(),
    playerId: uuid("player_id"),
    before: jsonb("before"),
    after: jsonb("after"),
    reason: text("reason").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("admin_audit_player_idx").on(t.playerId, t.createdAt),
    index("admin_audit_created_idx").on(t.createdAt),
  ],
).enableRLS();

export type SafetyKind = "guard_block" | "crisis" | "minor" | "age_lock";

export const safetyEvents = pgTable(
  "safety_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    playerId: uuid("player_id"),
    kind: text("kind").$type<SafetyKind>().notNull(),
    messageId: bigint("message_id", { mode: "number" }),
    content: text("content"),
    sentInstead: text("sent_instead"),
    details: jsonb("details").$type<Record<string, unknown>>(),
    status: text("status").$type<"open" | "cleared" | "kept">().notNull().default("open"),
    resolvedBy: uuid("resolved_by"),
    resolvedAt: tstz("resolved_at"),
    createdAt: createdAt(),
  },
  (t) => [index("safety_events_status_idx").on(t.status, t.createdAt.desc())],
).enableRLS();

export const devMailbox = pgTable("dev_mailbox", {
  id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  toEmail: text("to_email").notNull(),
  subject: text("subject").notNull(),
  body: text("body").notNull(),
  link: text("link"),
  createdAt: createdAt(),
}).enableRLS();
