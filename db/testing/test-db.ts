// Test databases. Every database suite runs on an in-memory PGlite and, when
// TEST_DATABASE_URL is set, on that PostgreSQL server too: each test file gets a fresh
// database there (created from the URL, migrated, dropped at the end). `reset()` truncates
// every public table between tests.
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { env } from "@/lib/env";
import { type DatabaseHandle, openDatabase } from "../client";
import { migrateDatabase } from "../migrate";
import { queryRows } from "../query-rows";

export type TestDatabase = DatabaseHandle & { name: string; reset(): Promise<void> };

export type TestDriver = "pglite" | "postgres";

/** The drivers this run covers: always PGlite; the server too when TEST_DATABASE_URL is set. */
export function testDrivers(): TestDriver[] {
  return env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

async function truncateAll(handle: DatabaseHandle) {
  const list = await queryRows<{ tablename: string }>(
    handle.db,
    sql`select tablename from pg_tables where schemaname = 'public'`,
  );
  if (list.length === 0) return;
  const names = list.map((r) => `public."${r.tablename}"`).join(", ");
  await handle.exec(`truncate ${names} restart identity cascade; delete from auth.users;`);
}

export async function createTestDatabase(
  driver: TestDriver,
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  const shouldMigrate = options.migrate ?? true;
  if (driver === "pglite") {
    const handle = await openDatabase({});
    if (shouldMigrate) await migrateDatabase(handle);
    return { ...handle, name: "pglite", reset: () => truncateAll(handle) };
  }
  const baseUrl = env.TEST_DATABASE_URL;
  if (!baseUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `nikita_test_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString(), poolMax: 5 });
  if (shouldMigrate) await migrateDatabase(handle);
  return {
    ...handle,
    name,
    reset: () => truncateAll(handle),
    close: async () => {
      await handle.close();
      const dropper = postgres(baseUrl, { max: 1, onnotice: () => {} });
      await dropper.unsafe(`drop database if exists "${name}" with (force)`);
      await dropper.end();
    },
  };
}
