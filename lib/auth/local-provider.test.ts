// The local magic-link flow end to end at the service level, on a real Postgres: ask for a
// link → it lands in the dev mailbox → following it once signs the player in (Supabase-shaped
// session, player row in onboarding, RLS sees the player) → following it again does not.
// Telegram `/portal` links sign a Telegram player in without ever making them an admin.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { queryRows } from "@/db/query-rows";
import { devMailbox, players } from "@/db/schema";
import { createTestDatabase, type TestDatabase, testDrivers } from "@/db/testing/test-db";
import { withPlayerOn } from "@/db/with-player";
import { createPortalLoginLink, LINK_CODE_TTL_MS } from "@/lib/services/link-codes";
import { isAdminClaims } from "./claims";
import {
  confirmLocalMagicLink,
  confirmLocalPortalLogin,
  MAX_MAGIC_LINKS_PER_WINDOW,
  requestLocalMagicLink,
} from "./local-provider";
import { verifySessionToken } from "./session-token";

const SECRET = "test-auth-secret-0123456789abcdef0123456789";
const APP_URL = "http://nikita.test";
const NOW = new Date("2026-11-21T12:00:00Z");
const at = (ms: number) => new Date(NOW.getTime() + ms);

/** What a player would click: the newest link in the dev mailbox for this address. */
async function newestMailLink(t: TestDatabase, email: string): Promise<URL> {
  const [mail] = await t.db
    .select({ link: devMailbox.link })
    .from(devMailbox)
    .where(eq(devMailbox.toEmail, email))
    .orderBy(sql`${devMailbox.id} desc`)
    .limit(1);
  if (!mail?.link) throw new Error(`no mail for ${email}`);
  return new URL(mail.link);
}

describe.each(testDrivers())("local magic-link sign-in on %s", (driver) => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase(driver);
  }, 120_000);
  afterAll(async () => t?.close());
  beforeEach(async () => t.reset());

  it("signs a new player in from the mailbox link, once", async () => {
    const sent = await requestLocalMagicLink(t.db, {
      email: "  Alex@Example.com ",
      next: "/dashboard/chat",
      now: NOW,
      appUrl: APP_URL,
    });
    expect(sent.status).toBe("sent");

    const link = await newestMailLink(t, "alex@example.com");
    expect(`${link.origin}${link.pathname}`).toBe(`${APP_URL}/auth/confirm`);
    expect(link.searchParams.get("type")).toBe("magiclink");
    expect(link.searchParams.get("next")).toBe("/dashboard/chat");
    const tokenHash = link.searchParams.get("token_hash") ?? "";
    const [before] = await queryRows<{ email_confirmed_at: Date | null }>(
      t.db,
      sql`select email_confirmed_at from auth.users where email = 'alex@example.com'`,
    );
    expect(before).toEqual({ email_confirmed_at: null });

    const outcome = await confirmLocalMagicLink(t.db, { tokenHash, now: at(30_000), secret: SECRET });
    if (outcome.status !== "ok") throw new Error(`expected ok, got ${outcome.status}`);
    expect(outcome.redirectTo).toBe("/dashboard/chat");

    const verified = await verifySessionToken(outcome.token, { secret: SECRET, now: at(60_000) });
    if (verified.status !== "valid") throw new Error("session token did not verify");
    expect(verified.claims).toMatchObject({
      email: "alex@example.com",
      role: "authenticated",
      aud: "authenticated",
      app_metadata: { provider: "email" },
      amr: [{ method: "otp" }],
    });
    expect(isAdminClaims(verified.claims, ["example.com"])).toBe(true);
    expect(isAdminClaims(verified.claims, ["nikita.example"])).toBe(false);

    if (!outcome.playerId) throw new Error("a player's sign-in leaves a player row");
    const [player] = await t.db.select().from(players).where(eq(players.id, outcome.playerId));
    expect(player).toMatchObject({
      authUserId: verified.claims.sub,
      email: "alex@example.com",
      status: "onboarding",
    });
    const [user] = await queryRows<{ confirmed: boolean; signed_in: boolean }>(
      t.db,
      sql`select email_confirmed_at is not null as confirmed, last_sign_in_at is not null as signed_in from auth.users`,
    );
    expect(user).toEqual({ confirmed: true, signed_in: true });

    // The session's claims are what row-level security reads.
    const seen = await withPlayerOn(t.db, verified.claims, (tx) =>
      tx.select({ id: players.id }).from(players),
    );
    expect(seen).toEqual([{ id: outcome.playerId }]);

    const again = await confirmLocalMagicLink(t.db, { tokenHash, now: at(40_000), secret: SECRET });
    expect(again).toEqual({ status: "used" });
  });

  it("finds the same player when a returning player signs in again", async () => {
    const ids: string[] = [];
    for (const minute of [0, 20]) {
      await requestLocalMagicLink(t.db, {
        email: "sam@example.com",
        now: at(minute * 60_000),
        appUrl: APP_URL,
      });
      const link = await newestMailLink(t, "sam@example.com");
      const outcome = await confirmLocalMagicLink(t.db, {
        tokenHash: link.searchParams.get("token_hash") ?? "",
        now: at(minute * 60_000 + 1000),
        secret: SECRET,
      });
      if (outcome.status !== "ok" || !outcome.playerId) throw new Error(outcome.status);
      ids.push(outcome.playerId);
      expect(outcome.redirectTo).toBe("/dashboard");
    }
    expect(ids[1]).toBe(ids[0]);
    const [count] = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from players`);
    expect(count?.n).toBe(1);
  });

  it("refuses an expired link and an unknown one", async () => {
    await requestLocalMagicLink(t.db, { email: "late@example.com", now: NOW, appUrl: APP_URL });
    const link = await newestMailLink(t, "late@example.com");
    const tokenHash = link.searchParams.get("token_hash") ?? "";
    expect(
      await confirmLocalMagicLink(t.db, { tokenHash, now: at(LINK_CODE_TTL_MS + 1), secret: SECRET }),
    ).toEqual({
      status: "expired",
    });
    expect(
      await confirmLocalMagicLink(t.db, { tokenHash: "x".repeat(43), now: NOW, secret: SECRET }),
    ).toEqual({
      status: "unknown",
    });
    const [count] = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from players`);
    expect(count?.n).toBe(0);
  });

  it("stores a safe destination only", async () => {
    await requestLocalMagicLink(t.db, {
      email: "eve@example.com",
      next: "//evil.example",
      now: NOW,
      appUrl: APP_URL,
    });
    const link = await newestMailLink(t, "eve@example.com");
    expect(link.searchParams.get("next")).toBe("/dashboard");
    const outcome = await confirmLocalMagicLink(t.db, {
      tokenHash: link.searchParams.get("token_hash") ?? "",
      now: NOW,
      secret: SECRET,
    });
    expect(outcome.status === "ok" && outcome.redirectTo).toBe("/dashboard");
  });

  it("stops sending links to one address after a handful in ten minutes", async () => {
    for (let i = 0; i < MAX_MAGIC_LINKS_PER_WINDOW; i++) {
      const r = await requestLocalMagicLink(t.db, {
        email: "spam@example.com",
        now: at(i * 1000),
        appUrl: APP_URL,
      });
      expect(r.status).toBe("sent");
    }
    const refused = await requestLocalMagicLink(t.db, {
      email: "spam@example.com",
      now: at(10_000),
      appUrl: APP_URL,
    });
    expect(refused).toEqual({ status: "throttled" });
    const later = await requestLocalMagicLink(t.db, {
      email: "spam@example.com",
      now: at(LINK_CODE_TTL_MS + 10_000),
      appUrl: APP_URL,
    });
    expect(later.status).toBe("sent");
    const mails = await t.db.select({ id: devMailbox.id }).from(devMailbox);
    expect(mails).toHaveLength(MAX_MAGIC_LINKS_PER_WINDOW + 1);
  });
});

