// What the conversation list shows beside each conversation: how many bubbles it holds (her
// messages and the player's, as the chat shows them — `conversations.message_count` counts
// only the player's), and how her test went if it ended during it. Scoped by player.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { queryRows } from "@/db/query-rows";

export type ConversationExtras = {
  bubbles: number;
  test: "passed" | "failed" | "undecided" | "started" | null;
};

/** A test outcome recorded up to this long after the conversation's last message still belongs to it. */
const OUTCOME_SLACK = sql`interval '2 minutes'`;

export async function loadConversationExtras(
  db: DbOrTx,
  params: { playerId: string; conversationIds: string[] },
): Promise<Map<string, ConversationExtras>> {
  const out = new Map<string, ConversationExtras>();
  if (params.conversationIds.length === 0) return out;
  const ids = sql.join(
    params.conversationIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const rows = await queryRows<{ id: string; bubbles: number | string; test: string | null }>(
    db,
    sql`select c.id::text as id,
          (select count(*) from messages m
            where m.conversation_id = c.id and m.player_id = ${params.playerId}
              and m.role in ('player', 'nikita')) as bubbles,
          (select h.kind from score_history h
            where h.player_id = ${params.playerId}
              and h.kind in ('boss_initiated', 'boss_pass', 'boss_fail', 'boss_partial')
              and h.created_at >= c.started_at and h.created_at <= c.last_message_at + ${OUTCOME_SLACK}
            order by h.created_at desc, h.id desc limit 1) as test
        from conversations c
        where c.player_id = ${params.playerId} and c.id in (${ids})`,
  );
  const TEST = {
    boss_pass: "passed",
    boss_fail: "failed",
    boss_partial: "undecided",
    boss_initiated: "started",
  } as const;
  for (const r of rows)
    out.set(r.id, {
      bubbles: Number(r.bubbles),
      test: r.test ? (TEST[r.test as keyof typeof TEST] ?? null) : null,
    });
  return out;
}
