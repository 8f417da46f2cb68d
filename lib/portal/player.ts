// Who the portal is showing: the signed-in auth user's player row, read through row-level
// security (withPlayer), so a session can only ever resolve to its own player.
import { eq } from "drizzle-orm";
import { cache } from "react";
import type { DbOrTx } from "@/db";
import { players } from "@/db/schema";
import { withPlayer } from "@/db/with-player";
import { requirePlayerSession } from "@/lib/auth/session";
import type { PlayerStatus } from "@/lib/engine";

export type PortalPlayer = { id: string; name: string | null; status: PlayerStatus; authUserId: string };

/** The player linked to this auth user (RLS hides every other row), or null. */
export async function findPortalPlayer(
  tx: DbOrTx,
  params: { authUserId: string },
): Promise<PortalPlayer | null> {
  const [row] = await tx
    .select({ id: players.id, name: players.name, status: players.status })
    .from(players)
    .where(eq(players.authUserId, params.authUserId));
  return row ? { ...row, authUserId: params.authUserId } : null;
}

/**
 * Pages: the signed-in player (sign-in redirect otherwise), deduplicated per render. Null
 * only when the session has no player row (sign-in creates one, so this is a race at most).
 */
export const loadPortalPlayer = cache(async (): Promise<PortalPlayer | null> => {
  const claims = await requirePlayerSession();
  return withPlayer(claims, (tx) => findPortalPlayer(tx, { authUserId: claims.sub }));
});

/** Runs `fn` as the signed-in player, with their player row (RLS-scoped transaction). */
export async function readAsPlayer<T>(
  fn: (tx: DbOrTx, player: PortalPlayer) => Promise<T>,
): Promise<{ player: PortalPlayer; data: T } | null> {
  const player = await loadPortalPlayer();
  if (!player) return null;
  const claims = await requirePlayerSession();
  const data = await withPlayer(claims, (tx) => fn(tx, player));
  return { player, data };
}
