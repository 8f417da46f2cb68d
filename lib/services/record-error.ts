// Server errors go to the structured log and to `error_logs` for the admin error view.
// Recording must never throw: a broken database cannot be allowed to hide the first error.
import { getDb } from "@/db";
import { errorLogs } from "@/db/schema";
import { createLogger } from "@/lib/logger";

const log = createLogger("errors");
const MAX_STACK_CHARS = 4000;

export async function recordError(scope: string, error: unknown, context: Record<string, unknown> = {}) {
  const err = error instanceof Error ? error : new Error(String(error));
  const cause = err.cause instanceof Error ? err.cause.message : undefined;
  log.error(err.message, { errorScope: scope, cause, ...context });
  try {
    const db = await getDb();
    await db.insert(errorLogs).values({
      scope,
      code: "code" in err && typeof err.code === "string" ? err.code : null,
      message: cause ? `${err.message.slice(0, 500)} — ${cause.slice(0, 500)}` : err.message.slice(0, 1000),
      context,
      stack: err.stack?.slice(0, MAX_STACK_CHARS) ?? null,
    });
  } catch (writeError) {
    log.warn("could not write error_logs", { error: writeError });
  }
}
