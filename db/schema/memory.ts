// Memory aggregate (Postgres store): episodes (closed conversations) and temporal facts.
// A fact stays valid until a contradicting fact closes it with `invalid_at`; history is kept.
import { sql } from "drizzle-orm";
import { bigint, customType, index, pgTable, real, text, uuid } from "drizzle-orm/pg-core";
import type { FactAbout } from "@/lib/engine/vocabulary";
import { createdAt, playerIdColumn, playerReadPolicy, tstz } from "./_shared";
import { conversations } from "./conversations";
import { players } from "./players";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const memoryEpisodes = pgTable(
  "memory_episodes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    playerId: playerIdColumn().references(() => players.id, { onDelete: "cascade" }),
    conversationId: uuid("conversation_id").references(() => conversations.id, { onDelete: "set null" }),
    summary: text("summary").notNull(),
    occurredAt: tstz("occurred_at").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("memory_episodes_player_idx").on(t.playerId, t.occurredAt), playerReadPolicy("memory_episodes")],
);

export const memoryFacts = pgTable(
  "memory_facts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    playerId: playerIdColumn().references(() => players.id, { onDelete: "cascade" }),
    about: text("about").$type<FactAbout>().notNull(),
    subject: text("subject").notNull(),
    predicate: text("predicate").notNull(),
    object: text("object").notNull(),
    confidence: real("confidence").notNull(),
    sourceMessageId: bigint("source_message_id", { mode: "number" }),
    episodeId: uuid("episode_id"),
    validAt: tstz("valid_at").notNull(),
    invalidAt: tstz("invalid_at"),
    supersededBy: uuid("superseded_by"),
    searchText: tsvector("search_text").generatedAlwaysAs(
      sql`to_tsvector('simple', subject || ' ' || predicate || ' ' || object)`,
    ),
    createdAt: createdAt(),
  },
  (t) => [
    index("memory_facts_valid_idx").on(t.playerId, t.validAt.desc()).where(sql`invalid_at is null`),
    index("memory_facts_key_idx").on(t.playerId, t.about, t.subject, t.predicate),
    index("memory_facts_search_idx").using("gin", t.searchText),
    playerReadPolicy("memory_facts"),
  ],
);
