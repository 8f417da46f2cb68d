// Who is calling a player JSON endpoint (web chat, export): the session from the request's
// cookies, then their player row read under row-level security. No session, or a session
// without a player, is a 401 the browser turns into "sign in again". State-changing calls
// must also come from our own pages: JSON only (a cross-site form cannot send it without a
// preflight) and, when the browser names an Origin, the same host.
import { withPlayer } from "@/db/with-player";
import type { SessionClaims } from "@/lib/auth/claims";
import { getSessionClaimsFromRequest } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { findPortalPlayer, type PortalPlayer } from "@/lib/services/account/portal-player";

export type RequestPlayer = { claims: SessionClaims; player: PortalPlayer };

export async function requireRequestPlayer(req: Request): Promise<RequestPlayer> {
  const claims = await getSessionClaimsFromRequest(req);
  if (!claims) throw new AppError("unauthorized:session", "Your session has ended. Sign in again.");
  const player = await withPlayer(claims, (tx) => findPortalPlayer(tx, claims.sub));
  if (!player)
    throw new AppError("unauthorized:player", "There is no player for this session. Sign in again.");
  return { claims, player };
}

export function assertSameSiteJson(req: Request): void {
  const type = req.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) {
    throw new AppError(
      "bad_request:content_type",
      "Send the message as JSON (Content-Type: application/json).",
    );
  }
  const origin = req.headers.get("origin");
  if (!origin) return;
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = null;
  }
  if (!host || originHost !== host)
    throw new AppError("forbidden:origin", "Requests must come from this site.");
}
