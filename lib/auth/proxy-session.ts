// What proxy.ts does on every page request, before anything renders: keep the session fresh
// (local: re-issue a token past half-life; Supabase: let getClaims() refresh and write the
// new cookies), drop a dead session cookie, tell server components the current path, and send
// signed-out visitors of the player and admin areas to sign-in with a way back.
import { createServerClient } from "@supabase/ssr";
import { type NextRequest, NextResponse } from "next/server";
import { env } from "@/lib/env";
import { parseSessionClaims, type SessionClaims } from "./claims";
import { signInPath } from "./safe-next-path";
import { SESSION_COOKIE_NAME, sessionCookieOptions } from "./session-cookie";
import { refreshSessionToken, verifySessionToken } from "./session-token";
import { type SupabaseConfig, serverRealtimeOptions, supabaseConfigFromEnv } from "./supabase-client";

/** Set on the forwarded request so server components know where they are. */
export const CURRENT_PATH_HEADER = "x-nikita-path";
const PROTECTED_PREFIXES = ["/dashboard", "/admin"];

export function isProtectedPath(pathname: string): boolean {
  return PROTECTED_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

type ProxyOptions = { now?: Date; mode?: "local" | "supabase"; secret?: string; supabase?: SupabaseConfig };

/** Forwards the request with the path header and the (possibly refreshed) cookies. */
function forward(request: NextRequest, headers: Headers): NextResponse {
  headers.set("cookie", request.cookies.toString());
  return NextResponse.next({ request: { headers } });
}

async function localSession(
  request: NextRequest,
  headers: Headers,
  options: { now: Date; secret: string | undefined },
): Promise<{ claims: SessionClaims | null; response: NextResponse }> {
  const token = request.cookies.get(SESSION_COOKIE_NAME)?.value;
  if (!token || !options.secret) return { claims: null, response: forward(request, headers) };
  const outcome = await verifySessionToken(token, { secret: options.secret, now: options.now });
  if (outcome.status !== "valid") {
    request.cookies.delete(SESSION_COOKIE_NAME);
    const response = forward(request, headers);
    response.cookies.set(SESSION_COOKIE_NAME, "", sessionCookieOptions(0));
    return { claims: null, response };
  }
  const refreshed = await refreshSessionToken(outcome.claims, { secret: options.secret, now: options.now });
  if (!refreshed) return { claims: outcome.claims, response: forward(request, headers) };
  request.cookies.set(SESSION_COOKIE_NAME, refreshed.token);
  const response = forward(request, headers);
  response.cookies.set(SESSION_COOKIE_NAME, refreshed.token, sessionCookieOptions());
  return { claims: refreshed.claims, response };
}

async function supabaseSession(
  request: NextRequest,
  headers: Headers,
  config: SupabaseConfig,
): Promise<{ claims: SessionClaims | null; response: NextResponse }> {
  let response = forward(request, headers);
  const supabase = createServerClient(config.url, config.anonKey, {
    realtime: serverRealtimeOptions,
    cookies: {
      getAll: () => request.cookies.getAll(),
      setAll: (cookiesToSet, cacheHeaders) => {
        for (const { name, value } of cookiesToSet) request.cookies.set(name, value);
        response = forward(request, headers);
        for (const { name, value, options } of cookiesToSet) response.cookies.set(name, value, options);
        for (const [key, value] of Object.entries(cacheHeaders)) response.headers.set(key, value);
      },
    },
  });
  // getClaims() verifies the access token and, when it has expired, refreshes it via setAll.
  const { data } = await supabase.auth.getClaims();
  return { claims: data ? parseSessionClaims(data.claims) : null, response };
}

export async function updateSession(request: NextRequest, options: ProxyOptions = {}): Promise<NextResponse> {
  const mode = options.mode ?? env.authMode;
  const headers = new Headers(request.headers);
  const { pathname, search } = request.nextUrl;
  headers.set(CURRENT_PATH_HEADER, `${pathname}${search}`);

  const { claims, response } =
    mode === "supabase"
      ? await supabaseSession(request, headers, options.supabase ?? supabaseConfigFromEnv())
      : await localSession(request, headers, {
          now: options.now ?? new Date(),
          secret: options.secret ?? env.authSecret,
        });

  if (claims || !isProtectedPath(pathname)) return response;
  const redirect = NextResponse.redirect(new URL(signInPath(`${pathname}${search}`), request.url));
  for (const cookie of response.cookies.getAll()) redirect.cookies.set(cookie);
  return redirect;
}