/** Follows the newest mailbox link for `email` (asked for with `next`), as the admin would. */
async function signInByLink(t: TestDatabase, email: string, next?: string, adminEmailDomains?: string[]) {
  await requestLocalMagicLink(t.db, { email, next, now: NOW, appUrl: APP_URL });
  const link = await newestMailLink(t, email);
  const outcome = await confirmLocalMagicLink(t.db, {
    tokenHash: link.searchParams.get("token_hash") ?? "",
    now: at(1000),
    secret: SECRET,
    adminEmailDomains,
  });
  if (outcome.status !== "ok") throw new Error(`expected ok, got ${outcome.status}`);
  return outcome;
}

const playerCount = async (t: TestDatabase) =>
  (await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from players`))[0]?.n;

describe.each(testDrivers())("admin sign-in on %s", (driver) => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase(driver);
  }, 120_000);
  afterAll(async () => t?.close());
  beforeEach(async () => t.reset());

  it("lands a role admin on /admin and makes no player row", async () => {
    await t.db.execute(sql`
      insert into auth.users (id, email, raw_app_meta_data)
      values ('00000000-0000-4000-8000-00000000a001', 'boss@nikita.local', '{"provider":"email","role":"admin"}')`);
    const outcome = await signInByLink(t, "boss@nikita.local");
    expect(isAdminClaims(outcome.claims, [])).toBe(true);
    expect(outcome.redirectTo).toBe("/admin");
    expect(outcome.playerId).toBeNull();
    expect(await playerCount(t)).toBe(0);
    // an admin page asked for is kept
    expect((await signInByLink(t, "boss@nikita.local", "/admin/audit")).redirectTo).toBe("/admin/audit");
  });

  it("removes a domain admin's unstarted leftover row, keeps one where the admin plays", async () => {
    const player = await signInByLink(t, "staff@nikita.example");
    expect(player.redirectTo).toBe("/dashboard");
    expect(await playerCount(t)).toBe(1);

    // The same address, now on ADMIN_EMAIL_DOMAINS: the empty row sign-in made before goes.
    const admin = await signInByLink(t, "staff@nikita.example", undefined, ["nikita.example"]);
    expect(admin).toMatchObject({ redirectTo: "/admin", playerId: null });
    expect(await playerCount(t)).toBe(0);

    // An admin who chose to play keeps their game and an explicit portal destination.
    const [row] = await t.db
      .insert(players)
      .values({ authUserId: admin.claims.sub, email: "staff@nikita.example", name: "Sam", status: "active" })
      .returning({ id: players.id });
    const playing = await signInByLink(t, "staff@nikita.example", "/chat", ["nikita.example"]);
    expect(playing).toMatchObject({ redirectTo: "/chat", playerId: row?.id });
    expect((await signInByLink(t, "staff@nikita.example", undefined, ["nikita.example"])).redirectTo).toBe(
      "/admin",
    );
    expect(await playerCount(t)).toBe(1);
  });
});

describe.each(testDrivers())("Telegram portal sign-in on %s", (driver) => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase(driver);
  }, 120_000);
  afterAll(async () => t?.close());
  beforeEach(async () => t.reset());

  it("signs a Telegram-only player in as a placeholder user who can never be admin", async () => {
    const [p] = await t.db
      .insert(players)
      .values({ telegramId: 777001, name: "Kai", status: "active" })
      .returning({ id: players.id });
    const { url } = await createPortalLoginLink(t.db, { playerId: p!.id, now: NOW });
    const code = new URL(url).searchParams.get("code") ?? "";
    expect(new URL(url).pathname).toBe("/auth/telegram");

    const outcome = await confirmLocalPortalLogin(t.db, { code, now: at(5000), secret: SECRET });
    if (outcome.status !== "ok") throw new Error(outcome.status);
    expect(outcome.playerId).toBe(p!.id);
    expect(outcome.claims).toMatchObject({
      email: "tg-777001@telegram.local",
      app_metadata: { provider: "telegram" },
      amr: [{ method: "telegram" }],
    });
    expect(isAdminClaims(outcome.claims, ["telegram.local"])).toBe(false);

    const [player] = await t.db.select().from(players).where(eq(players.id, p!.id));
    expect(player).toMatchObject({ authUserId: outcome.claims.sub, email: null, status: "active" });
    const [user] = await queryRows<{ confirmed: boolean }>(
      t.db,
      sql`select email_confirmed_at is not null as confirmed from auth.users where id = ${outcome.claims.sub}`,
    );
    expect(user).toEqual({ confirmed: false });

    expect(await confirmLocalPortalLogin(t.db, { code, now: at(6000), secret: SECRET })).toEqual({
      status: "used",
    });

    // A second /portal link signs in as the same auth user.
    const second = await createPortalLoginLink(t.db, { playerId: p!.id, now: at(60_000) });
    const again = await confirmLocalPortalLogin(t.db, {
      code: new URL(second.url).searchParams.get("code") ?? "",
      now: at(61_000),
      secret: SECRET,
    });
    expect(again.status === "ok" && again.claims.sub).toBe(outcome.claims.sub);
  });

  it("signs a linked player in as their existing web account", async () => {
    await requestLocalMagicLink(t.db, { email: "web@example.com", now: NOW, appUrl: APP_URL });
    const link = await newestMailLink(t, "web@example.com");
    const web = await confirmLocalMagicLink(t.db, {
      tokenHash: link.searchParams.get("token_hash") ?? "",
      now: NOW,
      secret: SECRET,
    });
    if (web.status !== "ok" || !web.playerId) throw new Error(web.status);
    await t.db.update(players).set({ telegramId: 777002 }).where(eq(players.id, web.playerId));

    const { url } = await createPortalLoginLink(t.db, { playerId: web.playerId, now: at(1000) });
    const outcome = await confirmLocalPortalLogin(t.db, {
      code: new URL(url).searchParams.get("code") ?? "",
      now: at(2000),
      secret: SECRET,
    });
    if (outcome.status !== "ok") throw new Error(outcome.status);
    expect(outcome.claims.sub).toBe(web.claims.sub);
    expect(outcome.claims.email).toBe("web@example.com");
    // Came in through Telegram, so this session did not prove the inbox.
    expect(isAdminClaims(outcome.claims, ["example.com"])).toBe(false);
  });

  it("refuses a portal code for a player that no longer exists and a magic-link code", async () => {
    const [p] = await t.db.insert(players).values({ telegramId: 777003 }).returning({ id: players.id });
    const { url } = await createPortalLoginLink(t.db, { playerId: p!.id, now: NOW });
    await t.db.delete(players).where(eq(players.id, p!.id));
    const code = new URL(url).searchParams.get("code") ?? "";
    expect((await confirmLocalPortalLogin(t.db, { code, now: NOW, secret: SECRET })).status).toBe("unknown");

    await requestLocalMagicLink(t.db, { email: "mix@example.com", now: NOW, appUrl: APP_URL });
    const magic = (await newestMailLink(t, "mix@example.com")).searchParams.get("token_hash") ?? "";
    expect(await confirmLocalPortalLogin(t.db, { code: magic, now: NOW, secret: SECRET })).toEqual({
      status: "unknown",
    });
  });
});
