// Where a local-auth sign-in link should point: the origin the visitor is actually using.
// Local links never leave this machine (they land in the dev mailbox, opened by the same
// browser), so the request's own origin is always right there — whereas APP_URL defaults to
// http://localhost:3000 and `next dev` silently moves to 3001 when 3000 is busy. Supabase
// mode keeps APP_URL: those links are real emails, and a forged Host must never shape them.

type HeaderSource = { get(name: string): string | null };

/** `scheme://host[:port]` of the request (Origin header first, then Host), or null if malformed. */
export function requestOrigin(headers: HeaderSource): string | null {
  const origin = headers.get("origin");
  if (origin && origin !== "null") {
    const parsed = safeOrigin(origin);
    if (parsed) return parsed;
  }
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!host) return null;
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  return safeOrigin(`${proto}://${host.split(",")[0]?.trim()}`);
}

function safeOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    return url.origin;
  } catch {
    return null;
  }
}
