// Where a completed sign-in lands. Players go where they were headed (`next`, validated).
// Admins land on the admin console: they are not players unless they chose to play, so a
// portal page (the default /dashboard included) would only send them to onboarding. An admin
// path in `next` is kept, and an admin who also plays keeps an explicit portal destination.
import { DEFAULT_AFTER_SIGN_IN, safeNextPath } from "./safe-next-path";

export const ADMIN_HOME = "/admin";

export function isAdminPath(path: string): boolean {
  const pathname = path.split(/[?#]/)[0] ?? "";
  return pathname === ADMIN_HOME || pathname.startsWith(`${ADMIN_HOME}/`);
}

export function landingAfterSignIn(params: { next: unknown; isAdmin: boolean; playsToo: boolean }): string {
  const next = safeNextPath(params.next);
  if (!params.isAdmin || isAdminPath(next)) return next;
  if (params.playsToo && next !== DEFAULT_AFTER_SIGN_IN) return next;
  return ADMIN_HOME;
}
