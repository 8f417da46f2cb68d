// llm_calls: one row per model call (success or failure) with tokens, cache use, cost and
// latency. Operational table (service connection only): written by lib/agents/llm-calls.ts,
// read by the admin cost view and tests.
import { and, desc, eq, gte, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { llmCalls } from "@/db/schema";

/** Error text kept per call: enough to recognise the failure, never a dump. */
const MAX_ERROR_CHARS = 500;
const DEFAULT_LIST_LIMIT = 50;

export type NewLlmCall = {
  playerId: string | null;
  purpose: string;
  model: string;
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  costUsd: number;
  latencyMs: number;
  status: "ok" | "error";
  error?: string | null;
};

export async function insertLlmCall(db: DbOrTx, params: NewLlmCall): Promise<void> {
  await db.insert(llmCalls).values({
    ...params,
    latencyMs: Math.max(0, Math.round(params.latencyMs)),
    error: params.error ? params.error.slice(0, MAX_ERROR_CHARS) : null,
  });
}

export type LlmCallRow = typeof llmCalls.$inferSelect;

/** One player's latest calls, newest first. */
export async function listLlmCallsForPlayer(
  db: DbOrTx,
  params: { playerId: string; limit?: number },
): Promise<LlmCallRow[]> {
  return db
    .select()
    .from(llmCalls)
    .where(eq(llmCalls.playerId, params.playerId))
    .orderBy(desc(llmCalls.createdAt), desc(llmCalls.id))
    .limit(params.limit ?? DEFAULT_LIST_LIMIT);
}

export type LlmUsageSummary = {
  model: string;
  purpose: string;
  calls: number;
  errors: number;
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  costUsd: number;
  avgLatencyMs: number;
};

/** Totals per model and purpose since a moment (admin cost view), optionally for one player. */
export async function summarizeLlmCalls(
  db: DbOrTx,
  params: { since: Date; playerId?: string },
): Promise<LlmUsageSummary[]> {
  const rows = await db
    .select({
      model: llmCalls.model,
      purpose: llmCalls.purpose,
      calls: sql<number>`count(*)::int`,
      errors: sql<number>`(count(*) filter (where ${llmCalls.status} = 'error'))::int`,
      inputTokens: sql<number>`coalesce(sum(${llmCalls.inputTokens}), 0)::bigint`,
      outputTokens: sql<number>`coalesce(sum(${llmCalls.outputTokens}), 0)::bigint`,
      cacheReadTokens: sql<number>`coalesce(sum(${llmCalls.cacheReadTokens}), 0)::bigint`,
      cacheWriteTokens: sql<number>`coalesce(sum(${llmCalls.cacheWriteTokens}), 0)::bigint`,
      costUsd: sql<string>`coalesce(sum(${llmCalls.costUsd}), 0)`,
      avgLatencyMs: sql<string>`coalesce(avg(${llmCalls.latencyMs}), 0)`,
    })
    .from(llmCalls)
    .where(
      and(
        gte(llmCalls.createdAt, params.since),
        params.playerId ? eq(llmCalls.playerId, params.playerId) : undefined,
      ),
    )
    .groupBy(llmCalls.model, llmCalls.purpose)
    .orderBy(llmCalls.model, llmCalls.purpose);
  // Aggregates come back as strings on one driver and numbers on the other: normalise here.
  return rows.map((r) => ({
    model: r.model,
    purpose: r.purpose,
    calls: Number(r.calls),
    errors: Number(r.errors),
    inputTokens: Number(r.inputTokens),
    outputTokens: Number(r.outputTokens),
    cacheReadTokens: Number(r.cacheReadTokens),
    cacheWriteTokens: Number(r.cacheWriteTokens),
    costUsd: Number(r.costUsd),
    avgLatencyMs: Math.round(Number(r.avgLatencyMs)),
  }));
}
