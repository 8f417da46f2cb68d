// Test fixtures for the job suites: players with their state rows, scheduled bubbles, messages.
// Rows go in through drizzle exactly as the app writes them; nothing here is mocked.
import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { queryRows } from "@/db/query-rows";
import {
  conflictState,
  conversations,
  engagementState,
  messages,
  playerMetrics,
  players,
  scheduledEvents,
} from "@/db/schema";

export type PlayerInsert = typeof players.$inferInsert;
export type MetricsInsert = Omit<typeof playerMetrics.$inferInsert, "playerId">;

let playerSerial = 0;

/** An active player (plus metrics, engagement and conflict rows). */
export async function insertPlayer(
  db: DbOrTx,
  overrides: Partial<PlayerInsert> = {},
  metrics: MetricsInsert = {},
): Promise<string> {
  playerSerial++;
  const [row] = await db
    .insert(players)
    .values({ name: `Player ${playerSerial}`, status: "active", timezone: "UTC", ...overrides })
    .returning({ id: players.id });
  if (!row) throw new Error("player insert failed");
  await db.insert(playerMetrics).values({ playerId: row.id, ...metrics });
  await db.insert(engagementState).values({ playerId: row.id });
  await db.insert(conflictState).values({ playerId: row.id });
  return row.id;
}

export async function insertConversation(
  db: DbOrTx,
  params: { playerId: string; platform?: "telegram" | "web"; startedAt: Date; lastMessageAt?: Date },
): Promise<string> {
  const [row] = await db
    .insert(conversations)
    .values({
      playerId: params.playerId,
      platform: params.platform ?? "web",
      startedAt: params.startedAt,
      lastMessageAt: params.lastMessageAt ?? params.startedAt,
    })
    .returning({ id: conversations.id });
  if (!row) throw new Error("conversation insert failed");
  return row.id;
}

export async function insertMessage(
  db: DbOrTx,
  params: { playerId: string; conversationId: string; role: "player" | "nikita"; content: string; at: Date },
): Promise<number> {
  const [row] = await db
    .insert(messages)
    .values({
      playerId: params.playerId,
      conversationId: params.conversationId,
      role: params.role,
      content: params.content,
      createdAt: params.at,
    })
    .returning({ id: messages.id });
  if (!row) throw new Error("message insert failed");
  return row.id;
}

export async function insertEvent(
  db: DbOrTx,
  params: {
    playerId: string;
    text: string;
    dueAt: Date;
    channel?: "telegram" | "web";
    typingFrom?: Date;
    messageId?: number;
    status?: "pending" | "processing" | "done" | "failed" | "cancelled";
    claimedAt?: Date;
    attempts?: number;
    createdAt?: Date;
  },
): Promise<number> {
  const [row] = await db
    .insert(scheduledEvents)
    .values({
      playerId: params.playerId,
      channel: params.channel ?? "telegram",
      payload: { text: params.text },
      dueAt: params.dueAt,
      typingFrom: params.typingFrom,
      messageId: params.messageId,
      status: params.status ?? "pending",
      claimedAt: params.claimedAt,
      attempts: params.attempts ?? 0,
      ...(params.createdAt ? { createdAt: params.createdAt } : {}),
    })
    .returning({ id: scheduledEvents.id });
  if (!row) throw new Error("event insert failed");
  return row.id;
}

export type EventRow = typeof scheduledEvents.$inferSelect;

export async function eventsOf(db: DbOrTx, playerId: string): Promise<EventRow[]> {
  return db
    .select()
    .from(scheduledEvents)
    .where(eq(scheduledEvents.playerId, playerId))
    .orderBy(scheduledEvents.dueAt, scheduledEvents.id);
}

export async function countRows(db: DbOrTx, table: string, where = "true"): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql.raw(`select count(*)::int as n from ${table} where ${where}`),
  );
  return row?.n ?? 0;
}

export const at = (iso: string) => new Date(iso);

/** A mutable test clock: `clock.now()` for jobs, `clock.set()` / `clock.advance()` to move it. */
export function testClock(start: Date) {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    set: (d: Date) => {
      current = d.getTime();
    },
    advance: (ms: number) => {
      current += ms;
    },
  };
}
