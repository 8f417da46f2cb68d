// Supabase mode against the shared fake GoTrue server (real supabase-js + @supabase/ssr on the
// wire), with the player rows in a real Postgres: the emailed link signs the player in once,
// identity comes only from verified claims, sign-out ends it, and a Telegram portal link signs
// a Telegram player in through the admin API without making them an admin.
import { createServerClient } from "@supabase/ssr";
import { eq } from "drizzle-orm";
import { decodeJwt } from "jose";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { players } from "@/db/schema";
import { suiteDatabase } from "@/db/testing/suite-db";
import { testDrivers } from "@/db/testing/test-db";
import { type FakeSupabaseAuth, startFakeSupabaseAuth } from "@/e2e/fakes/supabase-auth";
import { createPortalLoginLink } from "@/lib/services/link-codes";
import { isAdminClaims } from "./claims";
import type { CookieJar } from "./session-cookie";
import {
  type AuthContext,
  completeEmailSignIn,
  completePortalSignIn,
  sendSignInLink,
  signOut,
} from "./sign-in";
import { createSupabaseServerClient, type SupabaseConfig } from "./supabase-client";
import { readSupabaseClaims } from "./supabase-provider";
import { type AdminFront, startAdminFront } from "./testing/supabase-admin-front";

const APP_URL = "http://nikita.test";
const SERVICE_ROLE_KEY = "sb_secret_FAKE_service_role";

/** A browser's cookie jar for one site: a cookie set empty or with maxAge 0 is gone. */
function browserJar(): CookieJar & { names(): string[] } {
  const store = new Map<string, string>();
  return {
    getAll: () => [...store].map(([name, value]) => ({ name, value })),
    set(name, value, options) {
      if (value === "" || options.maxAge === 0) store.delete(name);
      else store.set(name, value);
    },
    names: () => [...store.keys()],
  };
}

/** The session @supabase/ssr keeps in `sb-<ref>-auth-token` cookies ("base64-" + base64url JSON, maybe chunked). */
function sessionCookie(jar: CookieJar): { name: string; session: Record<string, unknown> } {
  const parts = jar
    .getAll()
    .filter((c) => /^sb-.+-auth-token(\.\d+)?$/.test(c.name))
    .sort((a, b) => a.name.localeCompare(b.name, "en", { numeric: true }));
  const base = parts[0]?.name.replace(/\.\d+$/, "") ?? "";
  const raw = parts.map((c) => c.value).join("");
  const session = JSON.parse(Buffer.from(raw.replace(/^base64-/, ""), "base64url").toString("utf8"));
  return { name: base, session };
}

let fake: FakeSupabaseAuth;
let front: AdminFront;
let supabase: SupabaseConfig;

beforeAll(async () => {
  fake = await startFakeSupabaseAuth({
    anonKey: "sb_publishable_FAKE_anon",
    serviceRoleKey: SERVICE_ROLE_KEY,
  });
  front = await startAdminFront(fake, SERVICE_ROLE_KEY);
  supabase = { url: front.url, anonKey: fake.anonKey, serviceRoleKey: SERVICE_ROLE_KEY };
});
afterAll(async () => {
  await front?.close();
  await fake?.close();
});

describe("Supabase clients on Node 20", () => {
  it("need a WebSocket transport; ours is built with `ws`", () => {
    const hasNativeWebSocket = typeof (globalThis as { WebSocket?: unknown }).WebSocket !== "undefined";
    const bare = () =>
      createServerClient(supabase.url, supabase.anonKey, { cookies: { getAll: () => [], setAll: () => {} } });
    if (!hasNativeWebSocket) expect(bare).toThrow(/WebSocket/);
    expect(() => createSupabaseServerClient(supabase, browserJar())).not.toThrow();
  });
});

