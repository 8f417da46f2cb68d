// Admin overview numbers: players by status and chapter, daily active players, messages per
// day, model cost per day and boss pass rates by chapter. Days are UTC calendar days.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { queryRows } from "@/db/query-rows";
import { tstzParam } from "./sql-values";

const day = (column: string) => sql.raw(`to_char((${column}) at time zone 'UTC', 'YYYY-MM-DD')`);

export type StatusChapterCount = { status: string; chapter: number; players: number };
export type DailyPoint = { day: string; value: number };
export type MessagesPerDay = { day: string; player: number; nikita: number };
export type BossRate = {
  chapter: number;
  pass: number;
  fail: number;
  partial: number;
  passRate: number | null;
};

export async function playersByStatusAndChapter(db: DbOrTx): Promise<StatusChapterCount[]> {
  const rows = await queryRows<{ status: string; chapter: number; players: number }>(
    db,
    sql`select status, chapter::int as chapter, count(*)::int as players from players group by status, chapter order by chapter, status`,
  );
  return rows.map((r) => ({ status: r.status, chapter: Number(r.chapter), players: Number(r.players) }));
}

export async function dailyActivePlayers(db: DbOrTx, params: { since: Date }): Promise<DailyPoint[]> {
  const rows = await queryRows<{ day: string; value: number }>(
    db,
    sql`select ${day("created_at")} as day, count(distinct player_id)::int as value
        from messages where role = 'player' and created_at >= ${tstzParam(params.since)} group by 1 order by 1`,
  );
  return rows.map((r) => ({ day: r.day, value: Number(r.value) }));
}

export async function messagesPerDay(db: DbOrTx, params: { since: Date }): Promise<MessagesPerDay[]> {
  const rows = await queryRows<{ day: string; player: number; nikita: number }>(
    db,
    sql`select ${day("created_at")} as day,
          count(*) filter (where role = 'player')::int as player,
          count(*) filter (where role = 'nikita')::int as nikita
        from messages where created_at >= ${tstzParam(params.since)} group by 1 order by 1`,
  );
  return rows.map((r) => ({ day: r.day, player: Number(r.player), nikita: Number(r.nikita) }));
}

export async function modelCostPerDay(db: DbOrTx, params: { since: Date }): Promise<DailyPoint[]> {
  const rows = await queryRows<{ day: string; value: string | number }>(
    db,
    sql`select ${day("created_at")} as day, coalesce(sum(cost_usd), 0)::float8 as value
        from llm_calls where created_at >= ${tstzParam(params.since)} group by 1 order by 1`,
  );
  return rows.map((r) => ({ day: r.day, value: Number(r.value) }));
}

export async function bossPassRates(db: DbOrTx): Promise<BossRate[]> {
  const rows = await queryRows<{ chapter: number; pass: number; fail: number; partial: number }>(
    db,
    sql`select chapter::int as chapter,
          count(*) filter (where kind = 'boss_pass')::int as pass,
          count(*) filter (where kind = 'boss_fail')::int as fail,
          count(*) filter (where kind = 'boss_partial')::int as partial
        from score_history where kind in ('boss_pass', 'boss_fail', 'boss_partial')
        group by chapter order by chapter`,
  );
  return rows.map((r) => {
    const pass = Number(r.pass);
    const total = pass + Number(r.fail) + Number(r.partial);
    return {
      chapter: Number(r.chapter),
      pass,
      fail: Number(r.fail),
      partial: Number(r.partial),
      passRate: total > 0 ? pass / total : null,
    };
  });
}
