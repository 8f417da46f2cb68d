// scheduled_events as a delivery queue. A claim moves due rows from `pending` to `processing`
// (claimed_at = now, attempts + 1) with FOR UPDATE SKIP LOCKED, so two workers never hold the
// same row; the claim is the lock that keeps a message from being sent twice. Claims are per
// player: a transaction-scoped advisory lock picks players no other claim is touching, a player
// with a fresh `processing` row is left alone, and all of a player's due rows are taken
// together, so one player's bubbles go out in order from one worker. A `processing` row older
// than the stale window (a worker died mid-send) becomes claimable again.
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db";
import { queryRows } from "@/db/query-rows";
import { tstzParam } from "./sql-values";

/** Namespace of the advisory locks taken while claiming (any constant unused elsewhere). */
const CLAIM_LOCK_NAMESPACE = 48_151;
/** Error text kept on an event: enough to tell what went wrong, never message text. */
const MAX_ERROR_CHARS = 500;

const payloadSchema = z.object({ text: z.string(), replyMarkup: z.unknown().optional() }).passthrough();

const claimedRowSchema = z.object({
  id: z.coerce.number(),
  player_id: z.string(),
  source: z.string(),
  payload: z.unknown(),
  message_id: z.coerce.number().nullable(),
  typing_from: z.coerce.date().nullable(),
  due_at: z.coerce.date(),
  attempts: z.coerce.number(),
  claimed_at: z.coerce.date(),
  chat_id: z.coerce.number().nullable(),
  is_unreachable: z.boolean(),
});

export interface ClaimedEvent {
  id: number;
  playerId: string;
  source: string;
  /** Parsed payload, or null when the stored payload is not a valid bubble. */
  payload: z.infer<typeof payloadSchema> | null;
  messageId: number | null;
  typingFrom: Date | null;
  dueAt: Date;
  /** Including this claim. */
  attempts: number;
  claimedAt: Date;
  chatId: number | null;
  isUnreachable: boolean;
}

function toClaimed(row: unknown): ClaimedEvent {
  const r = claimedRowSchema.parse(row);
  const payload = payloadSchema.safeParse(r.payload);
  return {
    id: r.id,
    playerId: r.player_id,
    source: r.source,
    payload: payload.success ? payload.data : null,
    messageId: r.message_id,
    typingFrom: r.typing_from,
    dueAt: r.due_at,
    attempts: r.attempts,
    claimedAt: r.claimed_at,
    chatId: r.chat_id,
    isUnreachable: r.is_unreachable,
  };
}

export interface ClaimParams {
  now: Date;
  /** `processing` rows claimed before this are considered abandoned. */
  staleBefore: Date;
  /** At most this many events per claim. */
  limit: number;
  /** At most this many players per claim. */
  playerLimit: number;
  /** Only this player's events (the in-process deliverSoon path). */
  playerId?: string;
}

/** Claims due Telegram events, grouped by player, in due order. */
export async function claimDueTelegramEvents(db: DbOrTx, params: ClaimParams): Promise<ClaimedEvent[]> {
  const { now, staleBefore } = params;
  const onlyPlayer = params.playerId ? sql`and e.player_id = ${params.playerId}` : sql``;
  const claimable = sql`((e.status = 'pending' and e.due_at <= ${tstzParam(now)}) or (e.status = 'processing' and e.claimed_at < ${tstzParam(staleBefore)}))`;
  const rows = await queryRows(
    db,
    sql`
    with due_players as (
      select d.player_id from (
        select e.player_id, min(e.due_at) as first_due
        from scheduled_events e
        where e.channel = 'telegram' and ${claimable} ${onlyPlayer}
        group by e.player_id
        order by first_due
      ) d
      where not exists (
          select 1 from scheduled_events busy
          where busy.player_id = d.player_id and busy.status = 'processing' and busy.claimed_at >= ${tstzParam(staleBefore)})
        and pg_try_advisory_xact_lock(${CLAIM_LOCK_NAMESPACE}, hashtext(d.player_id::text))
      limit ${params.playerLimit}
    ),
    picked as (
      select e.id
      from scheduled_events e
      join due_players p on p.player_id = e.player_id
      where e.channel = 'telegram' and ${claimable}
      order by e.due_at, e.id
      limit ${params.limit}
      for update of e skip locked
    )
    update scheduled_events e
    set status = 'processing', claimed_at = ${tstzParam(now)}, attempts = e.attempts + 1
    from picked, players pl
    where e.id = picked.id and pl.id = e.player_id and ${claimable}
    returning e.id::text as id, e.player_id::text as player_id, e.source, e.payload,
      e.message_id::text as message_id, e.typing_from, e.due_at, e.attempts, e.claimed_at,
      pl.telegram_chat_id::text as chat_id, pl.is_unreachable`,
  );
  return rows.map(toClaimed).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.id - b.id);
}

