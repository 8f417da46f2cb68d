// The page/action API as a page sees it. Next's request scope (cookies(), headers()) is
// provided by a stand-in holding this test's request; everything else is the real code path:
// the real session token, the real redirect/notFound signals Next acts on.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { env } from "@/lib/env";
import { SESSION_COOKIE_NAME } from "./session-cookie";
import { issueSessionToken, type SessionSubject } from "./session-token";

const request = vi.hoisted(() => ({
  cookies: new Map<string, string>(),
  headers: new Map<string, string>(),
}));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
    set: () => {
      throw new Error("cookies are read-only while rendering");
    },
  }),
  headers: async () => ({ get: (name: string) => request.headers.get(name) ?? null }),
}));

const { assertAdminAction, requireAdmin } = await import("./admin");
const { getSessionClaims, requirePlayerSession, resolveSessionClaims } = await import("./session");

const PLAYER: SessionSubject = {
  id: "00000000-0000-4000-8000-0000000000a1",
  email: "p@example.com",
  appMetadata: {},
  userMetadata: {},
};
const ADMIN: SessionSubject = {
  ...PLAYER,
  id: "00000000-0000-4000-8000-0000000000b2",
  appMetadata: { role: "admin" },
};

async function signInAs(user: SessionSubject) {
  const { token } = await issueSessionToken({
    user,
    method: "otp",
    secret: env.authSecret!,
    now: new Date(),
  });
  request.cookies.set(SESSION_COOKIE_NAME, token);
}

/** What Next does with a thrown navigation signal: its digest. */
async function signalOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    return String((error as { digest?: string }).digest ?? error);
  }
  return "returned";
}

beforeEach(() => {
  request.cookies.clear();
  request.headers.clear();
});

describe("requirePlayerSession", () => {
  it("sends a signed-out visitor to sign-in with the path proxy.ts recorded", async () => {
    request.headers.set("x-nikita-path", "/dashboard/chat?tab=history");
    expect(await signalOf(() => requirePlayerSession())).toBe(
      "NEXT_REDIRECT;replace;/sign-in?next=%2Fdashboard%2Fchat%3Ftab%3Dhistory;307;",
    );
  });

  it("ignores a forged path header that would leave the site", async () => {
    request.headers.set("x-nikita-path", "//evil.example/dashboard");
    expect(await signalOf(() => requirePlayerSession())).toBe(
      "NEXT_REDIRECT;replace;/sign-in?next=%2Fdashboard;307;",
    );
  });

  it("returns the verified claims of a signed-in player", async () => {
    await signInAs(PLAYER);
    expect(await requirePlayerSession()).toMatchObject({ sub: PLAYER.id, email: PLAYER.email });
    expect((await getSessionClaims())?.sub).toBe(PLAYER.id);
  });

  it("treats a session signed with another secret as signed out", async () => {
    const { token } = await issueSessionToken({
      user: ADMIN,
      method: "otp",
      secret: "x".repeat(48),
      now: new Date(),
    });
    request.cookies.set(SESSION_COOKIE_NAME, token);
    expect(
      await resolveSessionClaims({
        getAll: () => [{ name: SESSION_COOKIE_NAME, value: token }],
        set: () => {},
      }),
    ).toBeNull();
    expect(await signalOf(() => requirePlayerSession("/dashboard"))).toMatch(
      /^NEXT_REDIRECT;replace;\/sign-in/,
    );
  });
});

describe("requireAdmin and assertAdminAction", () => {
  it("redirects a signed-out visitor of an admin page to sign-in", async () => {
    request.headers.set("x-nikita-path", "/admin/players");
    expect(await signalOf(() => requireAdmin())).toBe(
      "NEXT_REDIRECT;replace;/sign-in?next=%2Fadmin%2Fplayers;307;",
    );
    await expect(assertAdminAction()).rejects.toMatchObject({ code: "unauthorized:session", status: 401 });
  });

  it("shows a player a 404, and refuses their actions with 403", async () => {
    await signInAs(PLAYER);
    expect(await signalOf(() => requireAdmin())).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    await expect(assertAdminAction()).rejects.toMatchObject({ code: "forbidden:admin", status: 403 });
  });

  it("lets an admin in, with who they are", async () => {
    await signInAs(ADMIN);
    expect(await requireAdmin()).toMatchObject({ userId: ADMIN.id, email: ADMIN.email });
    expect((await assertAdminAction()).userId).toBe(ADMIN.id);
  });
});
