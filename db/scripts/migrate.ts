// npm run db:migrate — applies the committed migrations over DATABASE_URL_UNPOOLED (a direct
// or session connection; falls back to DATABASE_URL when that is not a transaction pooler),
// or to the local PGlite folder when neither is set. Run it before deploying (see README):
// never over the transaction pooler.

import { env } from "@/lib/env";
import { openDatabase } from "../client";
import { migrateDatabase, migrationUrl } from "../migrate";

async function main() {
  const started = performance.now();
  const url = migrationUrl({ url: env.DATABASE_URL, unpooledUrl: env.DATABASE_URL_UNPOOLED });
  const handle = await openDatabase({ url, pgliteDir: env.PGLITE_DIR, poolMax: 1 });
  try {
    await migrateDatabase(handle, undefined, { url });
    console.log(`migrations applied on ${handle.driver} in ${Math.round(performance.now() - started)} ms`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error("migration failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
