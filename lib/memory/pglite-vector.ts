// An in-memory PGlite, migrated like any other database. db/client.ts opens every PGlite with
// the pgvector extension bundle, so this is the offline database on which tests and the
// benchmark exercise the real pgvector path (the store creates the extension on first use).
import { type DatabaseHandle, openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

export async function openPgliteWithVector(): Promise<DatabaseHandle> {
  const handle = await openDatabase({});
  await migrateDatabase(handle);
  return handle;
}
