import { NextResponse } from "next/server";
import { withErrors } from "@/lib/http/respond";
import { registerMemoryHealth } from "@/lib/memory";
import { checkHealth } from "@/lib/services/health";

export const dynamic = "force-dynamic";

// The memory probe reports Neo4j as degraded (with the Postgres fallback) when unreachable.
registerMemoryHealth();

// GET /api/health — every dependency with status and latency; 503 when the database is down
export const GET = withErrors("GET /api/health", async () => {
  const report = await checkHealth();
  return NextResponse.json(report, {
    status: report.components.database?.status === "unhealthy" ? 503 : 200,
    headers: { "Cache-Control": "no-store" },
  });
});
