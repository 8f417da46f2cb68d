// "Export my data": everything the game holds about one player as one JSON document —
// profile and settings, game state, score history with its explanations, every conversation
// with the messages she has actually sent (bubbles still waiting out a delay are not part of
// it yet), diary, vices, and her memory (facts, including superseded ones, and episodes).
import { and, asc, eq, lte } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import {
  conflictState,
  conversations,
  dailySummaries,
  engagementState,
  messages,
  playerMetrics,
  players,
  scoreHistory,
  vicePreferences,
} from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { MemoryStore } from "@/lib/memory";

export const EXPORT_FORMAT = "nikita-player-export/1";

export async function exportPlayerData(
  db: DbOrTx,
  params: { playerId: string; memory: MemoryStore; now: Date },
) {
  const { playerId, now } = params;
  const [profile] = await db.select().from(players).where(eq(players.id, playerId));
  if (!profile) throw new AppError("not_found:player", "We couldn't find your account.");
  const [metrics] = await db.select().from(playerMetrics).where(eq(playerMetrics.playerId, playerId));
  const [engagement] = await db.select().from(engagementState).where(eq(engagementState.playerId, playerId));
  const [conflict] = await db.select().from(conflictState).where(eq(conflictState.playerId, playerId));
  const vices = await db
    .select()
    .from(vicePreferences)
    .where(eq(vicePreferences.playerId, playerId))
    .orderBy(asc(vicePreferences.category));
  const history = await db
    .select()
    .from(scoreHistory)
    .where(eq(scoreHistory.playerId, playerId))
    .orderBy(asc(scoreHistory.createdAt), asc(scoreHistory.id));
  const diary = await db
    .select()
    .from(dailySummaries)
    .where(eq(dailySummaries.playerId, playerId))
    .orderBy(asc(dailySummaries.localDate));
  const convs = await db
    .select()
    .from(conversations)
    .where(eq(conversations.playerId, playerId))
    .orderBy(asc(conversations.startedAt));
  const sent = await db
    .select()
    .from(messages)
    .where(and(eq(messages.playerId, playerId), lte(messages.createdAt, now)))
    .orderBy(asc(messages.createdAt), asc(messages.id));
  const byConversation = new Map<string, typeof sent>();
  for (const m of sent) {
    const list = byConversation.get(m.conversationId);
    if (list) list.push(m);
    else byConversation.set(m.conversationId, [m]);
  }
  const [facts, episodes] = await Promise.all([
    params.memory.listFacts({ playerId, include: "all" }),
    params.memory.listEpisodes(playerId),
  ]);

  return {
    format: EXPORT_FORMAT,
    exportedAt: now.toISOString(),
    profile,
    game: { metrics: metrics ?? null, engagement: engagement ?? null, conflict: conflict ?? null },
    scoreHistory: history,
    conversations: convs.map((c) => ({ ...c, messages: byConversation.get(c.id) ?? [] })),
    diary,
    vices,
    memory: { facts, episodes },
  };
}

export type PlayerExport = Awaited<ReturnType<typeof exportPlayerData>>;

/** The download's file name, e.g. `nikita-export-2026-11-22.json`. */
export function exportFileName(now: Date): string {
  return `nikita-export-${now.toISOString().slice(0, 10)}.json`;
}
