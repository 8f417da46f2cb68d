// The local-auth session cookie: httpOnly (no script can read it), SameSite=Lax (not sent on
// cross-site POSTs, so forms on other sites cannot act as the player), Secure wherever the
// site is served over HTTPS, and as long-lived as the session token inside it.
import { env } from "@/lib/env";
import { SESSION_TTL_SECONDS } from "./session-token";

export const SESSION_COOKIE_NAME = "nikita-session";

export type SessionCookieOptions = {
  httpOnly: true;
  sameSite: "lax";
  secure: boolean;
  path: "/";
  maxAge: number;
};

/** Production over HTTPS (or any Vercel deployment) gets `Secure`; a laptop on http:// cannot use it. */
export function isSecureCookieContext(): boolean {
  return Boolean(env.VERCEL) || (env.NODE_ENV === "production" && env.appUrl.startsWith("https://"));
}

export function sessionCookieOptions(maxAge: number = SESSION_TTL_SECONDS): SessionCookieOptions {
  return { httpOnly: true, sameSite: "lax", secure: isSecureCookieContext(), path: "/", maxAge };
}

/** A minimal cookie store: Next's `cookies()`, a NextResponse's cookies, or a test double. */
export type CookieJar = {
  getAll(): { name: string; value: string }[];
  set(name: string, value: string, options: Record<string, unknown>): void;
};

export function readCookie(jar: Pick<CookieJar, "getAll">, name: string): string | undefined {
  return jar.getAll().find((c) => c.name === name)?.value;
}
