CREATE TABLE "conversations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"player_id" uuid NOT NULL,
	"platform" text NOT NULL,
	"external_id" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_message_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"mined_at" timestamp with time zone,
	"summary" text,
	"vulnerability_exchanges" smallint DEFAULT 0 NOT NULL,
	"message_count" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "conversations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "messages" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "messages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"player_id" uuid NOT NULL,
	"conversation_id" uuid NOT NULL,
	"role" text NOT NULL,
	"kind" text DEFAULT 'text' NOT NULL,
	"content" text NOT NULL,
	"analysis" jsonb,
	"score_delta" numeric(5, 2),
	"explanation" text,
	"is_skipped" boolean DEFAULT false NOT NULL,
	"telegram_message_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "messages" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "pending_turns" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "pending_turns_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"player_id" uuid NOT NULL,
	"message_id" bigint NOT NULL,
	"conversation_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" smallint DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"claimed_at" timestamp with time zone,
	"processed_at" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pending_turns_message_id_unique" UNIQUE("message_id")
);
--> statement-breakpoint
ALTER TABLE "pending_turns" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "scheduled_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "scheduled_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"player_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"source" text DEFAULT 'reply' NOT NULL,
	"payload" jsonb NOT NULL,
	"message_id" bigint,
	"typing_from" timestamp with time zone,
	"due_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" smallint DEFAULT 0 NOT NULL,
	"claimed_at" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"last_error" text,
	"dedupe_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "scheduled_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "memory_episodes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"player_id" uuid NOT NULL,
	"conversation_id" uuid,
	"summary" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "memory_episodes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "memory_facts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"player_id" uuid NOT NULL,
	"about" text NOT NULL,
	"subject" text NOT NULL,
	"predicate" text NOT NULL,
	"object" text NOT NULL,
	"confidence" real NOT NULL,
	"source_message_id" bigint,
	"episode_id" uuid,
	"valid_at" timestamp with time zone NOT NULL,
	"invalid_at" timestamp with time zone,
	"superseded_by" uuid,
	"search_text" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', subject || ' ' || predicate || ' ' || object)) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "memory_facts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "admin_audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "admin_audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"admin_user_id" uuid NOT NULL,
	"admin_email" text,
	"action" text NOT NULL,
	"player_id" uuid,
	"before" jsonb,
	"after" jsonb,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "admin_audit_log" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "dev_mailbox" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "dev_mailbox_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"to_email" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"link" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dev_mailbox" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "error_logs" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "error_logs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"scope" text NOT NULL,
	"code" text,
	"message" text NOT NULL,
	"context" jsonb,
	"stack" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "error_logs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "job_runs" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "job_runs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"job" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"status" text DEFAULT 'running' NOT NULL,
	"counts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"error" text,
	"duration_ms" integer
);
--> statement-breakpoint
ALTER TABLE "job_runs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "llm_calls" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "llm_calls_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"player_id" uuid,
	"purpose" text NOT NULL,
	"model" text NOT NULL,
	"input_tokens" integer DEFAULT 0 NOT NULL,
	"output_tokens" integer DEFAULT 0 NOT NULL,
	"cache_read_tokens" integer DEFAULT 0 NOT NULL,
	"cache_write_tokens" integer DEFAULT 0 NOT NULL,
	"cost_usd" numeric(12, 6) DEFAULT 0 NOT NULL,
	"latency_ms" integer NOT NULL,
	"status" text NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "llm_calls" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "request_metrics" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "request_metrics_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"route" text NOT NULL,
	"method" text NOT NULL,
	"status" integer NOT NULL,
	"duration_ms" numeric(10, 2) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "request_metrics" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "safety_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "safety_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"player_id" uuid,
	"kind" text NOT NULL,
	"message_id" bigint,
	"content" text,
	"sent_instead" text,
	"details" jsonb,
	"status" text DEFAULT 'open' NOT NULL,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "safety_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "conflict_state" (
	"player_id" uuid PRIMARY KEY NOT NULL,
	"temperature" numeric(5, 2) DEFAULT 0 NOT NULL,
	"positive_count" integer DEFAULT 0 NOT NULL,
	"negative_count" integer DEFAULT 0 NOT NULL,
	"critical_negative_streak" integer DEFAULT 0 NOT NULL,
	"last_cooled_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "conflict_state" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "engagement_state" (
	"player_id" uuid PRIMARY KEY NOT NULL,
	"state" text DEFAULT 'CALIBRATING' NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"last_calibration" real,
	"last_closed_day" date,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "engagement_state" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "player_metrics" (
	"player_id" uuid PRIMARY KEY NOT NULL,
	"intimacy" numeric(5, 2) DEFAULT 50 NOT NULL,
	"passion" numeric(5, 2) DEFAULT 50 NOT NULL,
	"trust" numeric(5, 2) DEFAULT 50 NOT NULL,
	"secureness" numeric(5, 2) DEFAULT 50 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "player_metrics" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "players" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"auth_user_id" uuid,
	"email" text,
	"telegram_id" bigint,
	"telegram_chat_id" bigint,
	"telegram_username" text,
	"name" text,
	"onboarding_step" text,
	"age_confirmed_at" timestamp with time zone,
	"timezone" text DEFAULT 'UTC' NOT NULL,
	"country" text,
	"darkness" smallint,
	"status" text DEFAULT 'onboarding' NOT NULL,
	"chapter" smallint DEFAULT 1 NOT NULL,
	"relationship_score" numeric(5, 2) DEFAULT 50 NOT NULL,
	"boss_attempts" smallint DEFAULT 0 NOT NULL,
	"boss_phase" text,
	"boss_started_at" timestamp with time zone,
	"boss_last_prompt_at" timestamp with time zone,
	"boss_cooldown_until" timestamp with time zone,
	"last_boss_exit_at" timestamp with time zone,
	"last_player_message_at" timestamp with time zone,
	"last_nikita_message_at" timestamp with time zone,
	"decayed_through" timestamp with time zone,
	"decay_applied_day" date,
	"decay_applied_today" numeric(5, 2) DEFAULT 0 NOT NULL,
	"last_decay_warning_at" timestamp with time zone,
	"days_played" integer DEFAULT 0 NOT NULL,
	"last_played_day" date,
	"messages_exchanged" integer DEFAULT 0 NOT NULL,
	"conversation_started_at" timestamp with time zone,
	"conversation_warmth_count" smallint DEFAULT 0 NOT NULL,
	"momentum_gap_seconds" real,
	"last_skipped" boolean DEFAULT false NOT NULL,
	"notifications_enabled" boolean DEFAULT true NOT NULL,
	"hard_mode" boolean DEFAULT false NOT NULL,
	"is_unreachable" boolean DEFAULT false NOT NULL,
	"last_proactive_at" timestamp with time zone,
	"proactive_paused_until" timestamp with time zone,
	"age_lock" text DEFAULT 'none' NOT NULL,
	"last_call_at" timestamp with time zone,
	"game_over_reason" text,
	"ended_at" timestamp with time zone,
	"game_started_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "players_auth_user_id_unique" UNIQUE("auth_user_id"),
	CONSTRAINT "players_telegram_id_unique" UNIQUE("telegram_id")
);
--> statement-breakpoint
ALTER TABLE "players" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "vice_preferences" (
	"player_id" uuid NOT NULL,
	"category" text NOT NULL,
	"engagement" real DEFAULT 0 NOT NULL,
	"intensity" real DEFAULT 0 NOT NULL,
	"discovered_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vice_preferences_pk" PRIMARY KEY("player_id","category")
);
--> statement-breakpoint
ALTER TABLE "vice_preferences" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "daily_summaries" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "daily_summaries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"player_id" uuid NOT NULL,
	"local_date" date NOT NULL,
	"text" text NOT NULL,
	"score_start" numeric(5, 2) NOT NULL,
	"score_end" numeric(5, 2) NOT NULL,
	"decay_applied" numeric(5, 2) DEFAULT 0 NOT NULL,
	"conversation_count" integer DEFAULT 0 NOT NULL,
	"message_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "daily_summaries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "score_history" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "score_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"player_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"score_before" numeric(5, 2) NOT NULL,
	"score_after" numeric(5, 2) NOT NULL,
	"chapter" integer NOT NULL,
	"deltas" jsonb,
	"multiplier" real,
	"explanation" text,
	"message_id" bigint,
	"conversation_id" uuid,
	"details" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "score_history" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "link_codes" (
	"code_hash" text PRIMARY KEY NOT NULL,
	"purpose" text NOT NULL,
	"player_id" uuid,
	"auth_user_id" uuid,
	"email" text,
	"redirect_to" text,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "link_codes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "telegram_updates" (
	"update_id" bigint PRIMARY KEY NOT NULL,
	"player_id" uuid,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "telegram_updates" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_player_id_players_id_fk" FOREIGN KEY ("player_id") REFERENCES "public"."players"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_player_id_players_id_fk" FOREIGN KEY ("player_id") REFERENCES "public"."players"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pending_turns" ADD CONSTRAINT "pending_turns_player_id_players_id_fk" FOREIGN KEY ("player_id") REFERENCES "public"."players"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pending_turns" ADD CONSTRAINT "pending_turns_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pending_turns" ADD CONSTRAINT "pending_turns_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduled_events" ADD CONSTRAINT "scheduled_events_player_id_players_id_fk" FOREIGN KEY ("player_id") REFERENCES "public"."players"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memory_episodes" ADD CONSTRAINT "memory_episodes_player_id_players_id_fk" FOREIGN KEY ("player_id") REFERENCES "public"."players"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memory_episodes" ADD CONSTRAINT "memory_episodes_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memory_facts" ADD CONSTRAINT "memory_facts_player_id_players_id_fk" FOREIGN KEY ("player_id") REFERENCES "public"."players"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflict_state" ADD CONSTRAINT "conflict_state_player_id_players_id_fk" FOREIGN KEY ("player_id") REFERENCES "public"."players"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_state" ADD CONSTRAINT "engagement_state_player_id_players_id_fk" FOREIGN KEY ("player_id") REFERENCES "public"."players"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "player_metrics" ADD CONSTRAINT "player_metrics_player_id_players_id_fk" FOREIGN KEY ("player_id") REFERENCES "public"."players"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vice_preferences" ADD CONSTRAINT "vice_preferences_player_id_players_id_fk" FOREIGN KEY ("player_id") REFERENCES "public"."players"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "daily_summaries" ADD CONSTRAINT "daily_summaries_player_id_players_id_fk" FOREIGN KEY ("player_id") REFERENCES "public"."players"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_history" ADD CONSTRAINT "score_history_player_id_players_id_fk" FOREIGN KEY ("player_id") REFERENCES "public"."players"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "link_codes" ADD CONSTRAINT "link_codes_player_id_players_id_fk" FOREIGN KEY ("player_id") REFERENCES "public"."players"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conversations_player_started_idx" ON "conversations" USING btree ("player_id","started_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "conversations_open_idx" ON "conversations" USING btree ("last_message_at") WHERE closed_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "conversations_platform_external_uq" ON "conversations" USING btree ("platform","external_id");--> statement-breakpoint
CREATE INDEX "messages_conversation_idx" ON "messages" USING btree ("conversation_id","created_at");--> statement-breakpoint
CREATE INDEX "messages_player_created_idx" ON "messages" USING btree ("player_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "pending_turns_due_idx" ON "pending_turns" USING btree ("next_attempt_at") WHERE status in ('pending', 'processing');--> statement-breakpoint
CREATE INDEX "pending_turns_player_idx" ON "pending_turns" USING btree ("player_id","created_at");--> statement-breakpoint
CREATE INDEX "scheduled_events_due_idx" ON "scheduled_events" USING btree ("due_at") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "scheduled_events_player_idx" ON "scheduled_events" USING btree ("player_id","due_at");--> statement-breakpoint
CREATE UNIQUE INDEX "scheduled_events_dedupe_uq" ON "scheduled_events" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "memory_episodes_player_idx" ON "memory_episodes" USING btree ("player_id","occurred_at");--> statement-breakpoint
CREATE INDEX "memory_facts_valid_idx" ON "memory_facts" USING btree ("player_id","valid_at" DESC NULLS LAST) WHERE invalid_at is null;--> statement-breakpoint
CREATE INDEX "memory_facts_key_idx" ON "memory_facts" USING btree ("player_id","about","subject","predicate");--> statement-breakpoint
CREATE INDEX "memory_facts_search_idx" ON "memory_facts" USING gin ("search_text");--> statement-breakpoint
CREATE INDEX "admin_audit_player_idx" ON "admin_audit_log" USING btree ("player_id","created_at");--> statement-breakpoint
CREATE INDEX "admin_audit_created_idx" ON "admin_audit_log" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "error_logs_created_idx" ON "error_logs" USING btree ("created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "job_runs_job_started_idx" ON "job_runs" USING btree ("job","started_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "llm_calls_created_idx" ON "llm_calls" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "llm_calls_player_idx" ON "llm_calls" USING btree ("player_id");--> statement-breakpoint
CREATE INDEX "request_metrics_route_created_idx" ON "request_metrics" USING btree ("route","created_at");--> statement-breakpoint
CREATE INDEX "safety_events_status_idx" ON "safety_events" USING btree ("status","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "engagement_state_state_idx" ON "engagement_state" USING btree ("state");--> statement-breakpoint
CREATE INDEX "players_status_chapter_idx" ON "players" USING btree ("status","chapter");--> statement-breakpoint
CREATE INDEX "players_email_idx" ON "players" USING btree ("email");--> statement-breakpoint
CREATE INDEX "players_lower_name_idx" ON "players" USING btree (lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "daily_summaries_player_date_uq" ON "daily_summaries" USING btree ("player_id","local_date");--> statement-breakpoint
CREATE INDEX "score_history_player_created_idx" ON "score_history" USING btree ("player_id","created_at");--> statement-breakpoint
CREATE INDEX "score_history_kind_created_idx" ON "score_history" USING btree ("kind","created_at");--> statement-breakpoint
CREATE INDEX "link_codes_expires_idx" ON "link_codes" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "telegram_updates_received_idx" ON "telegram_updates" USING btree ("received_at");--> statement-breakpoint
CREATE POLICY "conversations_select_own" ON "conversations" AS PERMISSIVE FOR SELECT TO "authenticated" USING (player_id in (select p.id from public.players p where p.auth_user_id = (select auth.uid())));--> statement-breakpoint
CREATE POLICY "messages_select_own" ON "messages" AS PERMISSIVE FOR SELECT TO "authenticated" USING (player_id in (select p.id from public.players p where p.auth_user_id = (select auth.uid())));--> statement-breakpoint
CREATE POLICY "pending_turns_select_own" ON "pending_turns" AS PERMISSIVE FOR SELECT TO "authenticated" USING (player_id in (select p.id from public.players p where p.auth_user_id = (select auth.uid())));--> statement-breakpoint
CREATE POLICY "scheduled_events_select_own" ON "scheduled_events" AS PERMISSIVE FOR SELECT TO "authenticated" USING (player_id in (select p.id from public.players p where p.auth_user_id = (select auth.uid())));--> statement-breakpoint
CREATE POLICY "memory_episodes_select_own" ON "memory_episodes" AS PERMISSIVE FOR SELECT TO "authenticated" USING (player_id in (select p.id from public.players p where p.auth_user_id = (select auth.uid())));--> statement-breakpoint
CREATE POLICY "memory_facts_select_own" ON "memory_facts" AS PERMISSIVE FOR SELECT TO "authenticated" USING (player_id in (select p.id from public.players p where p.auth_user_id = (select auth.uid())));--> statement-breakpoint
CREATE POLICY "conflict_state_select_own" ON "conflict_state" AS PERMISSIVE FOR SELECT TO "authenticated" USING (player_id in (select p.id from public.players p where p.auth_user_id = (select auth.uid())));--> statement-breakpoint
CREATE POLICY "engagement_state_select_own" ON "engagement_state" AS PERMISSIVE FOR SELECT TO "authenticated" USING (player_id in (select p.id from public.players p where p.auth_user_id = (select auth.uid())));--> statement-breakpoint
CREATE POLICY "player_metrics_select_own" ON "player_metrics" AS PERMISSIVE FOR SELECT TO "authenticated" USING (player_id in (select p.id from public.players p where p.auth_user_id = (select auth.uid())));--> statement-breakpoint
CREATE POLICY "players_select_own" ON "players" AS PERMISSIVE FOR SELECT TO "authenticated" USING (auth_user_id = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "players_update_own" ON "players" AS PERMISSIVE FOR UPDATE TO "authenticated" USING (auth_user_id = (select auth.uid())) WITH CHECK (auth_user_id = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "vice_preferences_select_own" ON "vice_preferences" AS PERMISSIVE FOR SELECT TO "authenticated" USING (player_id in (select p.id from public.players p where p.auth_user_id = (select auth.uid())));--> statement-breakpoint
CREATE POLICY "daily_summaries_select_own" ON "daily_summaries" AS PERMISSIVE FOR SELECT TO "authenticated" USING (player_id in (select p.id from public.players p where p.auth_user_id = (select auth.uid())));--> statement-breakpoint
CREATE POLICY "score_history_select_own" ON "score_history" AS PERMISSIVE FOR SELECT TO "authenticated" USING (player_id in (select p.id from public.players p where p.auth_user_id = (select auth.uid())));