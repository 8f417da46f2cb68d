// Applies the committed drizzle-kit migrations. Safe when several processes start at once:
// on a server the migration runs on one dedicated connection holding a session advisory lock,
// so the others wait and then find nothing left to apply. A transaction pooler (Supabase's
// :6543, PgBouncer in transaction mode) hands each transaction to any backend and cannot keep
// that lock, so migrations refuse it and ask for DATABASE_URL_UNPOOLED (a direct or session
// connection). PGlite is single-process by nature.
import path from "node:path";
import type { DatabaseHandle } from "./client";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");
/** Constant key for pg_advisory_lock, shared by every process migrating this database. */
const MIGRATION_LOCK_KEY = 7_314_159_265;

export class MigrationUrlError extends Error {
  override name = "MigrationUrlError";
}

/** Supabase's transaction pooler listens on 6543; PgBouncer URLs may say so in the query. */
export function isTransactionPoolerUrl(url: string): boolean {
  const parsed = new URL(url);
  return parsed.port === "6543" || /pgbouncer=true|pool_mode=transaction/i.test(parsed.search);
}

/** The URL migrations run on: the unpooled one when given; never a transaction pooler. */
export function migrationUrl(params: { url?: string; unpooledUrl?: string }): string | undefined {
  const url = params.unpooledUrl ?? params.url;
  if (!url) return undefined;
  if (isTransactionPoolerUrl(url)) {
    const name = params.unpooledUrl ? "DATABASE_URL_UNPOOLED" : "DATABASE_URL";
    throw new MigrationUrlError(
      `${name} points at a transaction pooler (port 6543 / pgbouncer), which cannot hold the migration lock. ` +
        "Set DATABASE_URL_UNPOOLED to a direct or session connection (Supabase: the direct host on :5432 " +
        "or the session pooler on :5432) and keep the pooler URL in DATABASE_URL for the app.",
    );
  }
  return url;
}

export async function migrateDatabase(
  handle: DatabaseHandle,
  folder = MIGRATIONS_FOLDER,
  options: { url?: string } = {},
): Promise<void> {
  if (handle.driver === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(handle.db as never, { migrationsFolder: folder });
    return;
  }
  const url = migrationUrl({ url: handle.url, unpooledUrl: options.url });
  if (!url) throw new Error("postgres handle without url");
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  const client = postgres(url, { max: 1, prepare: false, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migrate(drizzle({ client }), { migrationsFolder: folder });
    await client`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
  } finally {
    await client.end({ timeout: 5 });
  }
}
