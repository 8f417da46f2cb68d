// "Delete my account": her memory of the player first (Neo4j and/or Postgres — if a store is
// down this throws before anything else is touched, so the player can simply try again),
// then in one transaction every row about them: the player row and everything that cascades
// from it, their link codes and dev-mailbox mail, safety events and Telegram update ids;
// operational rows that must stay for accounting and audit (model-call costs, the admin
// audit trail, error logs) are anonymised. Finally the auth user: in local auth its row in
// auth.users goes in the same transaction; with Supabase the caller deletes it through the
// Admin API (`deleteAuthUser`).
import { eq, or, sql } from "drizzle-orm";
import type { Db } from "@/db";
import {
  adminAuditLog,
  devMailbox,
  linkCodes,
  llmCalls,
  players,
  safetyEvents,
  telegramUpdates,
} from "@/db/schema";
import { authUsers } from "@/lib/auth/auth-users";
import { AppError } from "@/lib/errors";
import { forgetPlayer, type MemoryStore } from "@/lib/memory";

/** What the player types to confirm; compared case-insensitively. */
export const DELETE_CONFIRMATION = "delete my account";

export function isDeleteConfirmed(typed: unknown): boolean {
  return typeof typed === "string" && typed.trim().toLowerCase() === DELETE_CONFIRMATION;
}

export type DeleteAccountResult = { facts: number; episodes: number; authUserDeleted: boolean };

export async function deleteAccount(
  db: Db,
  params: {
    playerId: string;
    memory: MemoryStore;
    /** Supabase mode: removes the auth user through the Admin API. Omitted: local auth.users. */
    deleteAuthUser?: (authUserId: string) => Promise<boolean>;
  },
): Promise<DeleteAccountResult> {
  const { playerId } = params;
  const [player] = await db
    .select({ authUserId: players.authUserId, email: players.email })
    .from(players)
    .where(eq(players.id, playerId));
  if (!player) throw new AppError("not_found:player", "We couldn't find your account.");

  const forgotten = await forgetPlayer(params.memory, playerId);
  const local = !params.deleteAuthUser;
  const [authUser] =
    local && player.authUserId
      ? await db.select({ email: authUsers.email }).from(authUsers).where(eq(authUsers.id, player.authUserId))
      : [];
  const emails = [...new Set([player.email, authUser?.email].filter((e): e is string => Boolean(e)))];

  await db.transaction(async (tx) => {
    const codes = [eq(linkCodes.playerId, playerId)];
    if (player.authUserId) codes.push(eq(linkCodes.authUserId, player.authUserId));
    for (const email of emails) codes.push(eq(linkCodes.email, email));
    await tx.delete(linkCodes).where(or(...codes));
    for (const email of emails) await tx.delete(devMailbox).where(eq(devMailbox.toEmail, email));
    await tx.delete(safetyEvents).where(eq(safetyEvents.playerId, playerId));
    await tx.delete(telegramUpdates).where(eq(telegramUpdates.playerId, playerId));
    await tx.update(llmCalls).set({ playerId: null }).where(eq(llmCalls.playerId, playerId));
    await tx
      .update(adminAuditLog)
      .set({ playerId: null, before: null, after: null })
      .where(eq(adminAuditLog.playerId, playerId));
    await tx.execute(
      sql`update error_logs set context = context - 'playerId' where context ->> 'playerId' = ${playerId}`,
    );
    await tx.delete(players).where(eq(players.id, playerId));
    if (local && player.authUserId) await tx.delete(authUsers).where(eq(authUsers.id, player.authUserId));
  });

  let authUserDeleted = local && Boolean(player.authUserId);
  if (params.deleteAuthUser && player.authUserId) {
    authUserDeleted = await params.deleteAuthUser(player.authUserId);
  }
  return { ...forgotten, authUserDeleted };
}
