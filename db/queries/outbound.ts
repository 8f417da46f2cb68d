// Her outbound messages: each bubble is stored as a `nikita` message dated when it is due
// (so history and the web chat show it only once she has "sent" it) and queued in
// `scheduled_events` for its channel. A dedupe key per bubble makes re-scheduling after a
// retried turn a no-op instead of a double answer.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { queryRows } from "../query-rows";
import type { EventChannel, EventSource } from "../schema";

export type OutboundBubble = { text: string; dueAt: Date; typingFrom?: Date | null };

/**
 * Schedules her bubbles in one statement: message ids are drawn up front, the events insert
 * skips dedupe keys already scheduled, and only the bubbles whose event was new get their
 * `nikita` message. Returns how many were new (a retried turn schedules none twice).
 */
export async function scheduleOutbound(
  db: DbOrTx,
  params: {
    playerId: string;
    conversationId: string;
    channel: EventChannel;
    source: EventSource;
    bubbles: OutboundBubble[];
    /** Unique per logical reply, e.g. `turn:42:reply`; bubble index is appended. */
    dedupeKey: string;
  },
): Promise<number> {
  if (params.bubbles.length === 0) return 0;
  const rows = params.bubbles.map(
    (bubble, index) =>
      sql`(${bubble.text}::text, ${bubble.dueAt.toISOString()}::timestamptz,
           ${bubble.typingFrom ? bubble.typingFrom.toISOString() : null}::timestamptz,
           ${`${params.dedupeKey}:${index}`}::text)`,
  );
  const result = await queryRows<{ scheduled: number }>(
    db,
    sql`with input (text, due_at, typing_from, dedupe_key) as (values ${sql.join(rows, sql`, `)}),
      fresh as materialized (
        select i.*, nextval(pg_get_serial_sequence('messages', 'id')) as message_id
        from input i
        where not exists (select 1 from scheduled_events s where s.dedupe_key = i.dedupe_key)),
      events as (
        insert into scheduled_events (player_id, channel, source, payload, due_at, typing_from, dedupe_key, message_id)
        select ${params.playerId}::uuid, ${params.channel}, ${params.source}, jsonb_build_object('text', f.text),
               f.due_at, f.typing_from, f.dedupe_key, f.message_id
        from fresh f
        on conflict (dedupe_key) do nothing
        returning message_id),
      bubbles as (
        insert into messages (id, player_id, conversation_id, role, content, created_at)
        overriding system value
        select f.message_id, ${params.playerId}::uuid, ${params.conversationId}::uuid, 'nikita', f.text, f.due_at
        from fresh f join events e on e.message_id = f.message_id
        returning id)
      select count(*)::int as scheduled from bubbles`,
  );
  return Number(result[0]?.scheduled ?? 0);
}
