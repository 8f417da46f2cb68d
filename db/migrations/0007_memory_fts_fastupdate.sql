DROP INDEX "memory_facts_fts_idx";--> statement-breakpoint
CREATE INDEX "memory_facts_fts_idx" ON "memory_facts" USING gin ("search_text") WITH (fastupdate=false);