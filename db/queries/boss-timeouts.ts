// Boss fights waiting on the player for longer than the reply timeout (GAME.md §3): her latest
// boss message (boss_last_prompt_at) older than 24 h. Read without locks; each is then claimed
// on its own with SKIP LOCKED.
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db";
import { queryRows } from "@/db/query-rows";
import { BOSS_RULES } from "@/lib/engine/rules";
import { tstzParam } from "./sql-values";

export async function listTimedOutBossFights(
  db: DbOrTx,
  params: { now: Date; limit: number },
): Promise<string[]> {
  const rows = await queryRows(
    db,
    sql`
    select id::text as id from players
    where status = 'boss_fight'
      and boss_last_prompt_at < ${tstzParam(params.now)} - make_interval(hours => ${BOSS_RULES.replyTimeoutHours}::int)
    order by boss_last_prompt_at, id
    limit ${params.limit}`,
  );
  return rows.map((r) => z.object({ id: z.string() }).parse(r).id);
}

/** Locks the player row if it is still in a boss fight and no one else holds it. */
export async function claimBossFight(db: DbOrTx, params: { playerId: string }): Promise<boolean> {
  const rows = await queryRows(
    db,
    sql`select id from players where id = ${params.playerId}::uuid and status = 'boss_fight' for update skip locked`,
  );
  return rows.length > 0;
}
