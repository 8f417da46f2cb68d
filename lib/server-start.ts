// What a Node server process does once at start (called from instrumentation.ts).
import { getDatabase } from "@/db";
import { printDevWelcome } from "@/lib/dev-welcome";
import { startLocalScheduler } from "@/lib/jobs/scheduler";
import { createLogger } from "@/lib/logger";

const log = createLogger("server");

export async function startServer() {
  try {
    await getDatabase();
  } catch (error) {
    // Keep serving: health reports the database as unhealthy and the next request retries.
    log.error("database not available at start", { error });
  }
  // Plays Vercel Cron on a laptop or server (off on Vercel, during builds, or when disabled).
  const scheduler = startLocalScheduler();
  printDevWelcome(Boolean(scheduler));
}
