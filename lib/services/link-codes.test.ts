// Link codes on a real Postgres (PGlite, and the server when TEST_DATABASE_URL is set): one
// use only even under a stampede, dead after 10 minutes, useless for another purpose, and
// never stored in the clear.
import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { queryRows } from "@/db/query-rows";
import { players } from "@/db/schema";
import { suiteDatabase } from "@/db/testing/suite-db";
import { testDrivers } from "@/db/testing/test-db";
import {
  consumeLinkCode,
  createLinkCode,
  createTelegramLinkCode,
  LINK_CODE_TTL_MS,
  parseTelegramStartPayload,
} from "./link-codes";

const NOW = new Date("2026-11-21T12:00:00Z");
const at = (ms: number) => new Date(NOW.getTime() + ms);

describe.each(testDrivers())("link codes on %s", (driver) => {
  const t = suiteDatabase(driver);
  let playerId: string;

  beforeEach(async () => {
    await t.reset();
    const [p] = await t.db
      .insert(players)
      .values({ name: "Alex", telegramId: 4242 })
      .returning({ id: players.id });
    playerId = p!.id;
  });

  it("issues long url-safe random codes and stores only their hash", async () => {
    const a = await createLinkCode(t.db, { purpose: "portal_login", playerId, now: NOW });
    const b = await createLinkCode(t.db, { purpose: "portal_login", playerId, now: NOW });
    expect(a.code).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits of base64url
    expect(b.code).not.toBe(a.code);
    expect(a.expiresAt).toEqual(at(LINK_CODE_TTL_MS));

    const stored = await queryRows<{ code_hash: string }>(t.db, sql`select code_hash from link_codes`);
    expect(stored).toHaveLength(2);
    for (const row of stored) {
      expect(row.code_hash).toMatch(/^[0-9a-f]{64}$/);
      expect([a.code, b.code]).not.toContain(row.code_hash);
    }
  });

  it("consumes a code once and returns what it was bound to", async () => {
    const { code } = await createLinkCode(t.db, {
      purpose: "magic_link",
      email: "alex@example.com",
      redirectTo: "/dashboard/chat",
      now: NOW,
    });
    const first = await consumeLinkCode(t.db, { code, purpose: "magic_link", now: at(60_000) });
    expect(first).toEqual({
      status: "ok",
      link: {
        purpose: "magic_link",
        playerId: null,
        authUserId: null,
        email: "alex@example.com",
        redirectTo: "/dashboard/chat",
      },
    });
    const second = await consumeLinkCode(t.db, { code, purpose: "magic_link", now: at(61_000) });
    expect(second).toEqual({ status: "used", usedAt: at(60_000) });
  });

  it("lets exactly one of 20 concurrent consumers win", async () => {
    const { code } = await createLinkCode(t.db, { purpose: "portal_login", playerId, now: NOW });
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        consumeLinkCode(t.db, { code, purpose: "portal_login", now: at(1000) }),
      ),
    );
    const winners = results.filter((r) => r.status === "ok");
    expect(winners).toHaveLength(1);
    expect(winners[0]).toMatchObject({ link: { playerId } });
    expect(results.filter((r) => r.status === "used")).toHaveLength(19);
  });

  it("reports a code past its 10 minutes as expired, and it stays unusable", async () => {
    const { code } = await createLinkCode(t.db, { purpose: "portal_login", playerId, now: NOW });
    const late = await consumeLinkCode(t.db, { code, purpose: "portal_login", now: at(LINK_CODE_TTL_MS) });
    expect(late).toEqual({ status: "expired", expiredAt: at(LINK_CODE_TTL_MS) });
    const justInTime = await createLinkCode(t.db, { purpose: "portal_login", playerId, now: NOW });
    const ok = await consumeLinkCode(t.db, {
      code: justInTime.code,
      purpose: "portal_login",
      now: at(LINK_CODE_TTL_MS - 1),
    });
    expect(ok.status).toBe("ok");
  });

  it("treats a code presented for another purpose as unknown and leaves it usable", async () => {
    const { code } = await createLinkCode(t.db, { purpose: "telegram_link", playerId, now: NOW });
    expect(await consumeLinkCode(t.db, { code, purpose: "portal_login", now: NOW })).toEqual({
      status: "unknown",
    });
    expect(await consumeLinkCode(t.db, { code, purpose: "magic_link", now: NOW })).toEqual({
      status: "unknown",
    });
    expect((await consumeLinkCode(t.db, { code, purpose: "telegram_link", now: NOW })).status).toBe("ok");
  });

  it("reports made-up and malformed codes as unknown", async () => {
    for (const code of [
      "A".repeat(43),
      "short",
      "has spaces in it and is long enough",
      "",
      "x'; drop table link_codes;--",
    ]) {
      expect(await consumeLinkCode(t.db, { code, purpose: "portal_login", now: NOW })).toEqual({
        status: "unknown",
      });
    }
  });

  it("builds a Telegram deep link whose start payload consumes to this player", async () => {
    const url = await createTelegramLinkCode(t.db, playerId, { now: NOW, botUsername: "NikitaTestBot" });
    const parsed = new URL(url);
    expect(`${parsed.origin}${parsed.pathname}`).toBe("https://t.me/NikitaTestBot");
    const payload = parsed.searchParams.get("start") ?? "";
    expect(payload.length).toBeLessThanOrEqual(64); // Telegram's limit for start parameters
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    const code = parseTelegramStartPayload(payload);
    expect(code).not.toBeNull();
    const result = await consumeLinkCode(t.db, { code: code!, purpose: "telegram_link", now: at(5000) });
    expect(result).toMatchObject({ status: "ok", link: { playerId } });
    expect(parseTelegramStartPayload("hello")).toBeNull();
  });
});
