// One structured JSON logger. Each line carries a scope and ids, never secrets or full
// message text (callers pass lengths or ids instead).
import { env } from "./env";

type Level = "debug" | "info" | "warn" | "error";
const LEVEL_ORDER: Record<Level | "silent", number> = {
  debug: 10,
  info: 20,
  warn: 30,
  error: 40,
  silent: 99,
};

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  child(scope: string): Logger;
}

function serialize(value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message };
  return value;
}

export function createLogger(scope: string): Logger {
  const write = (level: Level, msg: string, fields?: LogFields) => {
    if (LEVEL_ORDER[level] < LEVEL_ORDER[env.LOG_LEVEL]) return;
    const line: LogFields = { level, time: new Date().toISOString(), scope, msg };
    for (const [k, v] of Object.entries(fields ?? {})) line[k] = serialize(v);
    const out = JSON.stringify(line);
    if (level === "error" || level === "warn") console.error(out);
    else console.log(out);
  };
  return {
    debug: (m, f) => write("debug", m, f),
    info: (m, f) => write("info", m, f),
    warn: (m, f) => write("warn", m, f),
    error: (m, f) => write("error", m, f),
    child: (sub) => createLogger(`${scope}.${sub}`),
  };
}
