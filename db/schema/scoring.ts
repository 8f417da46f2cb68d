// Scoring aggregate: the score history (every change with its cause) and the daily diary.
import {
  bigint,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { HistoryKind } from "@/lib/engine/vocabulary";
import { createdAt, playerIdColumn, playerReadPolicy, points } from "./_shared";
import { players } from "./players";

export const scoreHistory = pgTable(
  "score_history",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    playerId: playerIdColumn().references(() => players.id, { onDelete: "cascade" }),
    kind: text("kind").$type<HistoryKind>().notNull(),
    scoreBefore: points("score_before").notNull(),
    scoreAfter: points("score_after").notNull(),
    chapter: integer("chapter").notNull(),
    /** Per-metric deltas actually applied. */
    deltas: jsonb("deltas").$type<Record<string, number>>(),
    multiplier: real("multiplier"),
    explanation: text("explanation"),
    messageId: bigint("message_id", { mode: "number" }),
    conversationId: uuid("conversation_id"),
    /** Kind-specific details: hours overdue for decay, verdict for bosses, admin reason… */
    details: jsonb("details").$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [
    index("score_history_player_created_idx").on(t.playerId, t.createdAt),
    index("score_history_kind_created_idx").on(t.kind, t.createdAt),
    playerReadPolicy("score_history"),
  ],
);

export const dailySummaries = pgTable(
  "daily_summaries",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    playerId: playerIdColumn().references(() => players.id, { onDelete: "cascade" }),
    localDate: date("local_date", { mode: "string" }).notNull(),
    text: text("text").notNull(),
    scoreStart: points("score_start").notNull(),
    scoreEnd: points("score_end").notNull(),
    decayApplied: points("decay_applied").notNull().default(0),
    conversationCount: integer("conversation_count").notNull().default(0),
    messageCount: integer("message_count").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("daily_summaries_player_date_uq").on(t.playerId, t.localDate),
    playerReadPolicy("daily_summaries"),
  ],
);
