// Admin player search and detail. Search runs in the database: a text query matches name,
// email and Telegram username (case-insensitive substring) or an exact Telegram id; filters on
// status, chapter and engagement state; a whitelisted sort; offset pagination with a total.
import { and, asc, desc, eq, ilike, or, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import {
  adminAuditLog,
  conflictState,
  conversations,
  engagementState,
  messages,
  playerMetrics,
  players,
  scheduledEvents,
  scoreHistory,
  vicePreferences,
} from "@/db/schema";

export const PLAYER_SORTS = ["recent", "created", "score", "name", "chapter"] as const;
export type PlayerSort = (typeof PLAYER_SORTS)[number];

export interface PlayerSearch {
  q?: string;
  status?: string;
  chapter?: number;
  engagement?: string;
  sort: PlayerSort;
  dir: "asc" | "desc";
  page: number;
  pageSize: number;
}

export type PlayerListRow = {
  id: string;
  name: string | null;
  email: string | null;
  telegramUsername: string | null;
  telegramId: number | null;
  status: string;
  chapter: number;
  score: number;
  engagement: string | null;
  lastPlayerMessageAt: Date | null;
  createdAt: Date;
};

/** LIKE wildcards in the query are matched literally. */
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const TELEGRAM_ID = /^\d{1,15}$/;

function sortColumn(sort: PlayerSort) {
  switch (sort) {
    case "score":
      return players.relationshipScore;
    case "name":
      return sql`lower(${players.name})`;
    case "chapter":
      return players.chapter;
    case "created":
      return players.createdAt;
    case "recent":
      return players.lastPlayerMessageAt;
  }
}

export async function searchPlayers(
  db: DbOrTx,
  params: PlayerSearch,
): Promise<{ rows: PlayerListRow[]; total: number }> {
  const where: SQL[] = [];
  const q = params.q?.trim();
  if (q) {
    const like = `%${likeEscape(q.replace(/^@/, ""))}%`;
    const text = [
      ilike(players.name, like),
      ilike(players.email, like),
      ilike(players.telegramUsername, like),
    ];
    if (TELEGRAM_ID.test(q)) text.push(eq(players.telegramId, Number(q)));
    const any = or(...text);
    if (any) where.push(any);
  }
  if (params.status) where.push(eq(players.status, params.status as never));
  if (params.chapter) where.push(eq(players.chapter, params.chapter));
  if (params.engagement) where.push(eq(engagementState.state, params.engagement as never));
  const condition = where.length > 0 ? and(...where) : undefined;
  const order = params.dir === "asc" ? asc : desc;
  const nulls = params.dir === "asc" ? sql`nulls first` : sql`nulls last`;

  const rows = await db
    .select({
      id: players.id,
      name: players.name,
      email: players.email,
      telegramUsername: players.telegramUsername,
      telegramId: players.telegramId,
      status: players.status,
      chapter: players.chapter,
      score: players.relationshipScore,
      engagement: engagementState.state,
      lastPlayerMessageAt: players.lastPlayerMessageAt,
      createdAt: players.createdAt,
    })
    .from(players)
    .leftJoin(engagementState, eq(engagementState.playerId, players.id))
    .where(condition)
    .orderBy(sql`${order(sortColumn(params.sort))} ${nulls}`, asc(players.id))
    .limit(params.pageSize)
    .offset((params.page - 1) * params.pageSize);
  const [count] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(players)
    .leftJoin(engagementState, eq(engagementState.playerId, players.id))
    .where(condition);
  return { rows, total: Number(count?.total ?? 0) };
}

const HISTORY_LIMIT = 500;
const CONVERSATION_LIMIT = 10;
const MESSAGES_PER_CONVERSATION = 60;
const EVENT_LIMIT = 50;
const AUDIT_LIMIT = 50;

export async function getPlayerDetail(db: DbOrTx, playerId: string) {
  const [player] = await db.select().from(players).where(eq(players.id, playerId));
  if (!player) return null;
  const [[metrics], [engagement], [conflict], vices, history, convs, events, audit] = await Promise.all([
    db.select().from(playerMetrics).where(eq(playerMetrics.playerId, playerId)),
    db.select().from(engagementState).where(eq(engagementState.playerId, playerId)),
    db.select().from(conflictState).where(eq(conflictState.playerId, playerId)),
    db
      .select()
      .from(vicePreferences)
      .where(eq(vicePreferences.playerId, playerId))
      .orderBy(desc(vicePreferences.engagement)),
    db
      .select()
      .from(scoreHistory)
      .where(eq(scoreHistory.playerId, playerId))
      .orderBy(desc(scoreHistory.createdAt), desc(scoreHistory.id))
      .limit(HISTORY_LIMIT),
    db
      .select()
      .from(conversations)
      .where(eq(conversations.playerId, playerId))
      .orderBy(desc(conversations.lastMessageAt))
      .limit(CONVERSATION_LIMIT),
    db
      .select()
      .from(scheduledEvents)
      .where(eq(scheduledEvents.playerId, playerId))
      .orderBy(desc(scheduledEvents.dueAt), desc(scheduledEvents.id))
      .limit(EVENT_LIMIT),
    db
      .select()
      .from(adminAuditLog)
      .where(eq(adminAuditLog.playerId, playerId))
      .orderBy(desc(adminAuditLog.createdAt), desc(adminAuditLog.id))
      .limit(AUDIT_LIMIT),
  ]);
  const transcripts = await Promise.all(
    convs.map(async (c) => ({
      conversation: c,
      messages: (
        await db
          .select()
          .from(messages)
          .where(eq(messages.conversationId, c.id))
          .orderBy(desc(messages.createdAt), desc(messages.id))
          .limit(MESSAGES_PER_CONVERSATION)
      ).reverse(),
    })),
  );
  return {
    player,
    metrics: metrics ?? null,
    engagement: engagement ?? null,
    conflict: conflict ?? null,
    vices,
    history: history.reverse(),
    conversations: transcripts,
    events,
    audit,
  };
}

export type PlayerDetail = NonNullable<Awaited<ReturnType<typeof getPlayerDetail>>>;
