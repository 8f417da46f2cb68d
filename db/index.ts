// The process-wide database: opened once (and migrated when this process owns migrations),
// shared by routes, services and jobs. `getDb()` is the only way in; a failed open is
// forgotten so the next call retries rather than hanging on a broken instance.
import { env } from "@/lib/env";
import { createLogger } from "@/lib/observability/logger";
import { noteQueryTime } from "@/lib/observability/slow-queries";
import { type DatabaseHandle, openDatabase } from "./client";
import { migrateDatabase } from "./migrate";

export type { Db, DbOrTx, Tx } from "./client";

const log = createLogger("db");

type Holder = { promise?: Promise<DatabaseHandle>; override?: DatabaseHandle };
// Survives Next's dev-mode module reloading: one database per process, not per reload.
const globalHolder = globalThis as { __nikitaDb?: Holder };
globalHolder.__nikitaDb ??= {};
const holder: Holder = globalHolder.__nikitaDb;

/** Whether this process applies migrations on open (not on Vercel: `npm run db:migrate` does, before deploying). */
const shouldMigrateOnOpen = () => !env.VERCEL;

async function open(): Promise<DatabaseHandle> {
  const started = performance.now();
  const handle = await openDatabase({
    url: env.DATABASE_URL,
    pgliteDir: env.PGLITE_DIR,
    poolMax: env.DATABASE_POOL_MAX,
    onQuery: noteQueryTime,
  });
  if (shouldMigrateOnOpen()) {
    try {
      await migrateDatabase(handle, undefined, { url: env.DATABASE_URL_UNPOOLED });
    } catch (error) {
      await handle.close();
      throw error;
    }
  }
  log.info("database ready", { driver: handle.driver, ms: Math.round(performance.now() - started) });
  return handle;
}

export function getDatabase(): Promise<DatabaseHandle> {
  if (holder.override) return Promise.resolve(holder.override);
  if (!holder.promise) {
    holder.promise = open().catch((error: unknown) => {
      holder.promise = undefined;
      throw error;
    });
  }
  return holder.promise;
}

export async function getDb() {
  return (await getDatabase()).db;
}

/** Tests and scripts: use this handle instead of opening one from env. */
export function setDatabaseForProcess(handle: DatabaseHandle | undefined): void {
  holder.override = handle;
}
