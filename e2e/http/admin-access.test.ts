// The admin gate over real HTTP through `next start`, for every kind of caller: a signed-out
// visitor is sent to sign-in (pages) or gets 401 (routes); a player — even one whose
// user_metadata claims admin — gets a 404 page or 403 JSON; an admin by app_metadata.role and
// an admin by a verified email on ADMIN_EMAIL_DOMAINS both get in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE_NAME } from "@/lib/auth/session-cookie";
import { issueSessionToken, type SessionSubject } from "@/lib/auth/session-token";
import { type AppServer, startAppServer } from "../support/app-server";

const SECRET = "admin-access-test-secret-0123456789abcdef";
const PLAYER: SessionSubject = {
  id: "00000000-0000-4000-8000-0000000000c1",
  email: "player@example.com",
  appMetadata: {},
  userMetadata: { role: "admin" },
};
const ROLE_ADMIN: SessionSubject = {
  ...PLAYER,
  id: "00000000-0000-4000-8000-0000000000c2",
  appMetadata: { role: "admin" },
};
const DOMAIN_ADMIN: SessionSubject = {
  id: "00000000-0000-4000-8000-0000000000c3",
  email: "ops@nikita.local",
  appMetadata: {},
  userMetadata: {},
};

async function cookie(user: SessionSubject, method: "otp" | "telegram" = "otp") {
  const { token } = await issueSessionToken({ user, method, secret: SECRET, now: new Date() });
  return `${SESSION_COOKIE_NAME}=${token}`;
}

const PAGES = [
  "/admin",
  "/admin/players",
  "/admin/operations",
  "/admin/balance",
  "/admin/safety",
  "/admin/audit",
];

describe("admin access over HTTP", () => {
  let app: AppServer;
  const get = (path: string, cookieHeader?: string) =>
    fetch(`${app.url}${path}`, { redirect: "manual", headers: cookieHeader ? { cookie: cookieHeader } : {} });

  beforeAll(async () => {
    app = await startAppServer({ AUTH_SECRET: SECRET, ADMIN_EMAIL_DOMAINS: "nikita.local" });
  }, 90_000);
  afterAll(async () => app?.stop());

  it("sends a signed-out visitor of every admin page to sign-in, coming back afterwards", async () => {
    for (const path of PAGES) {
      const res = await get(path);
      expect(res.status, path).toBeGreaterThanOrEqual(300);
      expect(res.status, path).toBeLessThan(400);
      const location = new URL(res.headers.get("location") ?? "", app.url);
      expect(location.pathname).toBe("/sign-in");
      expect(location.searchParams.get("next")).toBe(path);
    }
  });

  it("shows a player a 404 on every admin page, even with admin in user_metadata", async () => {
    const c = await cookie(PLAYER);
    for (const path of PAGES) {
      const res = await get(path, c);
      expect(res.status, path).toBe(404);
      expect(await res.text()).not.toContain("Nikita admin");
    }
  });

  it("lets an admin by role and an admin by verified email domain in", async () => {
    for (const c of [await cookie(ROLE_ADMIN), await cookie(DOMAIN_ADMIN)]) {
      for (const path of PAGES) {
        const res = await get(path, c);
        expect(res.status, path).toBe(200);
        expect(await res.text()).toContain("Nikita admin");
      }
    }
  });

  it("does not count a Telegram placeholder address on an admin domain", async () => {
    const tg = await cookie({ ...DOMAIN_ADMIN, email: "tg-42@telegram.local" }, "telegram");
    expect((await get("/admin", tg)).status).toBe(404);
  });

  it("answers the JSON route 401 / 403 / 200 by caller, and ignores a malformed query", async () => {
    const signedOut = await get("/api/admin/players");
    expect(signedOut.status).toBe(401);
    expect(await signedOut.json()).toMatchObject({ error: { code: "unauthorized:session" } });
    const player = await get("/api/admin/players", await cookie(PLAYER));
    expect(player.status).toBe(403);
    expect(await player.json()).toMatchObject({ error: { code: "forbidden:admin" } });
    const admin = await get("/api/admin/players?page=-4&sort=evil&chapter=x", await cookie(ROLE_ADMIN));
    expect(admin.status).toBe(200);
    expect(await admin.json()).toMatchObject({
      total: expect.any(Number),
      page: 1,
      players: expect.any(Array),
    });
  });
});
