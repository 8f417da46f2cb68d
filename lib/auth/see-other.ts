// Redirects after a sign-in step: 303 (the browser follows with GET) to a same-site path,
// relative so it stays on whatever host the visitor used (a request URL seen behind a proxy
// or on `next start -H` may name another host, and the session cookie would not follow it),
// and never cacheable, because the response may carry a session cookie.
import { safeNextPath } from "./safe-next-path";

export function seeOther(path: string): Response {
  return new Response(null, {
    status: 303,
    headers: { Location: safeNextPath(path, "/"), "Cache-Control": "private, no-store" },
  });
}
