// proxy.ts behaviour on real NextRequest/NextResponse objects: signed-out visitors of the
// player and admin areas go to sign-in with a way back, live sessions are re-issued past
// half-life with the right cookie attributes, dead cookies are dropped, and machine
// endpoints and assets never reach the proxy at all.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { config } from "@/proxy";
import { CURRENT_PATH_HEADER, updateSession } from "./proxy-session";
import { SESSION_COOKIE_NAME } from "./session-cookie";
import { issueSessionToken, SESSION_TTL_SECONDS, verifySessionToken } from "./session-token";

const SECRET = "test-auth-secret-0123456789abcdef0123456789";
const NOW = new Date("2026-11-21T12:00:00Z");
const USER = {
  id: "00000000-0000-4000-8000-00000000000a",
  email: "alex@example.com",
  appMetadata: {},
  userMetadata: {},
};
const local = { mode: "local" as const, secret: SECRET, now: NOW };

async function tokenIssuedSecondsAgo(seconds: number) {
  return (
    await issueSessionToken({
      user: USER,
      method: "otp",
      secret: SECRET,
      now: new Date(NOW.getTime() - seconds * 1000),
    })
  ).token;
}
const request = (path: string, token?: string) =>
  new NextRequest(
    `http://nikita.test${path}`,
    token ? { headers: { cookie: `${SESSION_COOKIE_NAME}=${token}` } } : {},
  );

describe("proxy session handling (local auth)", () => {
  it("sends signed-out visitors of /dashboard and /admin to sign-in, remembering where they were", async () => {
    for (const [path, next] of [
      ["/dashboard", "/dashboard"],
      ["/dashboard/chat?tab=history", "/dashboard/chat?tab=history"],
      ["/admin/players", "/admin/players"],
    ] as const) {
      const res = await updateSession(request(path), local);
      expect(res.status).toBe(307);
      const location = new URL(res.headers.get("location") ?? "");
      expect(location.pathname).toBe("/sign-in");
      expect(location.searchParams.get("next")).toBe(next);
    }
  });

  it("lets anyone through to public pages and lookalike paths", async () => {
    for (const path of ["/", "/sign-in", "/dashboarding", "/administrator"]) {
      const res = await updateSession(request(path), local);
      expect(res.headers.get("location")).toBeNull();
      expect(res.headers.get("x-middleware-next")).toBe("1");
    }
  });

  it("passes a fresh session through untouched and tells the page where it is", async () => {
    const res = await updateSession(request("/dashboard/chat?x=1", await tokenIssuedSecondsAgo(3600)), local);
    expect(res.headers.get("location")).toBeNull();
    expect(res.headers.get("set-cookie")).toBeNull();
    expect(res.headers.get(`x-middleware-request-${CURRENT_PATH_HEADER}`)).toBe("/dashboard/chat?x=1");
  });

  it("re-issues a session past half-life as an httpOnly, SameSite=Lax cookie for another week", async () => {
    const res = await updateSession(request("/dashboard", await tokenIssuedSecondsAgo(4 * 24 * 3600)), local);
    expect(res.headers.get("location")).toBeNull();
    const setCookie = res.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(new RegExp(`^${SESSION_COOKIE_NAME}=`));
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=lax/i);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).toMatch(new RegExp(`Max-Age=${SESSION_TTL_SECONDS}`));
    const token = setCookie.split(";")[0]!.slice(SESSION_COOKIE_NAME.length + 1);
    const later = new Date(NOW.getTime() + (SESSION_TTL_SECONDS - 60) * 1000);
    const outcome = await verifySessionToken(token, { secret: SECRET, now: later });
    expect(outcome.status === "valid" && outcome.claims.sub).toBe(USER.id);
    // The page rendering this request already sees the new cookie.
    expect(res.headers.get("x-middleware-request-cookie")).toContain(token);
  });

  it("drops an expired or forged session cookie and treats the visitor as signed out", async () => {
    const expired = await tokenIssuedSecondsAgo(SESSION_TTL_SECONDS + 60);
    const forged = (await tokenIssuedSecondsAgo(60)).replace(/.$/, (c) => (c === "A" ? "B" : "A"));
    for (const token of [expired, forged]) {
      const res = await updateSession(request("/dashboard", token), local);
      expect(res.status).toBe(307);
      expect(res.headers.get("set-cookie")).toMatch(new RegExp(`^${SESSION_COOKIE_NAME}=;.*Max-Age=0`, "i"));
    }
  });
});

describe("proxy matcher", () => {
  // Next compiles the matcher source as a path pattern whose group is a plain regular expression.
  const matcher = new RegExp(`^${config.matcher[0]}$`);

  it.each([
    "/",
    "/sign-in",
    "/dashboard",
    "/dashboard/chat",
    "/admin/players/1",
    "/auth/confirm",
    "/api/me",
  ])("runs for %s", (path) => expect(matcher.test(path)).toBe(true));

  it.each([
    "/api/cron/deliver",
    "/api/telegram/webhook",
    "/api/voice/tools/get_context",
    "/api/health",
    "/api/health/ping",
    "/_next/static/chunks/app.js",
    "/_next/image",
    "/favicon.ico",
    "/logo.svg",
    "/fonts/inter.woff2",
  ])("never runs for %s", (path) => expect(matcher.test(path)).toBe(false));
});
