import { NextResponse } from "next/server";
import { withErrors } from "@/lib/http/respond";
import { checkHealth } from "@/lib/services/health";

export const dynamic = "force-dynamic";

// GET /api/health — every dependency with status and latency; 503 when the database is down
export const GET = withErrors("GET /api/health", async () => {
  const report = await checkHealth();
  return NextResponse.json(report, {
    status: report.components.database?.status === "unhealthy" ? 503 : 200,
    headers: { "Cache-Control": "no-store" },
  });
});
