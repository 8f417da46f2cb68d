// Slow-statement log: every statement the app runs is timed at the driver (db/client.ts); one
// slower than SLOW_QUERY_MS is logged at once and buffered as an `error_logs` row (scope
// `db.slow_query`) with the statement's name — its verb and main table, e.g.
// `update pending_turns` — its duration and its text without parameter values. Rows are
// written by `flushSlowQueries` after the response (or at the end of a job run); at most one
// row per statement name per minute, so a slow database cannot flood the table.
import type { DbOrTx } from "@/db";
import { type ErrorLogInsert, insertErrorLogs } from "@/db/queries/observability";
import { env } from "@/lib/env";
import { createLogger } from "./logger";
import { currentRequestContext } from "./request-context";

const log = createLogger("db.slow");
const MAX_STATEMENT_CHARS = 1000;
const MAX_BUFFER = 100;
const SAME_NAME_EVERY_MS = 60_000;

let buffer: ErrorLogInsert[] = [];
const lastRecorded = new Map<string, number>();

/** A statement's name: its verb and the first table it names (after from/into/update/join). */
export function statementName(text: string): string {
  const sql = text
    .replace(/--[^\n]*\n/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
  const verb = /\b(insert|update|delete|select)\b/.exec(
    sql.startsWith("with") ? sql.replace(/^with\b/, "") : sql,
  );
  const main = verb?.[1] ?? sql.split(" ")[0] ?? "statement";
  const table = /\b(?:from|into|update|join)\s+("?[a-z_][a-z0-9_.]*"?)/.exec(sql)?.[1]?.replace(/"/g, "");
  return table ? `${main} ${table}` : main;
}

/** Called by the driver wrapper with each statement's text and duration. */
export function noteQueryTime(text: string, durationMs: number, thresholdMs = env.SLOW_QUERY_MS): void {
  if (thresholdMs <= 0 || durationMs < thresholdMs) return;
  const name = statementName(text);
  const ms = Math.round(durationMs);
  const ctx = currentRequestContext();
  log.warn("slow statement", { statement: name, ms, thresholdMs });
  const now = Date.now();
  if (now - (lastRecorded.get(name) ?? 0) < SAME_NAME_EVERY_MS || buffer.length >= MAX_BUFFER) return;
  lastRecorded.set(name, now);
  buffer.push({
    scope: "db.slow_query",
    code: "slow_query",
    message: `${name} took ${ms} ms (threshold ${thresholdMs} ms)`,
    context: {
      statement: name,
      ms,
      thresholdMs,
      sql: text.slice(0, MAX_STATEMENT_CHARS),
      ...(ctx ? { requestId: ctx.requestId, ...(ctx.job ? { job: ctx.job, runId: ctx.runId } : {}) } : {}),
    },
    stack: null,
  });
}

export function pendingSlowQueries(): number {
  return buffer.length;
}

export async function flushSlowQueries(db: DbOrTx): Promise<number> {
  const batch = buffer;
  buffer = [];
  if (batch.length === 0) return 0;
  try {
    await insertErrorLogs(db, batch);
    return batch.length;
  } catch (error) {
    log.warn("could not write slow statements", { error });
    return 0;
  }
}
