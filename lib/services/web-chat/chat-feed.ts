// What the browser chat shows: the latest web-channel messages she has "sent" (a bubble is
// stored dated when it is due, so one still waiting out its reply delay stays hidden), and
// whether she is typing — a web bubble whose delay is running (`typing_from` passed) or that
// lands within a few seconds — and whether her reply is still being worked out (a pending
// turn), which the page also shows as typing. Bubbles of her test are marked, and the game's
// moments (her test, its outcome) come along for the dividers. Polled by the chat page; run
// inside `withPlayer`.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { listGameMoments } from "@/db/queries/game-moments";
import { tstzParam } from "@/db/queries/sql-values";
import { queryRows } from "@/db/query-rows";
import { type ChatMoment, describeMoment } from "./chat-moments";

/** How many of the latest messages the chat window holds. */
export const CHAT_HISTORY_LIMIT = 80;
/** A bubble due this soon shows "typing…" even without a running delay (between bubbles). */
export const TYPING_LEAD_MS = 6_000;
/** How often the chat page asks for news; documented in the README. */
export const CHAT_POLL_INTERVAL_MS = 1_500;
/** While her reply is on its way (a pending turn, typing), the page asks this often. */
export const CHAT_FAST_POLL_INTERVAL_MS = 400;
/** At most this many moments travel with the feed (a window of 80 messages holds a few). */
const CHAT_MOMENTS_LIMIT = 20;

export type ChatBubble = {
  id: number;
  role: "player" | "nikita";
  content: string;
  at: string;
  isTest?: boolean;
};
export type ChatFeed = {
  bubbles: ChatBubble[];
  typing: boolean;
  awaitingReply: boolean;
  moments: ChatMoment[];
};

export async function loadChatFeed(
  db: DbOrTx,
  params: { playerId: string; now: Date; limit?: number },
): Promise<ChatFeed> {
  const now = tstzParam(params.now);
  const limit = params.limit ?? CHAT_HISTORY_LIMIT;
  const rows = await queryRows<{
    id: string | number;
    role: "player" | "nikita";
    content: string;
    at: Date | string;
    is_test: boolean | null;
  }>(
    db,
    sql`select m.id, m.role, m.content, m.created_at as at, (b.message_id is not null) as is_test
        from messages m join conversations c on c.id = m.conversation_id
        left join (select distinct e.message_id from scheduled_events e
                   where e.player_id = ${params.playerId} and e.source = 'boss' and e.message_id is not null) b
          on b.message_id = m.id
        where m.player_id = ${params.playerId} and c.platform = 'web'
          and m.role in ('player', 'nikita') and m.created_at <= ${now}
        order by m.created_at desc, m.id desc
        limit ${limit}`,
  );
  const soon = tstzParam(new Date(params.now.getTime() + TYPING_LEAD_MS));
  const [state] = await queryRows<{ typing: boolean; awaiting: boolean }>(
    db,
    sql`select
          exists (select 1 from scheduled_events e
                  where e.player_id = ${params.playerId} and e.channel = 'web'
                    and e.status in ('pending', 'processing') and e.due_at > ${now}
                    and (e.typing_from <= ${now} or e.due_at <= ${soon})) as typing,
          exists (select 1 from pending_turns t
                  join conversations c on c.id = t.conversation_id
                  where t.player_id = ${params.playerId} and c.platform = 'web'
                    and t.status in ('pending', 'processing')) as awaiting`,
  );
  const bubbles = rows.reverse().map((r) => ({
    id: Number(r.id),
    role: r.role,
    content: r.content,
    at: new Date(r.at).toISOString(),
    ...(r.is_test && r.role === "nikita" ? { isTest: true } : {}),
  }));
  const oldest = bubbles[0];
  const moments = oldest
    ? await listGameMoments(db, {
        playerId: params.playerId,
        since: new Date(oldest.at),
        limit: CHAT_MOMENTS_LIMIT,
      })
    : [];
  return {
    bubbles,
    typing: Boolean(state?.typing),
    awaitingReply: Boolean(state?.awaiting),
    moments: moments.map(describeMoment),
  };
}
