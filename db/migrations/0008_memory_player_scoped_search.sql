DROP INDEX "memory_facts_fts_idx";--> statement-breakpoint
DROP INDEX "memory_facts_recent_idx";--> statement-breakpoint
ALTER TABLE "memory_facts" drop column "search_text";--> statement-breakpoint
ALTER TABLE "memory_facts" ADD COLUMN "search_text" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple', object), 'A') || setweight(to_tsvector('simple', subject || ' ' || predicate), 'B') || to_tsvector('simple', 'p' || replace(player_id::text, '-', ''))) STORED;--> statement-breakpoint
CREATE INDEX "memory_facts_search_idx" ON "memory_facts" USING gin ("search_text") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "memory_facts_recent_idx" ON "memory_facts" USING btree ("player_id","updated_at" DESC NULLS FIRST) WHERE invalid_at is null;