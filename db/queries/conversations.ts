// Conversations, messages and pending turns. Accepting a player message is one short
// transaction (conversation, message, pending turn); everything slow happens later.
import { and, asc, desc, eq, gte, inArray, isNull, lte, type SQLWrapper, sql } from "drizzle-orm";
import { CONVERSATION_RULES, TIME } from "@/lib/engine/rules";
import type { Platform } from "@/lib/engine/vocabulary";
import type { DbOrTx } from "../client";
import { queryRows } from "../query-rows";
import { conversations, type MessageKind, messages } from "../schema";

const OPEN_CONVERSATION_MS = CONVERSATION_RULES.closeAfterMinutes * TIME.msPerMinute;

/** The player's open conversation on this platform, or a new one. */
export async function openConversation(
  db: DbOrTx,
  params: { playerId: string; platform: Platform; now: Date },
) {
  const idleSince = new Date(params.now.getTime() - OPEN_CONVERSATION_MS);
  const [open] = await db
    .select({ id: conversations.id })
    .from(conversations)
    .where(
      and(
        eq(conversations.playerId, params.playerId),
        eq(conversations.platform, params.platform),
        isNull(conversations.closedAt),
        gte(conversations.lastMessageAt, idleSince),
      ),
    )
    .orderBy(desc(conversations.lastMessageAt))
    .limit(1);
  if (open) return open.id;
  const [created] = await db
    .insert(conversations)
    .values({
      playerId: params.playerId,
      platform: params.platform,
      startedAt: params.now,
      lastMessageAt: params.now,
    })
    .returning({ id: conversations.id });
  return created!.id;
}

export async function touchConversation(
  db: DbOrTx,
  params: { conversationId: string; now: Date; added: number },
) {
  await db
    .update(conversations)
    .set({
      lastMessageAt: sql`greatest(${conversations.lastMessageAt}, ${params.now.toISOString()}::timestamptz)`,
      messageCount: sql`${conversations.messageCount} + ${params.added}`,
    })
    .where(eq(conversations.id, params.conversationId));
}

export type AcceptedMessage = { messageId: number; turnId: number; conversationId: string };

/**
 * Stores a player message and its pending turn atomically, in one statement (one round trip):
 * the open conversation is found or created, the message and its turn inserted, and the
 * conversation touched, as writable CTEs.
 */
export async function insertPlayerMessageWithTurn(
  db: DbOrTx,
  params: {
    playerId: string;
    platform: Platform;
    content: string;
    kind: MessageKind;
    telegramMessageId?: number | null;
    now: Date;
  },
): Promise<AcceptedMessage> {
  const now = params.now.toISOString();
  const idleSince = new Date(params.now.getTime() - OPEN_CONVERSATION_MS).toISOString();
  const player = sql`${params.playerId}::uuid`;
  const rows = await queryRows<{ message_id: number; turn_id: number; conversation_id: string }>(
    db,
    sql`with open as (
        select id from conversations
        where player_id = ${player} and platform = ${params.platform} and closed_at is null
          and last_message_at >= ${idleSince}::timestamptz
        order by last_message_at desc limit 1),
      created as (
        insert into conversations (player_id, platform, started_at, last_message_at, message_count)
        select ${player}, ${params.platform}, ${now}::timestamptz, ${now}::timestamptz, 1
        where not exists (select 1 from open)
        returning id),
      touched as (
        update conversations
        set last_message_at = greatest(last_message_at, ${now}::timestamptz), message_count = message_count + 1
        where id in (select id from open)
        returning id),
      conversation as (select id from open union all select id from created),
      message as (
        insert into messages (player_id, conversation_id, role, kind, content, telegram_message_id, created_at)
        select ${player}, c.id, 'player', ${params.kind}, ${params.content},
               ${params.telegramMessageId ?? null}::bigint, ${now}::timestamptz
        from conversation c
        returning id, conversation_id),
      turn as (
        insert into pending_turns (player_id, message_id, conversation_id, next_attempt_at, created_at)
        select ${player}, m.id, m.conversation_id, ${now}::timestamptz, ${now}::timestamptz
        from message m
        returning id)
      select m.id as message_id, t.id as turn_id, m.conversation_id from message m, turn t`,
  );
  const row = rows[0];
  if (!row) throw new Error("accepting the message stored nothing");
  return {
    messageId: Number(row.message_id),
    turnId: Number(row.turn_id),
    conversationId: row.conversation_id,
  };
}

export type ClaimedTurn = {
  id: number;
  playerId: string;
  messageId: number;
  conversationId: string;
  attempts: number;
  /** Fencing token of this claim: finishing the turn succeeds only while it is current. */
  claimToken: string;
};

/**
 * The claim a worker holds is no longer current: the turn went stale and another worker took
 * it (or an admin cancelled it). Thrown inside the finishing transaction so everything it wrote
 * (score, history, bubbles) rolls back; the late result is discarded.
 */
export class ClaimLostError extends Error {
  override name = "ClaimLostError";
  constructor(readonly turnId: number) {
    super(`turn ${turnId}: the processing claim is no longer current`);
  }
}

