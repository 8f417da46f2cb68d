DROP INDEX "memory_facts_valid_idx";--> statement-breakpoint
DROP INDEX "memory_facts_search_idx";--> statement-breakpoint
DROP INDEX "memory_facts_key_idx";--> statement-breakpoint
ALTER TABLE "memory_facts" drop column "search_text";--> statement-breakpoint
ALTER TABLE "memory_facts" ADD COLUMN "search_text" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple', object), 'A') || setweight(to_tsvector('simple', subject || ' ' || predicate), 'B')) STORED;--> statement-breakpoint
ALTER TABLE "memory_facts" ADD COLUMN "subject_key" text NOT NULL;--> statement-breakpoint
ALTER TABLE "memory_facts" ADD COLUMN "predicate_key" text NOT NULL;--> statement-breakpoint
ALTER TABLE "memory_facts" ADD COLUMN "object_key" text NOT NULL;--> statement-breakpoint
ALTER TABLE "memory_facts" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "memory_facts" ADD CONSTRAINT "memory_facts_episode_id_memory_episodes_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."memory_episodes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memory_facts" ADD CONSTRAINT "memory_facts_superseded_by_memory_facts_id_fk" FOREIGN KEY ("superseded_by") REFERENCES "public"."memory_facts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "memory_facts_current_uq" ON "memory_facts" USING btree ("player_id","about","subject_key","predicate_key") WHERE invalid_at is null;--> statement-breakpoint
CREATE INDEX "memory_facts_recent_idx" ON "memory_facts" USING btree ("player_id","updated_at" DESC NULLS LAST) WHERE invalid_at is null;--> statement-breakpoint
CREATE INDEX "memory_facts_fts_idx" ON "memory_facts" USING gin ("search_text");--> statement-breakpoint
CREATE INDEX "memory_facts_key_idx" ON "memory_facts" USING btree ("player_id","about","subject_key","object_key");--> statement-breakpoint
ALTER TABLE "memory_facts" ADD CONSTRAINT "memory_facts_about_check" CHECK (about in ('user', 'nikita', 'relationship'));--> statement-breakpoint
ALTER TABLE "memory_facts" ADD CONSTRAINT "memory_facts_confidence_check" CHECK (confidence >= 0 and confidence <= 1);