// The moments of a player's game that the chat and the portal show: her test starting and
// how it ended (from score_history), oldest first or newest first. Scoped by player.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { queryRows } from "@/db/query-rows";
import type { Chapter } from "@/lib/engine";
import { tstzParam } from "./sql-values";

export const MOMENT_KINDS = ["boss_initiated", "boss_pass", "boss_fail", "boss_partial"] as const;
export type MomentKind = (typeof MOMENT_KINDS)[number];

export type GameMomentRow = { id: number; kind: MomentKind; chapter: Chapter; at: Date };

export async function listGameMoments(
  db: DbOrTx,
  params: { playerId: string; since?: Date | null; limit: number; newestFirst?: boolean },
): Promise<GameMomentRow[]> {
  const since = params.since ? sql`and h.created_at >= ${tstzParam(params.since)}` : sql``;
  const order = params.newestFirst ? sql`desc` : sql`asc`;
  const rows = await queryRows<{ id: string | number; kind: MomentKind; chapter: number; at: Date | string }>(
    db,
    sql`select h.id, h.kind, h.chapter, h.created_at as at from score_history h
        where h.player_id = ${params.playerId}
          and h.kind in ('boss_initiated', 'boss_pass', 'boss_fail', 'boss_partial') ${since}
        order by h.created_at ${order}, h.id ${order}
        limit ${params.limit}`,
  );
  return rows.map((r) => ({
    id: Number(r.id),
    kind: r.kind,
    chapter: r.chapter as Chapter,
    at: new Date(r.at),
  }));
}
