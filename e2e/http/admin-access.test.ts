// The admin gate over real HTTP through `next start`, for every kind of caller: a signed-out
// visitor is sent to sign-in (pages) or gets 401 (routes); a player — even one whose
// user_metadata claims admin — gets a 404 page or 403 JSON; an admin by app_metadata.role and
// an admin by a verified email on ADMIN_EMAIL_DOMAINS both get in.
import { readdirSync } from "node:fs";
import path from "node:path";
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

// Every admin JSON route, found on disk (route.ts files under app/api/admin; [param] → a uuid).
const ADMIN_JSON_ROUTES = (readdirSync("app/api/admin", { recursive: true }) as string[])
  .filter((f) => f.endsWith("route.ts"))
  .map((f) => `/api/admin/${path.dirname(f)}`.replace(/\[[^\]]+\]/g, "00000000-0000-4000-8000-000000000000"));

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

  it("answers the JSON route 401 / 404 / 200 by caller, and ignores a malformed query", async () => {
    const signedOut = await get("/api/admin/players");
    expect(signedOut.status).toBe(401);
    expect(await signedOut.json()).toMatchObject({ error: { code: "unauthorized:session" } });
    // A player cannot tell the admin route from a path that does not exist.
    const playerCookie = await cookie(PLAYER);
    const nowhere = await get("/api/admin/no-such-route", playerCookie);
    expect(nowhere.status).toBe(404);
    for (const path of ADMIN_JSON_ROUTES) {
      const player = await get(path, playerCookie);
      expect(player.status, path).toBe(404);
      expect(player.headers.get("content-type"), path).toBe(nowhere.headers.get("content-type"));
      expect(await player.text(), path).toBe(
        await (await get("/api/admin/no-such-route", playerCookie)).text(),
      );
    }
    const admin = await get("/api/admin/players?page=-4&sort=evil&chapter=x", await cookie(ROLE_ADMIN));
    expect(admin.status).toBe(200);
    expect(await admin.json()).toMatchObject({
      total: expect.any(Number),
      page: 1,
      players: expect.any(Array),
    });
  });
});
