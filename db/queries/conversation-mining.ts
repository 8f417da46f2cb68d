// Closing idle conversations and mining closed ones (GAME.md §9): a conversation closes after
// 15 min without messages (never while one of its turns is still waiting for her reply), and
// each closed conversation is summarised and mined for facts exactly once (mined_at).
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db";
import { queryRows } from "@/db/query-rows";
import { tstzParam } from "./sql-values";

/** Closes up to `limit` conversations idle since before `idleBefore`; returns how many. */
export async function closeIdleConversations(
  db: DbOrTx,
  params: { now: Date; idleBefore: Date; limit: number },
): Promise<number> {
  const rows = await queryRows(
    db,
    sql`
    update conversations c set closed_at = ${tstzParam(params.now)}
    from (
      select id from conversations
      where closed_at is null and last_message_at <= ${tstzParam(params.idleBefore)}
        and not exists (
          select 1 from pending_turns pt
          where pt.conversation_id = conversations.id and pt.status in ('pending', 'processing'))
      order by last_message_at
      limit ${params.limit}
      for update skip locked
    ) idle
    where c.id = idle.id and c.closed_at is null
    returning c.id`,
  );
  return rows.length;
}

const toMineSchema = z.object({
  id: z.string(),
  player_id: z.string(),
  chapter: z.coerce.number(),
  started_at: z.coerce.date(),
});

export interface ConversationToMine {
  conversationId: string;
  playerId: string;
  chapter: number;
  startedAt: Date;
}

/** Closed conversations not mined yet, oldest first (no locks: see lockForMining). */
export async function listConversationsToMine(
  db: DbOrTx,
  params: { limit: number; excludeIds: string[] },
): Promise<ConversationToMine[]> {
  const exclude =
    params.excludeIds.length > 0
      ? sql`and c.id not in (${sql.join(
          params.excludeIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`
      : sql``;
  const rows = await queryRows(
    db,
    sql`
    select c.id::text as id, c.player_id::text as player_id, p.chapter, c.started_at
    from conversations c join players p on p.id = c.player_id
    where c.closed_at is not null and c.mined_at is null ${exclude}
    order by c.closed_at, c.id
    limit ${params.limit}`,
  );
  return rows.map((row) => {
    const r = toMineSchema.parse(row);
    return { conversationId: r.id, playerId: r.player_id, chapter: r.chapter, startedAt: r.started_at };
  });
}

/** Locks a closed, unmined conversation for this transaction; false when mined or held elsewhere. */
export async function lockForMining(db: DbOrTx, params: { conversationId: string }): Promise<boolean> {
  const rows = await queryRows(
    db,
    sql`select id from conversations
        where id = ${params.conversationId}::uuid and closed_at is not null and mined_at is null
        for update skip locked`,
  );
  return rows.length > 0;
}

export async function markConversationMined(
  db: DbOrTx,
  params: { conversationId: string; summary: string; topics: string[]; now: Date },
): Promise<void> {
  await db.execute(sql`
    update conversations
    set summary = ${params.summary}, topics = ${JSON.stringify(params.topics)}::jsonb, mined_at = ${tstzParam(params.now)}
    where id = ${params.conversationId}::uuid and mined_at is null`);
}
