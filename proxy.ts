// Next 16 proxy (formerly middleware): keeps auth sessions fresh and sends signed-out visitors
// of /dashboard… and /admin… to sign-in. It never runs for machine endpoints (cron, Telegram,
// voice, health), which authenticate with their own secrets, nor for static assets. A
// cross-origin POST to a server action is refused here with a 403 (Next would answer 500).
import { type NextRequest, NextResponse } from "next/server";
import { updateSession } from "@/lib/auth/proxy-session";
import { AppError } from "@/lib/errors";
import { isCrossOriginActionRequest } from "@/lib/http/cross-origin-action";

const FOREIGN_ORIGIN = new AppError("forbidden:origin", "Requests must come from this site.");

export function proxy(request: NextRequest) {
  if (isCrossOriginActionRequest(request)) {
    return NextResponse.json(FOREIGN_ORIGIN.toBody(), { status: FOREIGN_ORIGIN.status });
  }
  return updateSession(request);
}

export const config = {
  matcher: [
    "/((?!api/cron|api/telegram|api/voice|api/health|_next/static|_next/image|favicon\\.ico|robots\\.txt|sitemap\\.xml|.*\\.(?:svg|png|jpg|jpeg|gif|webp|avif|ico|css|js|map|txt|woff2?|webmanifest)$).*)",
  ],
};
