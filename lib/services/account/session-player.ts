// The signed-in player for the portal's own pages and server actions (onboarding, chat,
// settings), with their settings, read under row-level security.
import { withPlayer } from "@/db/with-player";
import type { SessionClaims } from "@/lib/auth/claims";
import { requirePlayerSession } from "@/lib/auth/session";
import { findPortalPlayer, type PortalPlayer } from "./portal-player";

/**
 * Pages and server actions: the signed-in player with their settings (sign-in redirect when
 * signed out, coming back to `nextPath`), or null when the session has no player row.
 */
export async function loadAccountPlayer(
  nextPath?: string,
): Promise<{ claims: SessionClaims; player: PortalPlayer | null }> {
  const claims = await requirePlayerSession(nextPath);
  const player = await withPlayer(claims, (tx) => findPortalPlayer(tx, claims.sub));
  return { claims, player };
}