describe.each(testDrivers())("Supabase Auth mode on %s", (driver) => {
  const t = suiteDatabase(driver);
  let ctx: AuthContext;

  beforeEach(async () => {
    fake.reset();
    front.adminCalls.length = 0;
    await t.reset();
    ctx = { mode: "supabase", db: t.db, appUrl: APP_URL, now: new Date(), supabase };
  });

  it("emails a link back to /auth/confirm, signs in once, and ensures an onboarding player", async () => {
    const jar = browserJar();
    expect(
      await sendSignInLink(ctx, jar, { email: "New.Player@Example.com", next: "/dashboard/chat" }),
    ).toEqual({
      status: "sent",
    });
    const mail = fake.lastOtp("new.player@example.com");
    expect(mail).toBeDefined();
    const redirect = new URL(mail!.redirectTo ?? "");
    expect(`${redirect.origin}${redirect.pathname}`).toBe(`${APP_URL}/auth/confirm`);
    expect(redirect.searchParams.get("next")).toBe("/dashboard/chat");

    // What /auth/confirm receives from the email template: token_hash, type and next.
    const confirm = {
      tokenHash: mail!.tokenHash,
      type: "email",
      next: redirect.searchParams.get("next") ?? undefined,
    };
    expect(await completeEmailSignIn(ctx, jar, confirm)).toEqual({
      status: "ok",
      redirectTo: "/dashboard/chat",
    });
    expect(jar.names().some((n) => n.startsWith("sb-"))).toBe(true);

    const claims = await readSupabaseClaims(supabase, jar);
    expect(claims).toMatchObject({
      email: "new.player@example.com",
      role: "authenticated",
      aud: "authenticated",
    });
    const [player] = await t.db.select().from(players).where(eq(players.authUserId, claims!.sub));
    expect(player).toMatchObject({ email: "new.player@example.com", status: "onboarding" });

    const replay = await completeEmailSignIn(ctx, browserJar(), confirm);
    expect(replay).toEqual({ status: "expired" });
    expect(await completeEmailSignIn(ctx, browserJar(), { type: "email" })).toEqual({ status: "invalid" });
  });

  it("sends a bad `next` home instead of off-site", async () => {
    await sendSignInLink(ctx, browserJar(), { email: "eve@example.com", next: "https://evil.example" });
    const redirect = new URL(fake.lastOtp("eve@example.com")!.redirectTo ?? "");
    expect(redirect.searchParams.get("next")).toBe("/dashboard");
    const result = await completeEmailSignIn(ctx, browserJar(), {
      tokenHash: fake.lastOtp("eve@example.com")!.tokenHash,
      type: "email",
      next: "//evil.example",
    });
    expect(result).toEqual({ status: "ok", redirectTo: "/dashboard" });
  });

  it("trusts only a verified token: a cookie edited to claim admin is no session at all", async () => {
    fake.createUser({ email: "player@example.com" });
    const jar = browserJar();
    await sendSignInLink(ctx, jar, { email: "player@example.com" });
    await completeEmailSignIn(ctx, jar, {
      tokenHash: fake.lastOtp("player@example.com")!.tokenHash,
      type: "email",
    });
    expect(await readSupabaseClaims(supabase, jar)).not.toBeNull();

    const { name, session } = sessionCookie(jar);
    const [header, , signature] = String(session.access_token).split(".");
    const forged = {
      ...decodeJwt(String(session.access_token)),
      app_metadata: { provider: "email", role: "admin" },
    };
    const tampered = {
      ...session,
      access_token: `${header}.${Buffer.from(JSON.stringify(forged)).toString("base64url")}.${signature}`,
    };
    const withSession = (value: unknown) => {
      const jar = browserJar();
      jar.set(name, `base64-${Buffer.from(JSON.stringify(value)).toString("base64url")}`, {});
      return jar;
    };
    // Control: the same cookie re-encoded unchanged still signs in, so only the edit is refused.
    expect(await readSupabaseClaims(supabase, withSession(session))).not.toBeNull();
    expect(await readSupabaseClaims(supabase, withSession(tampered))).toBeNull();
  });

  it("makes an admin from server-side app_metadata or a verified admin-domain email", async () => {
    fake.createUser({ email: "boss@example.com", app_metadata: { role: "admin" } });
    const jar = browserJar();
    await sendSignInLink(ctx, jar, { email: "boss@example.com" });
    // Admins land on the console and get no player row (they are not players).
    expect(
      await completeEmailSignIn(ctx, jar, {
        tokenHash: fake.lastOtp("boss@example.com")!.tokenHash,
        type: "email",
      }),
    ).toEqual({ status: "ok", redirectTo: "/admin" });
    expect(isAdminClaims(await readSupabaseClaims(supabase, jar), [])).toBe(true);

    const staff = browserJar();
    const staffCtx = { ...ctx, adminEmailDomains: ["nikita.example"] };
    await sendSignInLink(staffCtx, staff, { email: "staff@nikita.example", next: "/admin/audit" });
    expect(
      await completeEmailSignIn(staffCtx, staff, {
        tokenHash: fake.lastOtp("staff@nikita.example")!.tokenHash,
        type: "email",
        next: "/admin/audit",
      }),
    ).toEqual({ status: "ok", redirectTo: "/admin/audit" });
    const claims = await readSupabaseClaims(supabase, staff);
    expect(isAdminClaims(claims, ["nikita.example"])).toBe(true);
    expect(isAdminClaims(claims, ["example.com"])).toBe(false);
    expect(await t.db.select({ id: players.id }).from(players)).toEqual([]);
  });

  it("signs out: the cookies go and the Auth server ends the session", async () => {
    const jar = browserJar();
    await sendSignInLink(ctx, jar, { email: "bye@example.com" });
    await completeEmailSignIn(ctx, jar, {
      tokenHash: fake.lastOtp("bye@example.com")!.tokenHash,
      type: "email",
    });
    expect(await readSupabaseClaims(supabase, jar)).not.toBeNull();
    await signOut(ctx, jar);
    expect(jar.names().filter((n) => n.startsWith("sb-"))).toEqual([]);
    expect(await readSupabaseClaims(supabase, jar)).toBeNull();
    expect(fake.calls.map((c) => c.route)).toContain("POST /logout");
  });

  it("reports the Auth server's email throttle as throttled", async () => {
    fake.failNext("POST /otp", {
      status: 429,
      code: "over_email_send_rate_limit",
      message: "email rate limit exceeded",
    });
    expect(await sendSignInLink(ctx, browserJar(), { email: "busy@example.com" })).toEqual({
      status: "throttled",
    });
  });

  it("signs a Telegram player in from a portal link as a placeholder user, once", async () => {
    const [p] = await t.db
      .insert(players)
      .values({ telegramId: 555001, status: "active" })
      .returning({ id: players.id });
    const { url } = await createPortalLoginLink(t.db, { playerId: p!.id, now: ctx.now });
    const code = new URL(url).searchParams.get("code") ?? "";

    const jar = browserJar();
    expect(await completePortalSignIn(ctx, jar, { code })).toEqual({
      status: "ok",
      redirectTo: "/dashboard",
    });
    const claims = await readSupabaseClaims(supabase, jar);
    expect(claims).toMatchObject({
      email: "tg-555001@telegram.local",
      app_metadata: { provider: "telegram" },
    });
    expect(isAdminClaims(claims, ["telegram.local"])).toBe(false);
    const [player] = await t.db.select().from(players).where(eq(players.id, p!.id));
    expect(player?.authUserId).toBe(claims!.sub);
    expect(front.adminCalls).toEqual(["POST /auth/v1/admin/users", "POST /auth/v1/admin/generate_link"]);

    expect(await completePortalSignIn(ctx, browserJar(), { code })).toEqual({ status: "used" });

    // The next /portal link signs in as the same auth user.
    const second = await createPortalLoginLink(t.db, { playerId: p!.id, now: new Date() });
    const again = browserJar();
    await completePortalSignIn(ctx, again, { code: new URL(second.url).searchParams.get("code") ?? "" });
    expect((await readSupabaseClaims(supabase, again))?.sub).toBe(claims!.sub);
  });

  it("cannot sign anyone in from Telegram without the service-role key", async () => {
    const [p] = await t.db.insert(players).values({ telegramId: 555002 }).returning({ id: players.id });
    const { url } = await createPortalLoginLink(t.db, { playerId: p!.id, now: ctx.now });
    const noAdmin: AuthContext = { ...ctx, supabase: { url: supabase.url, anonKey: supabase.anonKey } };
    const result = await completePortalSignIn(noAdmin, browserJar(), {
      code: new URL(url).searchParams.get("code") ?? "",
    });
    expect(result).toEqual({ status: "unavailable" });
  });
});
