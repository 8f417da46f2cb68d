// One player per auth user, however many sign-ins race; a Telegram placeholder address never
// becomes the player's email; linking never steals a player already linked to someone else.
import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { queryRows } from "@/db/query-rows";
import { players } from "@/db/schema";
import { suiteDatabase } from "@/db/testing/suite-db";
import { testDrivers } from "@/db/testing/test-db";
import { ensurePlayer, getPlayerIdentity, linkPlayerToAuthUser } from "./ensure-player";

const USER_A = "00000000-0000-4000-8000-0000000000aa";
const USER_B = "00000000-0000-4000-8000-0000000000bb";
const NOW = new Date("2026-11-21T12:00:00Z");

describe.each(testDrivers())("ensurePlayer on %s", (driver) => {
  const t = suiteDatabase(driver);

  beforeEach(async () => t.reset());

  it("creates one onboarding player even when ten sign-ins race", async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () => ensurePlayer(t.db, { authUserId: USER_A, email: "alex@example.com" })),
    );
    expect(new Set(results.map((r) => r.playerId)).size).toBe(1);
    expect(results.filter((r) => r.isNew)).toHaveLength(1);
    const rows = await t.db.select().from(players);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      authUserId: USER_A,
      email: "alex@example.com",
      status: "onboarding",
      chapter: 1,
    });
  });

  it("keeps a known email, fills in a missing one, and never stores a placeholder", async () => {
    const first = await ensurePlayer(t.db, { authUserId: USER_A, email: "tg-42@telegram.local" });
    expect((await getPlayerIdentity(t.db, { playerId: first.playerId }))?.email).toBeNull();
    await ensurePlayer(t.db, { authUserId: USER_A, email: "real@example.com" });
    await ensurePlayer(t.db, { authUserId: USER_A, email: "other@example.com" });
    expect((await getPlayerIdentity(t.db, { playerId: first.playerId }))?.email).toBe("real@example.com");
  });

  it("links a Telegram player once and never re-links them to another account", async () => {
    const [p] = await t.db.insert(players).values({ telegramId: 4242 }).returning({ id: players.id });
    expect(await linkPlayerToAuthUser(t.db, { playerId: p!.id, authUserId: USER_A, now: NOW })).toBe(USER_A);
    expect(await linkPlayerToAuthUser(t.db, { playerId: p!.id, authUserId: USER_B, now: NOW })).toBe(USER_A);
    const [row] = await queryRows<{ auth_user_id: string }>(t.db, sql`select auth_user_id from players`);
    expect(row?.auth_user_id).toBe(USER_A);
    const linked = await ensurePlayer(t.db, { authUserId: USER_A });
    expect(linked).toEqual({ playerId: p!.id, isNew: false });
    const [player] = await t.db.select({ status: players.status }).from(players).where(eq(players.id, p!.id));
    expect(player?.status).toBe("onboarding");
  });
});
