// Score changes the chart should point at rather than draw as an unexplained cliff: an
// admin's change (set score or metrics, chapter, reset) and her tests' outcomes, in a range.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { queryRows } from "@/db/query-rows";
import { tstzParam } from "./sql-values";

export type ScoreMarkRow = {
  at: Date;
  kind: "admin" | "reset" | "boss_pass" | "boss_fail";
  before: number;
  after: number;
};

/** At most this many marks on one chart (a busy admin week would otherwise paint it over). */
const MAX_MARKS = 20;

export async function listScoreMarks(
  db: DbOrTx,
  params: { playerId: string; from: Date; to: Date },
): Promise<ScoreMarkRow[]> {
  const rows = await queryRows<{
    at: Date | string;
    kind: ScoreMarkRow["kind"];
    before: number | string;
    after: number | string;
  }>(
    db,
    sql`select h.created_at as at, h.kind, h.score_before as before, h.score_after as after from score_history h
        where h.player_id = ${params.playerId} and h.kind in ('admin', 'reset', 'boss_pass', 'boss_fail')
          and h.created_at >= ${tstzParam(params.from)} and h.created_at <= ${tstzParam(params.to)}
        order by h.created_at desc limit ${MAX_MARKS}`,
  );
  return rows
    .map((r) => ({ at: new Date(r.at), kind: r.kind, before: Number(r.before), after: Number(r.after) }))
    .reverse();
}
