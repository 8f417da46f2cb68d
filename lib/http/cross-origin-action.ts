// Server actions refuse a cross-origin POST themselves, but Next answers that refusal with a
// 500 ("Invalid Server Actions request."). The proxy turns it into a clean 403 before the
// action runs: a POST that can be a server action (the `next-action` header of a fetch action,
// or a form body posted to a page) whose Origin is not this host. Same rules as Next's own
// check: the first `x-forwarded-host`, else `host`; a missing Origin is left to Next (it
// cannot carry a victim's cookies from another site's page without one in modern browsers).

/** Pages only: route handlers under /api answer their own requests. */
const FORM_TYPES = ["multipart/form-data", "application/x-www-form-urlencoded"];

function requestHost(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || headers.get("host");
}

function originHost(origin: string): string | null {
  if (origin === "null") return "null";
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

export function isCrossOriginActionRequest(request: {
  method: string;
  headers: Headers;
  nextUrl: { pathname: string };
}): boolean {
  if (request.method !== "POST") return false;
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  const isAction =
    request.headers.has("next-action") ||
    (!request.nextUrl.pathname.startsWith("/api/") && FORM_TYPES.some((t) => type.startsWith(t)));
  if (!isAction) return false;
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  const host = requestHost(request.headers);
  return !host || originHost(origin) !== host;
}
