// Server errors go to the structured log and to `error_logs` for the admin error view: route
// 500s, job failures (with the job and its run id), admin errors. The row keeps the error's
// message with its root cause, the stack with every cause's, and the request/job ids.
// Recording must never throw: a broken database cannot be allowed to hide the first error.
import { type DbOrTx, getDb } from "@/db";
import { insertErrorLogs } from "@/db/queries/observability";
import { createLogger, type SerializedError, serializeError, withoutParams } from "./logger";
import { currentRequestContext } from "./request-context";

const log = createLogger("errors");
const MAX_STACK_CHARS = 8000;
const MAX_MESSAGE_CHARS = 1000;

/** The innermost cause: usually the database's or the API's own words. */
export function rootCause(error: Error): Error {
  let current = error;
  for (let depth = 0; depth < 5 && current.cause instanceof Error; depth++) current = current.cause;
  return current;
}

function stackWithCauses(e: SerializedError): string {
  const own = e.stack ?? `${e.type}: ${e.message}`;
  if (!e.cause) return own;
  const cause = typeof e.cause === "string" ? e.cause : stackWithCauses(e.cause);
  return `${own}\n[cause] ${cause}`;
}

export async function recordError(
  scope: string,
  error: unknown,
  context: Record<string, unknown> = {},
  options: { db?: DbOrTx } = {},
) {
  const err = error instanceof Error ? error : new Error(String(error));
  const root = rootCause(err);
  const serialized = serializeError(err);
  const ctx = currentRequestContext();
  const ids = {
    ...(ctx ? { requestId: ctx.requestId } : {}),
    ...(ctx?.job ? { job: ctx.job } : {}),
    ...(ctx?.runId !== undefined ? { runId: ctx.runId } : {}),
  };
  log.error(withoutParams(err.message).split("\n")[0] ?? "error", {
    errorScope: scope,
    error: err,
    ...context,
  });
  const outer = withoutParams(err.message);
  const message = root === err ? outer : `${outer.slice(0, 400)} — ${root.message.slice(0, 500)}`;
  const code = "code" in root && typeof root.code === "string" ? root.code : null;
  try {
    await insertErrorLogs(options.db ?? (await getDb()), [
      {
        scope,
        code: code ?? ("code" in err && typeof err.code === "string" ? err.code : null),
        message: message.slice(0, MAX_MESSAGE_CHARS),
        context: { ...ids, ...context },
        stack: stackWithCauses(serialized).slice(0, MAX_STACK_CHARS),
      },
    ]);
  } catch (writeError) {
    log.warn("could not write error_logs", { error: writeError });
  }
}
