// npm run db:seed — an admin and demo players with weeks of realistic history. Idempotent.
import { env } from "@/lib/env";
import { openDatabase } from "../client";
import { migrateDatabase } from "../migrate";
import { DEMO_ADMIN } from "../seed/demo-data";
import { seedDatabase } from "../seed/seed-database";

const BAR_WIDTH = 24;

function progress(done: number, total: number, label: string) {
  const filled = Math.round((done / total) * BAR_WIDTH);
  process.stderr.write(
    `\r[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${done}/${total} ${label.padEnd(12)}`,
  );
  if (done === total) process.stderr.write("\n");
}

async function main() {
  const handle = await openDatabase({ url: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
  try {
    await migrateDatabase(handle);
    const result = await seedDatabase(handle.db, new Date(), progress);
    console.log(
      `seeded ${result.created} demo player(s), ${result.skipped} already there; admin: ${DEMO_ADMIN.email}`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error("seed failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
