// The SQLSTATE of a database error, whichever driver raised it (postgres.js and PGlite both
// set `code`) and however it was wrapped (drizzle's `cause`, grammY's BotError `error`).

/** The error and its wrapped causes, outermost first. */
export function* errorChain(error: unknown): Generator<unknown> {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    yield current;
    const next =
      typeof current === "object"
        ? ((current as { error?: unknown }).error ?? (current as { cause?: unknown }).cause)
        : undefined;
    if (next === current) return;
    current = next;
  }
}

/** The five-character SQLSTATE anywhere in the chain, or null. */
export function sqlStateOf(error: unknown): string | null {
  for (const e of errorChain(error)) {
    const code = typeof e === "object" && e ? (e as { code?: unknown }).code : undefined;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return null;
}

/** 23503: a row refers to one that does not exist (e.g. a player deleted meanwhile). */
export const FOREIGN_KEY_VIOLATION = "23503";
