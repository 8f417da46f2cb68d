// Which failures of an update will fail the same way on every redelivery. Telegram retries any
// non-2xx answer for hours, so such an update must be acknowledged (200, logged and recorded)
// instead of answered 503: invalid input (zod), and database refusals of the data itself —
// SQLSTATE class 22 (data exception, e.g. an invalid byte sequence), 23 (integrity constraint)
// and 54 (program limit exceeded). Connection failures, timeouts, deadlocks and serialization
// failures stay retryable.
import { ZodError } from "zod";
import { errorChain, sqlStateOf } from "@/db/sql-state";

const PERMANENT_SQLSTATE_CLASSES = new Set(["22", "23", "54"]);

export function isPermanentUpdateError(error: unknown): boolean {
  for (const e of errorChain(error)) if (e instanceof ZodError) return true;
  const state = sqlStateOf(error);
  return state !== null && PERMANENT_SQLSTATE_CLASSES.has(state.slice(0, 2));
}
