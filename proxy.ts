// Next 16 proxy (formerly middleware): keeps auth sessions fresh and sends signed-out visitors
// of /dashboard… and /admin… to sign-in. It never runs for machine endpoints (cron, Telegram,
// voice, health), which authenticate with their own secrets, nor for static assets.
import type { NextRequest } from "next/server";
import { updateSession } from "@/lib/auth/proxy-session";

export function proxy(request: NextRequest) {
  return updateSession(request);
}

export const config = {
  matcher: [
    "/((?!api/cron|api/telegram|api/voice|api/health|_next/static|_next/image|favicon\\.ico|robots\\.txt|sitemap\\.xml|.*\\.(?:svg|png|jpg|jpeg|gif|webp|avif|ico|css|js|map|txt|woff2?|webmanifest)$).*)",
  ],
};
