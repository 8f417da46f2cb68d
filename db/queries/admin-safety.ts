// Admin safety queue (issue 11): guard blocks, crisis flags and minor/age-lock events with
// the player's message and what was sent instead, open ones first; and the players whose
// account is age-locked or waiting for an age confirmation.
import { desc, eq, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { players, safetyEvents } from "@/db/schema";

const LIMIT = 100;

export async function listSafetyEvents(db: DbOrTx, params: { kind?: string; limit?: number } = {}) {
  return db
    .select({
      id: safetyEvents.id,
      playerId: safetyEvents.playerId,
      playerName: players.name,
      kind: safetyEvents.kind,
      content: safetyEvents.content,
      sentInstead: safetyEvents.sentInstead,
      details: safetyEvents.details,
      status: safetyEvents.status,
      resolvedAt: safetyEvents.resolvedAt,
      createdAt: safetyEvents.createdAt,
    })
    .from(safetyEvents)
    .leftJoin(players, eq(players.id, safetyEvents.playerId))
    .where(params.kind ? eq(safetyEvents.kind, params.kind as never) : undefined)
    .orderBy(desc(sql`${safetyEvents.status} = 'open'`), desc(safetyEvents.createdAt), desc(safetyEvents.id))
    .limit(params.limit ?? LIMIT);
}

export async function listAgeLockedPlayers(db: DbOrTx) {
  return db
    .select({
      id: players.id,
      name: players.name,
      email: players.email,
      telegramUsername: players.telegramUsername,
      ageLock: players.ageLock,
      status: players.status,
      updatedAt: players.updatedAt,
    })
    .from(players)
    .where(ne(players.ageLock, "none"))
    .orderBy(desc(players.updatedAt))
    .limit(LIMIT);
}
