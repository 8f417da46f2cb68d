// The one structured logger (pino, JSON lines on stdout). Each line carries a scope, the ids
// of the request or job run it belongs to (from the request context), and never secrets or
// full message text (callers pass lengths or ids instead). Errors in any field are written
// with their stack and their chain of causes.
import pino from "pino";
import { env } from "@/lib/env";
import { currentRequestContext } from "./request-context";

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  child(scope: string): Logger;
}

/** How many causes deep an error is written (a loop of causes must not hang the logger). */
const MAX_CAUSE_DEPTH = 5;
const MAX_STACK_CHARS = 4000;

export type SerializedError = {
  type: string;
  message: string;
  stack?: string;
  code?: string;
  cause?: SerializedError | string;
};

/** drizzle's "Failed query: <sql>\nparams: <values>": the values may be player data; drop them. */
export function withoutParams(text: string): string {
  return text.replace(/\nparams: [\s\S]*?(?=\n\s+at |$)/, "\nparams: [omitted]");
}

/** An error as a log field: type, message, stack, code and its causes (query values omitted). */
export function serializeError(error: Error, depth = 0): SerializedError {
  const code = "code" in error && typeof error.code === "string" ? error.code : undefined;
  const out: SerializedError = {
    type: error.name,
    message: withoutParams(error.message),
    ...(error.stack ? { stack: withoutParams(error.stack).slice(0, MAX_STACK_CHARS) } : {}),
    ...(code ? { code } : {}),
  };
  if (error.cause !== undefined && depth < MAX_CAUSE_DEPTH) {
    out.cause = error.cause instanceof Error ? serializeError(error.cause, depth + 1) : String(error.cause);
  }
  return out;
}

function serializeFields(fields: LogFields | undefined): LogFields {
  const out: LogFields = {};
  for (const [k, v] of Object.entries(fields ?? {})) out[k] = v instanceof Error ? serializeError(v) : v;
  return out;
}

// Written through process.stdout (synchronous for files and pipes on Linux), so nothing is
// lost when a serverless instance is frozen right after the response.
const root = pino(
  {
    level: env.LOG_LEVEL,
    messageKey: "msg",
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin() {
      const ctx = currentRequestContext();
      if (!ctx) return {};
      return {
        requestId: ctx.requestId,
        ...(ctx.job ? { job: ctx.job } : {}),
        ...(ctx.runId !== undefined ? { runId: ctx.runId } : {}),
      };
    },
  },
  process.stdout,
);

export function createLogger(scope: string): Logger {
  const log = root.child({ scope });
  return {
    debug: (m, f) => log.debug(serializeFields(f), m),
    info: (m, f) => log.info(serializeFields(f), m),
    warn: (m, f) => log.warn(serializeFields(f), m),
    error: (m, f) => log.error(serializeFields(f), m),
    child: (sub) => createLogger(`${scope}.${sub}`),
  };
}
