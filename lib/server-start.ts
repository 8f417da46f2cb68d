// What a Node server process does once at start (called from instrumentation.ts): refuse a
// production start that lacks its secrets (naming them), open the database, start the
// in-process scheduler where it applies.
import { getDatabase } from "@/db";
import { printDevWelcome } from "@/lib/dev-welcome";
import { assertStartable, env } from "@/lib/env";
import { startLocalScheduler } from "@/lib/jobs/scheduler";
import { createLogger } from "@/lib/observability/logger";

const log = createLogger("server");

export async function startServer() {
  // `next build` evaluates the app without runtime secrets; only a serving process must have them.
  if (env.NEXT_PHASE !== "phase-production-build") {
    try {
      assertStartable(env);
    } catch (error) {
      log.error(error instanceof Error ? error.message : String(error));
      // Fail closed: a production server without its secrets must not serve a single request.
      process.exit(1);
    }
  }
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
