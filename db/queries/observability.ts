// Operational rows written by lib/observability: error records (route 500s, job failures,
// admin errors, slow statements) and sampled request latency, each written in one statement.
import type { DbOrTx } from "@/db";
import { errorLogs, requestMetrics } from "@/db/schema";

export type ErrorLogInsert = typeof errorLogs.$inferInsert;
export type RequestMetricInsert = typeof requestMetrics.$inferInsert;

export async function insertErrorLogs(db: DbOrTx, rows: ErrorLogInsert[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(errorLogs).values(rows);
}

export async function insertRequestMetrics(db: DbOrTx, rows: RequestMetricInsert[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(requestMetrics).values(rows);
}
