// Conversation aggregate: conversations across channels, their messages, and the durable
// pending turns that make sure every accepted player message is answered exactly once.
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { Platform } from "@/lib/engine/vocabulary";
import { createdAt, playerIdColumn, playerReadPolicy, points, tstz } from "./_shared";
import { players } from "./players";

export const conversations = pgTable(
  "conversations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    playerId: playerIdColumn().references(() => players.id, { onDelete: "cascade" }),
    platform: text("platform").$type<Platform>().notNull(),
    /** The provider's id for the conversation (ElevenLabs conversation id for voice). */
    externalId: text("external_id"),
    startedAt: tstz("started_at").notNull().defaultNow(),
    lastMessageAt: tstz("last_message_at").notNull().defaultNow(),
    closedAt: tstz("closed_at"),
    minedAt: tstz("mined_at"),
    summary: text("summary"),
    /** What the conversation was about (mined with the summary; feeds her diary entry). */
    topics: jsonb("topics").$type<string[]>(),
    vulnerabilityExchanges: smallint("vulnerability_exchanges").notNull().default(0),
    messageCount: integer("message_count").notNull().default(0),
  },
  (t) => [
    index("conversations_player_started_idx").on(t.playerId, t.startedAt.desc()),
    index("conversations_open_idx").on(t.lastMessageAt).where(sql`closed_at is null`),
    uniqueIndex("conversations_platform_external_uq").on(t.platform, t.externalId),
    playerReadPolicy("conversations"),
  ],
);

export type MessageRole = "player" | "nikita" | "system";
export type MessageKind = "text" | "photo" | "sticker" | "voice" | "video" | "document" | "other";

export const messages = pgTable(
  "messages",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    playerId: playerIdColumn().references(() => players.id, { onDelete: "cascade" }),
    conversationId: uuid("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    role: text("role").$type<MessageRole>().notNull(),
    kind: text("kind").$type<MessageKind>().notNull().default("text"),
    content: text("content").notNull(),
    /** For player messages: the validated analysis and what it did to the score. */
    analysis: jsonb("analysis"),
    scoreDelta: points("score_delta"),
    explanation: text("explanation"),
    isSkipped: boolean("is_skipped").notNull().default(false),
    telegramMessageId: bigint("telegram_message_id", { mode: "number" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("messages_conversation_idx").on(t.conversationId, t.createdAt),
    index("messages_player_created_idx").on(t.playerId, t.createdAt.desc()),
    playerReadPolicy("messages"),
  ],
);

export type TurnStatus = "pending" | "processing" | "done" | "failed" | "cancelled";

export const pendingTurns = pgTable(
  "pending_turns",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    playerId: playerIdColumn().references(() => players.id, { onDelete: "cascade" }),
    messageId: bigint("message_id", { mode: "number" })
      .notNull()
      .unique()
      .references(() => messages.id, { onDelete: "cascade" }),
    conversationId: uuid("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    status: text("status").$type<TurnStatus>().notNull().default("pending"),
    attempts: smallint("attempts").notNull().default(0),
    nextAttemptAt: tstz("next_attempt_at").notNull().defaultNow(),
    claimedAt: tstz("claimed_at"),
    /** Fencing token of the current claim: only the worker holding it may finish the turn. */
    claimToken: uuid("claim_token"),
    processedAt: tstz("processed_at"),
    lastError: text("last_error"),
    createdAt: createdAt(),
  },
  (t) => [
    index("pending_turns_due_idx").on(t.nextAttemptAt).where(sql`status in ('pending', 'processing')`),
    index("pending_turns_player_idx").on(t.playerId, t.createdAt),
    playerReadPolicy("pending_turns"),
  ],
);
