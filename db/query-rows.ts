// Raw SQL results differ by driver (postgres.js returns an array, PGlite `{ rows }`);
// this is the one place that knows.
import type { SQL } from "drizzle-orm";
import type { DbOrTx } from "./client";

export async function queryRows<T extends Record<string, unknown>>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}
