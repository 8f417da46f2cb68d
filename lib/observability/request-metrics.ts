// Sampled route latency for the admin operations page (p50/p95/p99 per route). Samples are
// buffered in the process and written in one statement by `flushRequestMetrics`, which the
// route wrapper runs inside `after()`: awaited by the platform, so nothing waits on a timer
// that a frozen serverless instance would never fire.
import type { DbOrTx } from "@/db";
import { insertRequestMetrics, type RequestMetricInsert } from "@/db/queries/observability";
import { env } from "@/lib/env";

const MAX_BUFFER = 500;

let buffer: RequestMetricInsert[] = [];

export function sampleRequestMetric(
  route: string,
  method: string,
  status: number,
  durationMs: number,
  random: () => number = Math.random,
) {
  if (env.REQUEST_METRICS_SAMPLE_RATE === 0 || random() >= env.REQUEST_METRICS_SAMPLE_RATE) return;
  // A database outage must not grow the buffer without bound: the oldest samples go first.
  if (buffer.length >= MAX_BUFFER) buffer.shift();
  buffer.push({ route, method, status, durationMs: Math.round(durationMs * 100) / 100 });
}

/** Writes the buffered samples; best-effort (a database problem is reported by health). */
export async function flushRequestMetrics(db: DbOrTx): Promise<number> {
  const batch = buffer;
  buffer = [];
  if (batch.length === 0) return 0;
  try {
    await insertRequestMetrics(db, batch);
    return batch.length;
  } catch {
    return 0;
  }
}

export function pendingRequestMetrics(): number {
  return buffer.length;
}