/** Web bubbles: the web chat shows a bubble once it is due, so marking it done is the delivery. */
export async function completeDueWebEvents(
  db: DbOrTx,
  params: { now: Date; limit: number },
): Promise<number> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`
    update scheduled_events e
    set status = 'done', claimed_at = ${tstzParam(params.now)}, sent_at = ${tstzParam(params.now)}, attempts = e.attempts + 1
    from (
      select id from scheduled_events
      where channel = 'web' and status = 'pending' and due_at <= ${tstzParam(params.now)}
      order by due_at, id
      limit ${params.limit}
      for update skip locked
    ) picked
    where e.id = picked.id and e.status = 'pending'
    returning e.id::text as id`,
  );
  return rows.length;
}

/** Only the worker holding the claim may settle an event (claimed_at identifies the claim). */
const heldBy = (event: Pick<ClaimedEvent, "id" | "claimedAt">) =>
  sql`id = ${event.id} and status = 'processing' and claimed_at = ${tstzParam(event.claimedAt)}`;

export async function markEventSent(
  db: DbOrTx,
  params: { event: ClaimedEvent; sentAt: Date; telegramMessageId: number | null },
): Promise<void> {
  const { event } = params;
  await db.execute(
    sql`update scheduled_events set status = 'done', sent_at = ${tstzParam(params.sentAt)}, last_error = null where ${heldBy(event)}`,
  );
  if (event.messageId !== null && params.telegramMessageId !== null) {
    await db.execute(sql`
      update messages set telegram_message_id = ${params.telegramMessageId}
      where id = ${event.messageId} and player_id = ${event.playerId}`);
  }
}

/** Back to pending at `dueAt`; a retry that was not the message's fault does not use up an attempt. */
export async function rescheduleEvent(
  db: DbOrTx,
  params: { event: ClaimedEvent; dueAt: Date; error: string; countsAsAttempt: boolean },
): Promise<void> {
  const refund = params.countsAsAttempt ? 0 : 1;
  await db.execute(sql`
    update scheduled_events
    set status = 'pending', due_at = ${tstzParam(params.dueAt)}, attempts = greatest(0, attempts - ${refund}),
      last_error = ${params.error.slice(0, MAX_ERROR_CHARS)}
    where ${heldBy(params.event)}`);
}

/**
 * After `event` was put back to wait until `notBefore`, the player's later Telegram bubbles wait
 * too: the ones this worker holds are handed back (attempt refunded) and pending ones due
 * earlier are moved to `notBefore`, so her messages never overtake each other.
 */
export async function holdBackLaterEvents(
  db: DbOrTx,
  params: { event: ClaimedEvent; held: ClaimedEvent[]; notBefore: Date },
): Promise<void> {
  for (const later of params.held) {
    await db.execute(sql`
      update scheduled_events
      set status = 'pending', due_at = greatest(due_at, ${tstzParam(params.notBefore)}), attempts = greatest(0, attempts - 1)
      where ${heldBy(later)}`);
  }
  const { event } = params;
  await db.execute(sql`
    update scheduled_events set due_at = ${tstzParam(params.notBefore)}
    where player_id = ${event.playerId} and channel = 'telegram' and status = 'pending' and id <> ${event.id}
      and due_at < ${tstzParam(params.notBefore)} and (due_at > ${tstzParam(event.dueAt)} or (due_at = ${tstzParam(event.dueAt)} and id > ${event.id}))`);
}

