// The admin gate, one rule for pages, actions and routes: admin iff isAdminClaims (server-set
// app_metadata.role, or a verified email on ADMIN_EMAIL_DOMAINS). Signed-out visitors are sent
// to sign-in (pages) or get 401 (routes, actions); signed-in players get a 404 — the admin area
// does not admit it exists: the not-found page, and from JSON routes the same 404 an unknown
// API path gets. Server actions (called only from admin pages) answer 403.
import { notFound, redirect } from "next/navigation";
import { AppError, isAppError } from "@/lib/errors";
import { apiNotFound, jsonError } from "@/lib/http/respond";
import { isAdminClaims, type SessionClaims } from "./claims";
import { signInPath } from "./safe-next-path";
import { currentPath, getSessionClaims, getSessionClaimsFromRequest } from "./session";

export type AdminIdentity = { userId: string; email: string | null; claims: SessionClaims };

/** The admin behind these claims, or an AppError: 401 when signed out, 403 when not an admin. */
export function authorizeAdmin(claims: SessionClaims | null): AdminIdentity {
  if (!claims) throw new AppError("unauthorized:session", "Sign in first.");
  if (!isAdminClaims(claims)) throw new AppError("forbidden:admin", "This needs an admin account.");
  return { userId: claims.sub, email: claims.email || null, claims };
}

/** Admin pages and layouts: the admin, a redirect to sign-in, or a 404 for everyone else. */
export async function requireAdmin(nextPath?: string): Promise<AdminIdentity> {
  const claims = await getSessionClaims();
  if (!claims) redirect(signInPath(nextPath ?? (await currentPath("/admin"))));
  if (!isAdminClaims(claims)) notFound();
  return { userId: claims.sub, email: claims.email || null, claims };
}

/** First line of every admin server action; throws AppError (401/403) otherwise. */
export async function assertAdminAction(): Promise<AdminIdentity> {
  return authorizeAdmin(await getSessionClaims());
}

type AdminHandler<C> = (req: Request, ctx: C, admin: AdminIdentity) => Promise<Response>;

/**
 * Route handlers under /api/admin: 401/403 JSON before the handler runs. Compose with
 * withErrors for the uniform error shape: `withErrors("GET /api/admin/x", withAdminRoute(fn))`.
 */
export function withAdminRoute<C>(handler: AdminHandler<C>): (req: Request, ctx: C) => Promise<Response> {
  return async (req, ctx) => {
    let admin: AdminIdentity;
    try {
      admin = authorizeAdmin(await getSessionClaimsFromRequest(req));
    } catch (error) {
      if (isAppError(error) && error.code === "forbidden:admin") return apiNotFound();
      if (isAppError(error)) return jsonError(error);
      throw error;
    }
    return handler(req, ctx, admin);
  };
}
