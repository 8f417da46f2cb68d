// Conversations, messages and pending turns. Accepting a player message is one short
// transaction (conversation, message, pending turn); everything slow happens later.
import { and, asc, desc, eq, gte, inArray, isNull, lte, sql } from "drizzle-orm";
import { CONVERSATION_RULES, TIME } from "@/lib/engine/rules";
import type { Platform } from "@/lib/engine/vocabulary";
import type { DbOrTx } from "../client";
import { queryRows } from "../query-rows";
import { conversations, type MessageKind, messages, pendingTurns, players } from "../schema";

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
};

/**
 * Claims the player's oldest due turn, one at a time per player: the player row is locked for
 * the claim, and a turn already being processed (claimed within `staleAfterMs`) blocks others,
 * so her replies come out in the order the messages arrived.
 */
export async function claimNextTurn(
  db: DbOrTx,
  params: { playerId: string; now: Date; staleAfterMs: number },
): Promise<ClaimedTurn | null> {
  return db.transaction(async (tx) => {
    await tx.select({ id: players.id }).from(players).where(eq(players.id, params.playerId)).for("update");
    const staleBefore = new Date(params.now.getTime() - params.staleAfterMs).toISOString();
    const rows = await queryRows<{ id: number }>(
      tx,
      sql`select id from pending_turns
          where player_id = ${params.playerId}
            and ((status = 'pending' and next_attempt_at <= ${params.now.toISOString()}::timestamptz)
                 or (status = 'processing' and claimed_at < ${staleBefore}::timestamptz))
            and not exists (
              select 1 from pending_turns busy
              where busy.player_id = ${params.playerId} and busy.status = 'processing'
                and busy.claimed_at >= ${staleBefore}::timestamptz)
          order by id limit 1 for update skip locked`,
    );
    const id = rows[0]?.id;
    if (id === undefined) return null;
    const [turn] = await tx
      .update(pendingTurns)
      .set({ status: "processing", claimedAt: params.now, attempts: sql`${pendingTurns.attempts} + 1` })
      .where(eq(pendingTurns.id, Number(id)))
      .returning();
    return turn
      ? {
          id: turn.id,
          playerId: turn.playerId,
          messageId: turn.messageId,
          conversationId: turn.conversationId,
          attempts: turn.attempts,
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

export async function completeTurn(db: DbOrTx, params: { turnId: number; now: Date }) {
  await db
    .update(pendingTurns)
    .set({ status: "done", processedAt: params.now, lastError: null })
    .where(eq(pendingTurns.id, params.turnId));
}

/**
 * Completes a scored turn in one statement: the player message gets its analysis, score delta
 * and skip flag, and the turn is marked done.
 */
export async function completeScoredTurn(
  db: DbOrTx,
  params: {
    turnId: number;
    messageId: number;
    now: Date;
    scored: Pick<typeof messages.$inferInsert, "analysis" | "scoreDelta" | "explanation" | "isSkipped">;
  },
) {
  const scoreMessage = db.update(messages).set(params.scored).where(eq(messages.id, params.messageId));
  const done = db
    .update(pendingTurns)
    .set({ status: "done", processedAt: params.now, lastError: null })
    .where(eq(pendingTurns.id, params.turnId));
  await db.execute(sql`with scored as (${scoreMessage.getSQL()}) ${done.getSQL()}`);
}

/** Puts a turn back for a later attempt, or fails it for good after `maxAttempts`. */
export async function retryTurnLater(
  db: DbOrTx,
  params: { turnId: number; now: Date; attempts: number; maxAttempts: number; retryAt: Date; error: string },
): Promise<"retry" | "failed"> {
  const isFinal = params.attempts >= params.maxAttempts;
  await db
    .update(pendingTurns)
    .set({
      status: isFinal ? "failed" : "pending",
      nextAttemptAt: params.retryAt,
      lastError: params.error.slice(0, 500),
      processedAt: isFinal ? params.now : null,
    })
    .where(eq(pendingTurns.id, params.turnId));
  return isFinal ? "failed" : "retry";
}

export async function getMessage(db: DbOrTx, params: { playerId: string; messageId: number }) {
  const [row] = await db
    .select()
    .from(messages)
    .where(and(eq(messages.id, params.messageId), eq(messages.playerId, params.playerId)));
  return row ?? null;
}

/** A player's message with the platform of its conversation, in one query. */
export async function getMessageWithPlatform(db: DbOrTx, params: { playerId: string; messageId: number }) {
  const [row] = await db
    .select({
      id: messages.id,
      content: messages.content,
      createdAt: messages.createdAt,
      kind: messages.kind,
      platform: conversations.platform,
    })
    .from(messages)
    .innerJoin(conversations, eq(conversations.id, messages.conversationId))
    .where(and(eq(messages.id, params.messageId), eq(messages.playerId, params.playerId)));
  return row ?? null;
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

/**
 * Player messages counted for rate limits: last minute and this UTC day, accepted before
 * `beforeMessageId` (by id, so a later message with the same timestamp never counts).
 */
export async function countRecentPlayerMessages(
  db: DbOrTx,
  params: { playerId: string; beforeMessageId: number; utcDayStart: Date; minuteAgo: Date },
) {
  const rows = await queryRows<{ last_minute: number; today: number }>(
    db,
    sql`select
          count(*) filter (where created_at > ${params.minuteAgo.toISOString()}::timestamptz)::int as last_minute,
          count(*)::int as today
        from messages
        where player_id = ${params.playerId} and role = 'player' and id < ${params.beforeMessageId}
          and created_at >= ${params.utcDayStart.toISOString()}::timestamptz`,
  );
  return { lastMinute: Number(rows[0]?.last_minute ?? 0), today: Number(rows[0]?.today ?? 0) };
}

export async function conversationTranscript(db: DbOrTx, params: { conversationId: string; limit: number }) {
  return db
    .select({ role: messages.role, content: messages.content, createdAt: messages.createdAt })
    .from(messages)
    .where(eq(messages.conversationId, params.conversationId))
    .orderBy(asc(messages.createdAt), asc(messages.id))
    .limit(params.limit);
}