export async function failEvent(db: DbOrTx, params: { event: ClaimedEvent; error: string }): Promise<void> {
  await db.execute(sql`
    update scheduled_events set status = 'failed', last_error = ${params.error.slice(0, MAX_ERROR_CHARS)}
    where ${heldBy(params.event)}`);
}

/**
 * The bot was blocked (or the account deleted): the player is unreachable, this event failed,
 * and their other Telegram events — pending ones and those this worker still holds — are
 * cancelled rather than retried. One transaction.
 */
export async function markPlayerUnreachable(
  db: DbOrTx,
  params: { event: ClaimedEvent; held: ClaimedEvent[]; error: string },
): Promise<number> {
  const { event } = params;
  const heldIds = params.held.map((e) => e.id);
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`update players set is_unreachable = true, updated_at = now() where id = ${event.playerId}`,
    );
    await failEvent(tx, { event, error: params.error });
    const heldList =
      heldIds.length > 0
        ? sql`or id in (${sql.join(
            heldIds.map((id) => sql`${id}`),
            sql`, `,
          )})`
        : sql``;
    const cancelled = await queryRows<{ id: string }>(
      tx,
      sql`
      update scheduled_events set status = 'cancelled', last_error = 'player unreachable'
      where player_id = ${event.playerId} and channel = 'telegram' and id <> ${event.id}
        and (status = 'pending' ${heldList})
      returning id::text as id`,
    );
    return cancelled.length;
  });
}

export interface UpcomingEvent {
  id: number;
  dueAt: Date;
  typingFrom: Date | null;
}

/** The player's pending Telegram bubbles due before `until`, in order (deliverSoon). */
export async function listUpcomingTelegramEvents(
  db: DbOrTx,
  params: { playerId: string; until: Date },
): Promise<UpcomingEvent[]> {
  const rows = await queryRows(
    db,
    sql`
    select id::text as id, due_at, typing_from from scheduled_events
    where player_id = ${params.playerId} and channel = 'telegram' and status = 'pending' and due_at <= ${tstzParam(params.until)}
    order by due_at, id`,
  );
  const schema = z.object({
    id: z.coerce.number(),
    due_at: z.coerce.date(),
    typing_from: z.coerce.date().nullable(),
  });
  return rows.map((row) => {
    const r = schema.parse(row);
    return { id: r.id, dueAt: r.due_at, typingFrom: r.typing_from };
  });
}

/** Where a player's Telegram messages go, if anywhere. */
export async function getTelegramRecipient(
  db: DbOrTx,
  params: { playerId: string },
): Promise<{ chatId: number | null; isUnreachable: boolean } | null> {
  const rows = await queryRows(
    db,
    sql`select telegram_chat_id::text as chat_id, is_unreachable from players where id = ${params.playerId}`,
  );
  if (rows.length === 0) return null;
  const r = z.object({ chat_id: z.coerce.number().nullable(), is_unreachable: z.boolean() }).parse(rows[0]);
  return { chatId: r.chat_id, isUnreachable: r.is_unreachable };
}

export interface TypingChat {
  playerId: string;
  chatId: number;
  dueAt: Date;
}

/**
 * Chats whose next bubble is in its "typing…" window: typing started (typing_from ≤ now) and
 * the bubble is not due yet. The deliver cron shows typing to them while the delay runs.
 */
export async function listTypingTelegramChats(
  db: DbOrTx,
  params: { now: Date; limit: number },
): Promise<TypingChat[]> {
  const rows = await queryRows(
    db,
    sql`
    select distinct on (e.player_id) e.player_id::text as player_id, pl.telegram_chat_id::text as chat_id, e.due_at
    from scheduled_events e
    join players pl on pl.id = e.player_id
    where e.channel = 'telegram' and e.status = 'pending' and e.typing_from <= ${tstzParam(params.now)}
      and e.due_at > ${tstzParam(params.now)} and pl.telegram_chat_id is not null and not pl.is_unreachable
    order by e.player_id, e.due_at, e.id
    limit ${params.limit}`,
  );
  const schema = z.object({ player_id: z.string(), chat_id: z.coerce.number(), due_at: z.coerce.date() });
  return rows.map((row) => {
    const r = schema.parse(row);
    return { playerId: r.player_id, chatId: r.chat_id, dueAt: r.due_at };
  });
}
