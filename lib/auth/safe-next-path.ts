// Where a `next` parameter may send someone after sign-in: only a path on this site. A value
// that a browser could read as another origin (`//evil.example`, `/\evil.example`, a scheme,
// control characters that URL parsers strip) falls back to the default, never to the value.
import { z } from "zod";

export const DEFAULT_AFTER_SIGN_IN = "/dashboard";
const MAX_NEXT_LENGTH = 2048;
/** A base that can never be a real origin: if parsing keeps it, the path stayed on our site. */
const PROBE_ORIGIN = "http://next-path.invalid";

/** Backslashes are read as slashes by browsers; spaces and control characters are dropped by
 * URL parsers, which can turn `/\t/evil` into `//evil`. */
function hasUnsafeCharacter(value: string): boolean {
  if (/[\\\s]/.test(value)) return true;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

const nextPathSchema = z
  .string()
  .max(MAX_NEXT_LENGTH)
  .regex(/^\/(?![/\\])/, "must be a path on this site")
  .refine(
    (value) => !hasUnsafeCharacter(value),
    "must not contain backslashes, spaces or control characters",
  );

/** Returns a same-origin relative path (path, query, hash) or `fallback`. */
export function safeNextPath(value: unknown, fallback: string = DEFAULT_AFTER_SIGN_IN): string {
  const parsed = nextPathSchema.safeParse(value);
  if (!parsed.success) return fallback;
  let url: URL;
  try {
    url = new URL(parsed.data, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PROBE_ORIGIN) return fallback;
  // Dot segments normalise away (`/.//evil` → `//evil`), so the result is checked again.
  const normalized = `${url.pathname}${url.search}${url.hash}`;
  return nextPathSchema.safeParse(normalized).success ? normalized : fallback;
}

/** The sign-in page, coming back to `next` (validated) afterwards. */
export function signInPath(next?: string | null): string {
  return `/sign-in?${new URLSearchParams({ next: safeNextPath(next ?? DEFAULT_AFTER_SIGN_IN) })}`;
}
