// Conversation history for the portal: a paginated list across Telegram, web and voice, and
// one conversation's messages where each scored exchange carries the score change it caused
// and the short "why", shown on her reaction. Another player's id simply finds nothing (RLS
// and the player filter), which the page turns into a 404.
import { and, asc, count, desc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db";
import { conversations, messages, scoreHistory } from "@/db/schema";
import type { Metric, Platform } from "@/lib/engine";

export const CONVERSATIONS_PAGE_SIZE = 20;
/** Long conversations are shown up to this many messages (the rest is summarised by count). */
export const MAX_MESSAGES_SHOWN = 500;

export const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);
const conversationIdSchema = z.uuid();

export type ConversationListItem = {
  id: string;
  platform: Platform;
  startedAt: Date;
  lastMessageAt: Date;
  messageCount: number;
  summary: string | null;
};

export type ConversationPage = {
  items: ConversationListItem[];
  page: number;
  pageCount: number;
  total: number;
};

export async function listConversations(
  tx: DbOrTx,
  params: { playerId: string; page: number; pageSize?: number },
): Promise<ConversationPage> {
  const size = params.pageSize ?? CONVERSATIONS_PAGE_SIZE;
  const [totalRow] = await tx
    .select({ total: count() })
    .from(conversations)
    .where(eq(conversations.playerId, params.playerId));
  const total = totalRow?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / size));
  const page = Math.min(params.page, pageCount);
  const items = await tx
    .select({
      id: conversations.id,
      platform: conversations.platform,
      startedAt: conversations.startedAt,
      lastMessageAt: conversations.lastMessageAt,
      messageCount: conversations.messageCount,
      summary: conversations.summary,
    })
    .from(conversations)
    .where(eq(conversations.playerId, params.playerId))
    .orderBy(desc(conversations.startedAt), desc(conversations.id))
    .limit(size)
    .offset((page - 1) * size);
  return { items, page, pageCount, total };
}

export type ScoreMove = {
  delta: number;
  explanation: string | null;
  metrics: Partial<Record<Metric, number>>;
};

export type ConversationMessage = {
  id: number;
  role: "player" | "nikita" | "system";
  content: string;
  createdAt: Date;
  /** On her reaction (or on an unanswered scored player message): what that exchange did. */
  move: ScoreMove | null;
};

export type ConversationDetail = ConversationListItem & {
  messages: ConversationMessage[];
  isTruncated: boolean;
};

/**
 * Attaches each scored player message's move to her first reply after it; a scored message
 * she never answered keeps the move itself, so no score change disappears from view.
 */
export function attachMoves(
  rows: { id: number; role: ConversationMessage["role"]; content: string; createdAt: Date }[],
  moves: Map<number, ScoreMove>,
): ConversationMessage[] {
  const out: ConversationMessage[] = rows.map((r) => ({ ...r, move: null }));
  let pending: { index: number; move: ScoreMove } | null = null;
  for (const [index, row] of out.entries()) {
    if (row.role === "player") {
      if (pending) out[pending.index]!.move = pending.move;
      const move = moves.get(row.id);
      pending = move ? { index, move } : null;
    } else if (row.role === "nikita" && pending) {
      row.move = pending.move;
      pending = null;
    }
  }
  if (pending) out[pending.index]!.move = pending.move;
  return out;
}

/** Whether this conversation id is one of the player's (false for malformed ids). */
export async function conversationBelongsToPlayer(
  tx: DbOrTx,
  params: { playerId: string; conversationId: string },
): Promise<boolean> {
  const id = conversationIdSchema.safeParse(params.conversationId);
  if (!id.success) return false;
  const [row] = await tx
    .select({ id: conversations.id })
    .from(conversations)
    .where(and(eq(conversations.id, id.data), eq(conversations.playerId, params.playerId)));
  return Boolean(row);
}

export async function getConversationDetail(
  tx: DbOrTx,
  params: { playerId: string; conversationId: string },
): Promise<ConversationDetail | null> {
  const id = conversationIdSchema.safeParse(params.conversationId);
  if (!id.success) return null;
  const [conversation] = await tx
    .select({
      id: conversations.id,
      platform: conversations.platform,
      startedAt: conversations.startedAt,
      lastMessageAt: conversations.lastMessageAt,
      messageCount: conversations.messageCount,
      summary: conversations.summary,
    })
    .from(conversations)
    .where(and(eq(conversations.id, id.data), eq(conversations.playerId, params.playerId)));
  if (!conversation) return null;
  const rows = await tx
    .select({
      id: messages.id,
      role: messages.role,
      content: messages.content,
      createdAt: messages.createdAt,
      scoreDelta: messages.scoreDelta,
      explanation: messages.explanation,
    })
    .from(messages)
    .where(and(eq(messages.conversationId, conversation.id), eq(messages.playerId, params.playerId)))
    .orderBy(asc(messages.createdAt), asc(messages.id))
    .limit(MAX_MESSAGES_SHOWN + 1);
  const shown = rows.slice(0, MAX_MESSAGES_SHOWN);
  const scored = shown.filter((r) => r.role === "player" && r.scoreDelta !== null);
  const history = scored.length
    ? await tx
        .select({ messageId: scoreHistory.messageId, deltas: scoreHistory.deltas })
        .from(scoreHistory)
        .where(
          and(
            eq(scoreHistory.playerId, params.playerId),
            eq(scoreHistory.kind, "conversation"),
            inArray(
              scoreHistory.messageId,
              scored.map((r) => r.id),
            ),
          ),
        )
    : [];
  const deltasByMessage = new Map(history.map((h) => [h.messageId, h.deltas ?? {}]));
  const moves = new Map<number, ScoreMove>(
    scored.map((r) => [
      r.id,
      { delta: r.scoreDelta ?? 0, explanation: r.explanation, metrics: deltasByMessage.get(r.id) ?? {} },
    ]),
  );
  return {
    ...conversation,
    messages: attachMoves(shown, moves),
    isTruncated: rows.length > MAX_MESSAGES_SHOWN,
  };
}
