DROP INDEX "memory_facts_valid_idx";--> statement-breakpoint
DROP INDEX "memory_facts_search_idx";--> statement-breakpoint
DROP INDEX "memory_facts_key_idx";--> statement-breakpoint
ALTER TABLE "memory_facts" drop column "search_text";--> statement-breakpoint
ALTER TABLE "memory_facts" ADD COLUMN "search_text" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple', object), 'A') || setweight(to_tsvector('simple', subject || ' ' || predicate), 'B')) STORED;--> statement-breakpoint
-- Hand edit: a table that already holds facts gets the keys backfilled (the store's
-- normalisation approximated: lower case, letters and digits only, no articles), then the
-- temporary defaults are dropped so new rows must supply their keys.
ALTER TABLE "memory_facts" ADD COLUMN "subject_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "memory_facts" ADD COLUMN "predicate_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "memory_facts" ADD COLUMN "object_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE "memory_facts" SET
  "subject_key" = trim(regexp_replace(regexp_replace(regexp_replace(lower("subject"), '[^[:alnum:]]+', ' ', 'g'), '\m(a|an|the)\M', '', 'g'), '\s+', ' ', 'g')),
  "predicate_key" = trim(regexp_replace(regexp_replace(regexp_replace(lower("predicate"), '[^[:alnum:]]+', ' ', 'g'), '\m(a|an|the)\M', '', 'g'), '\s+', ' ', 'g')),
  "object_key" = trim(regexp_replace(regexp_replace(regexp_replace(lower("object"), '[^[:alnum:]]+', ' ', 'g'), '\m(a|an|the)\M', '', 'g'), '\s+', ' ', 'g'));--> statement-breakpoint
-- Facts restated before keys existed: keep the newest valid one per key, close the others, so
-- the unique index on current facts can be built.
UPDATE "memory_facts" f SET "invalid_at" = now() WHERE f."invalid_at" IS NULL AND EXISTS (
  SELECT 1 FROM "memory_facts" g WHERE g."player_id" = f."player_id" AND g."about" = f."about"
    AND g."invalid_at" IS NULL AND g."id" <> f."id"
    AND trim(regexp_replace(regexp_replace(regexp_replace(lower(g."subject"), '[^[:alnum:]]+', ' ', 'g'), '\m(a|an|the)\M', '', 'g'), '\s+', ' ', 'g')) = f."subject_key"
    AND trim(regexp_replace(regexp_replace(regexp_replace(lower(g."predicate"), '[^[:alnum:]]+', ' ', 'g'), '\m(a|an|the)\M', '', 'g'), '\s+', ' ', 'g')) = f."predicate_key"
    AND (g."created_at", g."id"::text) > (f."created_at", f."id"::text));--> statement-breakpoint
ALTER TABLE "memory_facts" ALTER COLUMN "subject_key" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "memory_facts" ALTER COLUMN "predicate_key" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "memory_facts" ALTER COLUMN "object_key" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "memory_facts" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "memory_facts" ADD CONSTRAINT "memory_facts_episode_id_memory_episodes_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."memory_episodes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memory_facts" ADD CONSTRAINT "memory_facts_superseded_by_memory_facts_id_fk" FOREIGN KEY ("superseded_by") REFERENCES "public"."memory_facts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "memory_facts_current_uq" ON "memory_facts" USING btree ("player_id","about","subject_key","predicate_key") WHERE invalid_at is null;--> statement-breakpoint
CREATE INDEX "memory_facts_recent_idx" ON "memory_facts" USING btree ("player_id","updated_at" DESC NULLS LAST) WHERE invalid_at is null;--> statement-breakpoint
CREATE INDEX "memory_facts_fts_idx" ON "memory_facts" USING gin ("search_text");--> statement-breakpoint
CREATE INDEX "memory_facts_key_idx" ON "memory_facts" USING btree ("player_id","about","subject_key","object_key");--> statement-breakpoint
ALTER TABLE "memory_facts" ADD CONSTRAINT "memory_facts_about_check" CHECK (about in ('user', 'nikita', 'relationship'));--> statement-breakpoint
ALTER TABLE "memory_facts" ADD CONSTRAINT "memory_facts_confidence_check" CHECK (confidence >= 0 and confidence <= 1);