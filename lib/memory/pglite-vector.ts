// An in-memory PGlite with the pgvector extension loaded, migrated like any other database.
// The app's own PGlite (db/client.ts) is opened without extensions; tests and the benchmark
// use this to exercise the real pgvector path offline.
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { drizzle } from "drizzle-orm/pglite";
import type { DatabaseHandle, Db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import * as schema from "@/db/schema";

export async function openPgliteWithVector(): Promise<DatabaseHandle> {
  const client = new PGlite({ extensions: { vector } });
  await client.waitReady;
  const handle: DatabaseHandle = {
    db: drizzle({ client, schema }) as unknown as Db,
    driver: "pglite",
    close: () => client.close(),
    exec: async (text) => {
      await client.exec(text);
    },
  };
  await migrateDatabase(handle);
  return handle;
}
