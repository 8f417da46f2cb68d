-- Admins are not players unless they choose to play. Sign-in used to give every account an
-- onboarding player row, so each admin showed up in the admin overview as a "(no name yet)"
-- player. Sign-in no longer does that; this removes the rows it already made for role-admin
-- accounts (app_metadata.role = 'admin', on Supabase's auth.users and the local copy alike),
-- and only where nothing ever happened in them: still onboarding, no name, no Telegram link,
-- no game started, no conversation, no message. Admins by ADMIN_EMAIL_DOMAINS are not visible
-- to SQL; their leftover row goes at their next sign-in (db/queries/admin-accounts.ts).
DELETE FROM "players" p
USING "auth"."users" u
WHERE p."auth_user_id" = u."id"
  AND u."raw_app_meta_data" ->> 'role' = 'admin'
  AND p."status" = 'onboarding'
  AND p."name" IS NULL
  AND p."telegram_id" IS NULL
  AND p."game_started_at" IS NULL
  AND NOT EXISTS (SELECT 1 FROM "conversations" c WHERE c."player_id" = p."id")
  AND NOT EXISTS (SELECT 1 FROM "messages" m WHERE m."player_id" = p."id");
