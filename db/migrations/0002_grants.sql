-- Privileges. RLS decides which rows; these grants decide which tables and columns.
-- Players (role authenticated) may read their own game rows and change only their settings;
-- the score and every game column are written by the service connection alone. anon gets
-- nothing (on Supabase this closes the default PostgREST exposure).
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM anon, authenticated;
--> statement-breakpoint
GRANT SELECT ON
  public.players, public.player_metrics, public.engagement_state, public.conflict_state,
  public.vice_preferences, public.conversations, public.messages, public.pending_turns,
  public.score_history, public.daily_summaries, public.scheduled_events,
  public.memory_episodes, public.memory_facts
TO authenticated;
--> statement-breakpoint
GRANT UPDATE (name, timezone, country, notifications_enabled, hard_mode, updated_at) ON public.players TO authenticated;
--> statement-breakpoint
GRANT ALL ON ALL TABLES IN SCHEMA public TO service_role;
--> statement-breakpoint
GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO service_role;