/** The row is still processing under this worker's claim. */
const heldClaim = (turnId: number, claimToken: string) =>
  sql`id = ${turnId} and status = 'processing' and claim_token = ${claimToken}::uuid`;

/** The turns a claim may take: pending and due, or processing under a claim gone stale. */
const claimableTurn = (now: string, staleBefore: string) =>
  sql`((status = 'pending' and next_attempt_at <= ${now}::timestamptz)
       or (status = 'processing' and claimed_at < ${staleBefore}::timestamptz))`;

/**
 * Claims the player's oldest due turn, one at a time per player: the player row is locked for
 * the claim, and a turn already being processed (claimed within `staleAfterMs`) blocks others,
 * so her replies come out in the order the messages arrived. The lock is its own statement:
 * the claim that follows takes its snapshot after the lock, so it sees a claim that was
 * committed while this one waited.
 */
export async function claimNextTurn(
  db: DbOrTx,
  params: { playerId: string; now: Date; staleAfterMs: number },
): Promise<ClaimedTurn | null> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select 1 from players where id = ${params.playerId} for update`);
    const now = params.now.toISOString();
    const staleBefore = new Date(params.now.getTime() - params.staleAfterMs).toISOString();
    const rows = await queryRows<{
      id: number;
      player_id: string;
      message_id: number;
      conversation_id: string;
      attempts: number;
      claim_token: string;
    }>(
      tx,
      sql`with next as (
            select id from pending_turns
            where player_id = ${params.playerId} and ${claimableTurn(now, staleBefore)}
              and not exists (
                select 1 from pending_turns busy
                where busy.player_id = ${params.playerId} and busy.status = 'processing'
                  and busy.claimed_at >= ${staleBefore}::timestamptz)
            order by id limit 1 for update skip locked)
          update pending_turns t
          set status = 'processing', claimed_at = ${now}::timestamptz, attempts = t.attempts + 1,
              claim_token = gen_random_uuid()
          from next where t.id = next.id
          returning t.id, t.player_id, t.message_id, t.conversation_id, t.attempts, t.claim_token`,
    );
    const turn = rows[0];
    return turn
      ? {
          id: Number(turn.id),
          playerId: turn.player_id,
          messageId: Number(turn.message_id),
          conversationId: turn.conversation_id,
          attempts: Number(turn.attempts),
          claimToken: turn.claim_token,
        }
      : null;
  });
}

/** Players with turns due now (pending past their time, or processing claims gone stale). */
export async function playersWithDueTurns(
  db: DbOrTx,
  params: { now: Date; olderThan: Date; staleBefore: Date; limit: number },
): Promise<string[]> {
  const rows = await queryRows<{ player_id: string }>(
    db,
    sql`select player_id from pending_turns
        where (status = 'pending' and next_attempt_at <= ${params.now.toISOString()}::timestamptz
               and created_at <= ${params.olderThan.toISOString()}::timestamptz)
           or (status = 'processing' and claimed_at < ${params.staleBefore.toISOString()}::timestamptz)
        group by player_id order by min(id) limit ${params.limit}`,
  );
  return rows.map((r) => r.player_id);
}

/** Marks a claimed turn done; throws ClaimLostError when the claim is no longer current. */
export async function completeTurn(db: DbOrTx, params: { turnId: number; claimToken: string; now: Date }) {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`update pending_turns set status = 'done', processed_at = ${params.now.toISOString()}::timestamptz,
          last_error = null
        where ${heldClaim(params.turnId, params.claimToken)} returning id`,
  );
  if (rows.length === 0) throw new ClaimLostError(params.turnId);
}

/**
 * Completes a scored turn in one statement: the player message gets its analysis, score delta
 * and skip flag, the engine's history rows are appended, and the turn is marked done. Run in
 * the transaction that holds the player lock, it also answers when the player's next turn
 * could be claimed (the earliest due time among their other pending turns and stale-to-be
 * claims; null when there is none), so the caller need not claim again just to find nothing.
 */
export async function completeScoredTurn(
  db: DbOrTx,
  params: {
    turnId: number;
    claimToken: string;
    playerId: string;
    messageId: number;
    now: Date;
    scored: Pick<typeof messages.$inferInsert, "analysis" | "scoreDelta" | "explanation" | "isSkipped">;
    /** The history rows' insert (scoreHistoryInsert), or null when there are none. */
    history: SQLWrapper | null;
    staleAfterMs: number;
  },
): Promise<{ nextDueAt: Date | null }> {
  const scoreMessage = db.update(messages).set(params.scored).where(eq(messages.id, params.messageId));
  const done = sql`update pending_turns set status = 'done',
      processed_at = ${params.now.toISOString()}::timestamptz, last_error = null
    where ${heldClaim(params.turnId, params.claimToken)} returning id`;
  const history = params.history ? sql`, history as (${params.history.getSQL()})` : sql``;
  const rows = await queryRows<{ next_due_at: string | Date | null; completed: number }>(
    db,
    sql`with scored as (${scoreMessage.getSQL()}), done as (${done})${history}
        select min(case when status = 'pending' then next_attempt_at
                        else claimed_at + ${params.staleAfterMs} * interval '1 millisecond' end) as next_due_at,
               (select count(*) from done)::int as completed
        from pending_turns
        where player_id = ${params.playerId} and status in ('pending', 'processing') and id <> ${params.turnId}`,
  );
  // Fenced: a claim taken over by another worker must not score the turn a second time. The
  // throw rolls back the caller's transaction (the score, history and bubbles written with it).
  if (Number(rows[0]?.completed ?? 0) === 0) throw new ClaimLostError(params.turnId);
  const next = rows[0]?.next_due_at;
  return { nextDueAt: next == null ? null : new Date(next) };
}

/**
 * Puts a turn back for a later attempt, or fails it for good after `maxAttempts`. Fenced like
 * completion: a worker whose claim was taken over changes nothing ("superseded").
 */
export async function retryTurnLater(
  db: DbOrTx,
  params: {
    turnId: number;
    claimToken: string;
    now: Date;
    attempts: number;
    maxAttempts: number;
    retryAt: Date;
    error: string;
  },
): Promise<"retry" | "failed" | "superseded"> {
  const isFinal = params.attempts >= params.maxAttempts;
  const rows = await queryRows<{ id: number }>(
    db,
    sql`update pending_turns
        set status = ${isFinal ? "failed" : "pending"}, next_attempt_at = ${params.retryAt.toISOString()}::timestamptz,
            last_error = ${params.error.slice(0, 500)},
            processed_at = ${isFinal ? params.now.toISOString() : null}::timestamptz
        where ${heldClaim(params.turnId, params.claimToken)} returning id`,
  );
  if (rows.length === 0) return "superseded";
  return isFinal ? "failed" : "retry";
}

export async function getMessage(db: DbOrTx, params: { playerId: string; messageId: number }) {
  const [row] = await db
    .select()
    .from(messages)
    .where(and(eq(messages.id, params.messageId), eq(messages.playerId, params.playerId)));
  return row ?? null;
}

/**
 * A player's message with the platform of its conversation and the player messages counted
 * for rate limits (accepted before it, by id: the minute before it and since `utcDayStart`),
 * in one query.
 */
export async function getTurnMessage(
  db: DbOrTx,
  params: { playerId: string; messageId: number; utcDayStart: Date; minuteWindowSeconds: number },
) {
  const rows = await queryRows<{
    id: number;
    content: string;
    created_at: string | Date;
    kind: MessageKind;
    platform: Platform;
    last_minute: number;
    today: number;
  }>(
    db,
    sql`select m.id, m.content, m.created_at, m.kind, c.platform, counts.last_minute, counts.today
        from messages m
        join conversations c on c.id = m.conversation_id
        cross join lateral (
          select
            count(*) filter (
              where p.created_at > m.created_at - ${params.minuteWindowSeconds} * interval '1 second')::int
              as last_minute,
            count(*)::int as today
          from messages p
          where p.player_id = m.player_id and p.role = 'player' and p.id < m.id
            and p.created_at >= ${params.utcDayStart.toISOString()}::timestamptz) counts
        where m.id = ${params.messageId} and m.player_id = ${params.playerId}`,
  );
  const row = rows[0];
  if (!row) return null;
  return {
    id: Number(row.id),
    content: row.content,
    createdAt: new Date(row.created_at),
    kind: row.kind,
    platform: row.platform,
    recentPlayerMessages: { lastMinute: Number(row.last_minute), today: Number(row.today) },
  };
}

/** The most recent messages of a player across channels (newest last), already sent by now. */
export async function recentMessages(db: DbOrTx, params: { playerId: string; now: Date; limit: number }) {
  const rows = await db
    .select({
      role: messages.role,
      content: messages.content,
      createdAt: messages.createdAt,
      id: messages.id,
    })
    .from(messages)
    .where(
      and(
        eq(messages.playerId, params.playerId),
        lte(messages.createdAt, params.now),
        inArray(messages.role, ["player", "nikita"]),
      ),
    )
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(params.limit);
  return rows.reverse();
}

export async function conversationTranscript(db: DbOrTx, params: { conversationId: string; limit: number }) {
  return db
    .select({ role: messages.role, content: messages.content, createdAt: messages.createdAt })
    .from(messages)
    .where(eq(messages.conversationId, params.conversationId))
    .orderBy(asc(messages.createdAt), asc(messages.id))
    .limit(params.limit);
}

/**
 * Messages exchanged in a game as stored: the player's and hers (each bubble one row), not
 * system lines, from `since` (the game's start) up to and including `until`.
 */
export async function countExchangedMessages(
  db: DbOrTx,
  params: { playerId: string; since: Date | null; until: Date },
): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(messages)
    .where(
      and(
        eq(messages.playerId, params.playerId),
        inArray(messages.role, ["player", "nikita"]),
        params.since ? gte(messages.createdAt, params.since) : undefined,
        lte(messages.createdAt, params.until),
      ),
    );
  return row?.count ?? 0;
}
