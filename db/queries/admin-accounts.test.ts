// Admins are not players: migration 0011 removes the empty onboarding rows sign-in used to make
// for role-admin accounts, and deleteUnstartedPlayerRow (run at an admin's sign-in) does the
// same for any admin — both only where nothing ever happened, never a game an admin plays.
import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER } from "@/db/migrate";
import { players } from "@/db/schema";
import { suiteDatabase } from "@/db/testing/suite-db";
import { type TestDatabase, testDrivers } from "@/db/testing/test-db";
import { deleteUnstartedPlayerRow, findPlayerIdByAuthUser } from "./admin-accounts";

const ROLE_ADMIN = "00000000-0000-4000-8000-0000000000a1";
const PLAYING_ADMIN = "00000000-0000-4000-8000-0000000000a2";
const DOMAIN_ADMIN = "00000000-0000-4000-8000-0000000000a3";
const NEWCOMER = "00000000-0000-4000-8000-0000000000a4";
const MIGRATION = readFileSync(path.join(MIGRATIONS_FOLDER, "0011_admins_are_not_players.sql"), "utf8");

async function seedAccounts(t: TestDatabase) {
  for (const [id, email, role] of [
    [ROLE_ADMIN, "admin@nikita.local", "admin"],
    [PLAYING_ADMIN, "kim@nikita.local", "admin"],
    [DOMAIN_ADMIN, "staff@nikita.example", null],
    [NEWCOMER, "new@example.com", null],
  ] as const) {
    const meta = JSON.stringify(role ? { provider: "email", role } : { provider: "email" });
    await t.db.execute(
      sql`insert into auth.users (id, email, raw_app_meta_data) values (${id}, ${email}, ${meta}::jsonb)`,
    );
  }
  await t.db.insert(players).values([
    { authUserId: ROLE_ADMIN, email: "admin@nikita.local" },
    {
      authUserId: PLAYING_ADMIN,
      email: "kim@nikita.local",
      name: "Kim",
      status: "active",
      gameStartedAt: new Date(),
    },
    { authUserId: DOMAIN_ADMIN, email: "staff@nikita.example" },
    { authUserId: NEWCOMER, email: "new@example.com" },
  ]);
}

const owners = async (t: TestDatabase) =>
  (await t.db.select({ authUserId: players.authUserId }).from(players)).map((r) => r.authUserId).sort();

describe.each(testDrivers())("admin player rows on %s", (driver) => {
  const t = suiteDatabase(driver);
  beforeEach(async () => {
    await t.reset();
    await seedAccounts(t);
  });

  it("migration 0011 removes only role admins' unstarted rows", async () => {
    await t.exec(MIGRATION);
    expect(await owners(t)).toEqual([PLAYING_ADMIN, DOMAIN_ADMIN, NEWCOMER].sort());
  });

  it("sign-in's cleanup removes an admin's unstarted row and never a game", async () => {
    expect(await deleteUnstartedPlayerRow(t.db, { authUserId: DOMAIN_ADMIN })).toBe(true);
    expect(await deleteUnstartedPlayerRow(t.db, { authUserId: PLAYING_ADMIN })).toBe(false);
    expect(await findPlayerIdByAuthUser(t.db, { authUserId: DOMAIN_ADMIN })).toBeNull();
    expect(await findPlayerIdByAuthUser(t.db, { authUserId: PLAYING_ADMIN })).toEqual(expect.any(String));
    expect(await owners(t)).toEqual([ROLE_ADMIN, PLAYING_ADMIN, NEWCOMER].sort());
  });
});
