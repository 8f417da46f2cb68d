// After a player's sign-in, the auth user has exactly one player row: a brand-new web player
// starts in `onboarding`; a returning one is found by auth_user_id (unique, so two tabs
// signing in at once still make one row). A Telegram player signing in to the portal for the
// first time has their existing row linked to the auth user instead. An admin's sign-in makes
// no row: admins are not players until they choose "Play as a player" in the admin console.
import { and, eq, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { deleteUnstartedPlayerRow, findPlayerIdByAuthUser } from "@/db/queries/admin-accounts";
import { players } from "@/db/schema";
import { emailDomain, TELEGRAM_PLACEHOLDER_DOMAIN } from "@/lib/auth/claims";

export type EnsuredPlayer = { playerId: string; isNew: boolean };

/** A placeholder address is not the player's email and is never stored on the player. */
const realEmail = (email: string | null | undefined) =>
  email && emailDomain(email) !== TELEGRAM_PLACEHOLDER_DOMAIN ? email : null;

export async function ensurePlayer(
  db: DbOrTx,
  params: { authUserId: string; email?: string | null },
): Promise<EnsuredPlayer> {
  const email = realEmail(params.email);
  const [row] = await db
    .insert(players)
    .values({ authUserId: params.authUserId, email, status: "onboarding" })
    .onConflictDoUpdate({
      target: players.authUserId,
      // Keeps the first known address; fills it in for a player who had none.
      set: { email: sql`coalesce(${players.email}, excluded.email)` },
    })
    .returning({ playerId: players.id, isNew: sql<boolean>`(xmax = 0)` });
  if (!row) throw new Error("player upsert returned no row");
  return row;
}

/**
 * The player row a completed email sign-in leaves: a player's is ensured; an admin gets none,
 * and an unstarted leftover from before (sign-in used to make one for everybody) is removed.
 * `playerId` is null for an admin who does not play.
 */
export async function playerRowAtSignIn(
  db: DbOrTx,
  params: { authUserId: string; email?: string | null; isAdmin: boolean },
): Promise<{ playerId: string | null; isNew: boolean }> {
  if (!params.isAdmin) return ensurePlayer(db, params);
  await deleteUnstartedPlayerRow(db, { authUserId: params.authUserId });
  return { playerId: await findPlayerIdByAuthUser(db, { authUserId: params.authUserId }), isNew: false };
}

/**
 * Links an existing (Telegram) player to an auth user when it has none yet. Returns the auth
 * user id the player is linked to afterwards — the given one, or the one it already had.
 */
export async function linkPlayerToAuthUser(
  db: DbOrTx,
  params: { playerId: string; authUserId: string; now: Date },
): Promise<string | null> {
  await db
    .update(players)
    .set({ authUserId: params.authUserId, updatedAt: params.now })
    .where(and(eq(players.id, params.playerId), isNull(players.authUserId)));
  const [row] = await db
    .select({ authUserId: players.authUserId })
    .from(players)
    .where(eq(players.id, params.playerId));
  return row?.authUserId ?? null;
}

export type PlayerIdentity = {
  playerId: string;
  authUserId: string | null;
  telegramId: number | null;
  email: string | null;
};

/** Who a player is for sign-in purposes (auth link, Telegram id, email), or null. */
export async function getPlayerIdentity(
  db: DbOrTx,
  params: { playerId: string },
): Promise<PlayerIdentity | null> {
  const [row] = await db
    .select({
      playerId: players.id,
      authUserId: players.authUserId,
      telegramId: players.telegramId,
      email: players.email,
    })
    .from(players)
    .where(eq(players.id, params.playerId));
  return row ?? null;
}
