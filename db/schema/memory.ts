// Memory aggregate (Postgres store): episodes (closed conversations) and temporal facts.
// A fact stays valid until a contradicting fact closes it with `invalid_at`; history is kept.
// At most one fact per (player, about, subject, predicate) is valid at a time (unique partial
// index on the normalised keys), so a contradiction can never leave two "current" answers.
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  check,
  customType,
  index,
  pgTable,
  real,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { FactAbout } from "@/lib/engine/vocabulary";
import { createdAt, playerIdColumn, playerReadPolicy, tstz, updatedAt } from "./_shared";
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
  (t) => [
    index("memory_episodes_player_idx").on(t.playerId, t.occurredAt),
    playerReadPolicy("memory_episodes"),
  ],
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
    /** Normalised forms (lib/memory/normalize.ts) used to match restatements and contradictions. */
    subjectKey: text("subject_key").notNull(),
    predicateKey: text("predicate_key").notNull(),
    objectKey: text("object_key").notNull(),
    confidence: real("confidence").notNull(),
    sourceMessageId: bigint("source_message_id", { mode: "number" }),
    episodeId: uuid("episode_id").references(() => memoryEpisodes.id, { onDelete: "set null" }),
    validAt: tstz("valid_at").notNull(),
    invalidAt: tstz("invalid_at"),
    supersededBy: uuid("superseded_by").references((): AnyPgColumn => memoryFacts.id, {
      onDelete: "set null",
    }),
    // The object is what a question is usually about ("what's my dog called?" → "Rex"), so it
    // weighs more than the subject and predicate in the rank. The last lexeme, `_<player id
    // hex>`, scopes a search to one player inside the GIN index itself: the index intersects
    // the player's entries with the word's, so a search never reads other players' rows and
    // needs no planner statistics to stay fast (see lib/memory/postgres-candidates.ts). Query
    // words are letters and digits only, so no word or prefix can ever match it.
    searchText: tsvector("search_text").generatedAlwaysAs(
      sql`setweight(to_tsvector('simple', object), 'A') || setweight(to_tsvector('simple', subject || ' ' || predicate), 'B') || ('_' || replace(player_id::text, '-', ''))::tsvector`,
    ),
    createdAt: createdAt(),
    /** Last time the fact was stated or restated: drives recency in search. */
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("memory_facts_current_uq")
      .on(t.playerId, t.about, t.subjectKey, t.predicateKey)
      .where(sql`invalid_at is null`),
    // NULLS FIRST is what `order by updated_at desc` means; the index must match to be used.
    index("memory_facts_recent_idx")
      .on(t.playerId, t.updatedAt.desc().nullsFirst())
      .where(sql`invalid_at is null`),
    index("memory_facts_key_idx").on(t.playerId, t.about, t.subjectKey, t.objectKey),
    // fastupdate off: new facts go straight into the index instead of a pending list that
    // every search would scan linearly until the next vacuum (PGlite never autovacuums).
    index("memory_facts_text_idx")
      .using("gin", t.searchText)
      .with({ fastupdate: false }),
    check("memory_facts_about_check", sql`about in ('user', 'nikita', 'relationship')`),
    check("memory_facts_confidence_check", sql`confidence >= 0 and confidence <= 1`),
    playerReadPolicy("memory_facts"),
  ],
);
