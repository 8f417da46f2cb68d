import { NextResponse } from "next/server";

export const dynamic = "force-dynamic";

// GET /api/health/ping — liveness: answers at once, touches nothing
export function GET() {
  return NextResponse.json(
    { ok: true, time: new Date().toISOString() },
    { headers: { "Cache-Control": "no-store" } },
  );
}
