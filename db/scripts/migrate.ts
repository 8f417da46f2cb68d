// npm run db:migrate — applies the committed migrations to DATABASE_URL, or to the local
// PGlite folder when it is unset. Also the Vercel build step (see README).

import { env } from "@/lib/env";
import { openDatabase } from "../client";
import { migrateDatabase } from "../migrate";

async function main() {
  const started = performance.now();
  const handle = await openDatabase({ url: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
  try {
    await migrateDatabase(handle);
    console.log(`migrations applied on ${handle.driver} in ${Math.round(performance.now() - started)} ms`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error("migration failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
