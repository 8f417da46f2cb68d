// An admin's own player row. Admins are not players unless they choose to play; sign-in used
// to give every account an onboarding row, so an admin showed up as a "(no name yet)" player
// in the overview. A row is an *unstarted leftover* when nothing ever happened in it: still
// onboarding, no name, no Telegram link, no game started, no conversation. Migration 0011
// removes such rows of role-admin accounts once; sign-in removes them for any admin (domain
// admins included, whom SQL cannot recognise: ADMIN_EMAIL_DOMAINS lives in the environment).
import { and, eq, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { players } from "@/db/schema";

/** The player row linked to this auth user, or null. */
export async function findPlayerIdByAuthUser(
  db: DbOrTx,
  params: { authUserId: string },
): Promise<string | null> {
  const [row] = await db
    .select({ id: players.id })
    .from(players)
    .where(eq(players.authUserId, params.authUserId))
    .limit(1);
  return row?.id ?? null;
}

/** Deletes this auth user's player row if it is an unstarted leftover; true when one went. */
export async function deleteUnstartedPlayerRow(db: DbOrTx, params: { authUserId: string }): Promise<boolean> {
  const deleted = await db
    .delete(players)
    .where(
      and(
        eq(players.authUserId, params.authUserId),
        eq(players.status, "onboarding"),
        isNull(players.name),
        isNull(players.telegramId),
        isNull(players.gameStartedAt),
        sql`not exists (select 1 from conversations c where c.player_id = ${players.id})`,
        sql`not exists (select 1 from messages m where m.player_id = ${players.id})`,
      ),
    )
    .returning({ id: players.id });
  return deleted.length > 0;
}
