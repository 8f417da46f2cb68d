// The one server API for "who is signed in?", the same in both auth modes and for pages,
// server actions and route handlers: verified Supabase-shaped claims or null. Local mode
// verifies our session JWT; Supabase mode asks `getClaims()` (a verified token, never the
// unverified `getSession()`). Signed-out visitors of player pages go to /sign-in?next=….
import { parseCookieHeader } from "@supabase/ssr";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { env } from "@/lib/env";
import type { SessionClaims } from "./claims";
import { CURRENT_PATH_HEADER } from "./proxy-session";
import { DEFAULT_AFTER_SIGN_IN, safeNextPath, signInPath } from "./safe-next-path";
import { type CookieJar, readCookie, SESSION_COOKIE_NAME } from "./session-cookie";
import { verifySessionToken } from "./session-token";
import { supabaseConfigFromEnv } from "./supabase-client";
import { readSupabaseClaims } from "./supabase-provider";

/** Verified claims from whatever cookies `jar` holds, or null. */
export async function resolveSessionClaims(
  jar: CookieJar,
  now: Date = new Date(),
): Promise<SessionClaims | null> {
  if (env.authMode === "supabase") return readSupabaseClaims(supabaseConfigFromEnv(), jar);
  const token = readCookie(jar, SESSION_COOKIE_NAME);
  if (!token || !env.authSecret) return null;
  const outcome = await verifySessionToken(token, { secret: env.authSecret, now });
  return outcome.status === "valid" ? outcome.claims : null;
}

/** The cookies of a raw Request, read-only (route handlers; refreshes happen in proxy.ts). */
export function requestCookieJar(req: Request): CookieJar {
  const parsed = parseCookieHeader(req.headers.get("cookie") ?? "");
  const all = parsed.map((c) => ({ name: c.name, value: c.value ?? "" }));
  return { getAll: () => all, set: () => {} };
}

/** The signed-in user's claims for this request (pages, layouts, server actions); deduplicated per render. */
export const getSessionClaims = cache(
  async (): Promise<SessionClaims | null> => resolveSessionClaims(await cookies()),
);

/** The same for a route handler, from the request's own Cookie header. */
export function getSessionClaimsFromRequest(req: Request): Promise<SessionClaims | null> {
  return resolveSessionClaims(requestCookieJar(req));
}

/** Where this page request is, as proxy.ts recorded it (validated like any `next`). */
export async function currentPath(fallback: string = DEFAULT_AFTER_SIGN_IN): Promise<string> {
  return safeNextPath((await headers()).get(CURRENT_PATH_HEADER), fallback);
}

/** Pages and actions that need a player: their claims, or a redirect to sign-in that comes back here. */
export async function requirePlayerSession(nextPath?: string): Promise<SessionClaims> {
  const claims = await getSessionClaims();
  if (claims) return claims;
  redirect(signInPath(nextPath ?? (await currentPath())));
}
