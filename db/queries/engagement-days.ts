// What the engagement and summary jobs read about players' local days: who might have a day to
// close (keyset pages, no locks), and one day's messages for the engine's day input.
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db";
import { queryRows } from "@/db/query-rows";
import type { DayMessage } from "@/lib/engine/engagement";
import { tstzParam } from "./sql-values";

const candidateSchema = z.object({
  id: z.string(),
  timezone: z.string(),
  last_closed_day: z.string().nullable(),
  started_at: z.coerce.date(),
});

export interface EngagementCandidate {
  playerId: string;
  timeZone: string;
  lastClosedDay: string | null;
  startedAt: Date;
}

/** Players in a game (active or in a boss fight), by id after `afterId`. */
export async function listEngagementCandidates(
  db: DbOrTx,
  params: { afterId: string | null; limit: number },
): Promise<EngagementCandidate[]> {
  const after = params.afterId ? sql`and p.id > ${params.afterId}::uuid` : sql``;
  const rows = await queryRows(
    db,
    sql`
    select p.id::text as id, p.timezone, e.last_closed_day::text as last_closed_day,
      coalesce(p.game_started_at, p.created_at) as started_at
    from players p
    left join engagement_state e on e.player_id = p.id
    where p.status in ('active', 'boss_fight') ${after}
    order by p.id
    limit ${params.limit}`,
  );
  return rows.map((row) => {
    const r = candidateSchema.parse(row);
    return {
      playerId: r.id,
      timeZone: r.timezone,
      lastClosedDay: r.last_closed_day,
      startedAt: r.started_at,
    };
  });
}

/** The player's and her messages in [start, end), in order, as the engine's day input wants them. */
export async function listDayMessages(
  db: DbOrTx,
  params: { playerId: string; start: Date; end: Date },
): Promise<DayMessage[]> {
  const rows = await queryRows(
    db,
    sql`
    select role, created_at, char_length(content) as length from messages
    where player_id = ${params.playerId}::uuid and role in ('player', 'nikita')
      and created_at >= ${tstzParam(params.start)} and created_at < ${tstzParam(params.end)}
    order by created_at, id`,
  );
  const schema = z.object({
    role: z.enum(["player", "nikita"]),
    created_at: z.coerce.date(),
    length: z.coerce.number(),
  });
  return rows.map((row) => {
    const r = schema.parse(row);
    return { at: r.created_at, from: r.role, length: r.length };
  });
}

/** Locks a player row for a job unless another transaction holds it (then: skip this player). */
export async function lockPlayerIfFree(db: DbOrTx, params: { playerId: string }): Promise<boolean> {
  const rows = await queryRows(
    db,
    sql`select id from players where id = ${params.playerId}::uuid for update skip locked`,
  );
  return rows.length > 0;
}
