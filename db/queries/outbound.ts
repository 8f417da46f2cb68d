// Her outbound messages: each bubble is stored as a `nikita` message dated when it is due
// (so history and the web chat show it only once she has "sent" it) and queued in
// `scheduled_events` for its channel. A dedupe key per bubble makes re-scheduling after a
// retried turn a no-op instead of a double answer.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { type EventChannel, type EventSource, messages, scheduledEvents } from "../schema";

export type OutboundBubble = { text: string; dueAt: Date; typingFrom?: Date | null };

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
  let scheduled = 0;
  for (const [index, bubble] of params.bubbles.entries()) {
    const dedupeKey = `${params.dedupeKey}:${index}`;
    const [event] = await db
      .insert(scheduledEvents)
      .values({
        playerId: params.playerId,
        channel: params.channel,
        source: params.source,
        payload: { text: bubble.text },
        dueAt: bubble.dueAt,
        typingFrom: bubble.typingFrom ?? null,
        dedupeKey,
      })
      .onConflictDoNothing({ target: scheduledEvents.dedupeKey })
      .returning({ id: scheduledEvents.id });
    if (!event) continue;
    const [message] = await db
      .insert(messages)
      .values({
        playerId: params.playerId,
        conversationId: params.conversationId,
        role: "nikita",
        content: bubble.text,
        createdAt: bubble.dueAt,
      })
      .returning({ id: messages.id });
    await db
      .update(scheduledEvents)
      .set({ messageId: message!.id })
      .where(sql`${scheduledEvents.id} = ${event.id}`);
    scheduled += 1;
  }
  return scheduled;
}
