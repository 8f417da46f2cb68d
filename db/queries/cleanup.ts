// Deletes of old operational rows for the cleanup job, in bounded batches by primary key so a
// large backlog never becomes one long lock.
import { type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { queryRows } from "@/db/query-rows";
import { tstzParam } from "./sql-values";

export interface CleanupTarget {
  /** Counter name in job_runs. */
  name: string;
  table: string;
  key: string;
  /** Which rows are old, given the run's instant. */
  where: (now: Date) => SQL;
}

/** Deletes up to `limit` matching rows; returns how many went. */
export async function deleteOldRows(db: DbOrTx, params: { target: CleanupTarget; now: Date; limit: number }) {
  const { table, key } = params.target;
  const rows = await queryRows(
    db,
    sql`
    delete from ${sql.identifier(table)}
    where ${sql.identifier(key)} in (
      select ${sql.identifier(key)} from ${sql.identifier(table)}
      where ${params.target.where(params.now)}
      limit ${params.limit})
    returning 1 as deleted`,
  );
  return rows.length;
}

export const olderThan = (column: string, now: Date, days: number) =>
  sql`${sql.identifier(column)} < ${tstzParam(now)} - make_interval(days => ${days}::int)`;
