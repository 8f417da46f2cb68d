// Delivery aggregate: outbound messages waiting for their due time, claimed with SKIP LOCKED.
import { sql } from "drizzle-orm";
import { bigint, index, jsonb, pgTable, smallint, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, playerIdColumn, playerReadPolicy, tstz } from "./_shared";
import { players } from "./players";

export type EventChannel = "telegram" | "web";
export type EventStatus = "pending" | "processing" | "done" | "failed" | "cancelled";
export type EventSource = "reply" | "boss" | "proactive" | "warning" | "system" | "admin" | "safety";

export const scheduledEvents = pgTable(
  "scheduled_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    playerId: playerIdColumn().references(() => players.id, { onDelete: "cascade" }),
    channel: text("channel").$type<EventChannel>().notNull(),
    source: text("source").$type<EventSource>().notNull().default("reply"),
    /** What to send: `{ text }` for a bubble, plus `typingFrom` when a delay runs before it. */
    payload: jsonb("payload").$type<{ text: string; replyMarkup?: unknown }>().notNull(),
    /** The stored Nikita message this bubble delivers (web chat reads it, Telegram sends it). */
    messageId: bigint("message_id", { mode: "number" }),
    typingFrom: tstz("typing_from"),
    dueAt: tstz("due_at").notNull(),
    status: text("status").$type<EventStatus>().notNull().default("pending"),
    attempts: smallint("attempts").notNull().default(0),
    claimedAt: tstz("claimed_at"),
    sentAt: tstz("sent_at"),
    lastError: text("last_error"),
    /** Guards against scheduling the same logical message twice (e.g. a retried turn). */
    dedupeKey: text("dedupe_key"),
    createdAt: createdAt(),
  },
  (t) => [
    index("scheduled_events_due_idx").on(t.dueAt).where(sql`status = 'pending'`),
    index("scheduled_events_player_idx").on(t.playerId, t.dueAt),
    uniqueIndex("scheduled_events_dedupe_uq").on(t.dedupeKey),
    playerReadPolicy("scheduled_events"),
  ],
);
