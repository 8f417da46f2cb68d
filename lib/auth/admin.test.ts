// The admin gate on route handlers, over real Request objects carrying the session cookie:
// signed out → 401, a player → 403, an admin → the handler runs with who they are.
import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { apiNotFound } from "@/lib/http/respond";
import { withAdminRoute } from "./admin";
import { SESSION_COOKIE_NAME } from "./session-cookie";
import { issueSessionToken, type SessionSubject } from "./session-token";

const PLAYER: SessionSubject = {
  id: "00000000-0000-4000-8000-00000000000a",
  email: "player@example.com",
  appMetadata: {},
  userMetadata: { role: "admin", is_admin: true },
};
const ADMIN: SessionSubject = {
  ...PLAYER,
  id: "00000000-0000-4000-8000-00000000000b",
  appMetadata: { role: "admin" },
};

async function cookieFor(user: SessionSubject, now = new Date()): Promise<string> {
  const { token } = await issueSessionToken({ user, method: "otp", secret: env.authSecret!, now });
  return `theme=dark; ${SESSION_COOKIE_NAME}=${token}`;
}

const route = withAdminRoute<{ params: Promise<{ id: string }> }>(async (_req, ctx, admin) =>
  Response.json({ adminId: admin.userId, playerId: (await ctx.params).id }),
);
const call = (cookie?: string) =>
  route(new Request("http://nikita.test/api/admin/players/p1", { headers: cookie ? { cookie } : {} }), {
    params: Promise.resolve({ id: "p1" }),
  });

describe("withAdminRoute", () => {
  it("answers 401 JSON to a signed-out caller without running the handler", async () => {
    const res = await call();
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: "unauthorized:session" } });
  });

  it("answers a player, even one whose user_metadata says admin, with the unknown-path 404", async () => {
    const res = await call(await cookieFor(PLAYER));
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual(await apiNotFound().json());
  });

  it("runs the handler for an admin, with their identity", async () => {
    const res = await call(await cookieFor(ADMIN));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ adminId: ADMIN.id, playerId: "p1" });
  });

  it("treats an expired or forged session as signed out", async () => {
    const stale = await cookieFor(ADMIN, new Date(Date.now() - 8 * 24 * 3600 * 1000));
    expect((await call(stale)).status).toBe(401);
    expect((await call(`${SESSION_COOKIE_NAME}=eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.`)).status).toBe(401);
  });
});
