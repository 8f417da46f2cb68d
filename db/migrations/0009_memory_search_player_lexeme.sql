DROP INDEX "memory_facts_search_idx";--> statement-breakpoint
ALTER TABLE "memory_facts" drop column "search_text";--> statement-breakpoint
ALTER TABLE "memory_facts" ADD COLUMN "search_text" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple', object), 'A') || setweight(to_tsvector('simple', subject || ' ' || predicate), 'B') || ('_' || replace(player_id::text, '-', ''))::tsvector) STORED;--> statement-breakpoint
CREATE INDEX "memory_facts_text_idx" ON "memory_facts" USING gin ("search_text") WITH (fastupdate=false);