// Sampled route latency for the admin operations page (p50/p95/p99 per route). Writes are
// fire-and-forget and batched so sampling never slows the request it measures.
import { getDb } from "@/db";
import { requestMetrics } from "@/db/schema";
import { env } from "@/lib/env";

type Sample = typeof requestMetrics.$inferInsert;
const FLUSH_AFTER_MS = 2000;
const MAX_BUFFER = 200;

let buffer: Sample[] = [];
let isFlushScheduled = false;

async function flush() {
  isFlushScheduled = false;
  const batch = buffer;
  buffer = [];
  if (batch.length === 0) return;
  try {
    const db = await getDb();
    await db.insert(requestMetrics).values(batch);
  } catch {
    // Metrics are best-effort; a database problem is reported by health, not here.
  }
}

export function sampleRequestMetric(route: string, method: string, status: number, durationMs: number) {
  if (env.REQUEST_METRICS_SAMPLE_RATE === 0 || Math.random() >= env.REQUEST_METRICS_SAMPLE_RATE) return;
  buffer.push({ route, method, status, durationMs: Math.round(durationMs * 100) / 100 });
  if (buffer.length >= MAX_BUFFER) void flush();
  else if (!isFlushScheduled) {
    isFlushScheduled = true;
    setTimeout(() => void flush(), FLUSH_AFTER_MS);
  }
}
