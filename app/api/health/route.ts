import { NextResponse } from "next/server";
import { registerModelHealth } from "@/lib/agents/anthropic-model";
import { afterResponse } from "@/lib/http/after-response";
import { withErrors } from "@/lib/http/respond";
import { registerMemoryHealth } from "@/lib/memory";
import { alertOnTransition, checkHealth } from "@/lib/observability/health";
import { registerTelegramHealth } from "@/lib/telegram/health";
import { registerVoiceHealth } from "@/lib/voice/health";

export const dynamic = "force-dynamic";
export const maxDuration = 15;

// Each area's own check: the model circuit, the memory store, Telegram getMe, voice tokens.
registerModelHealth();
registerMemoryHealth();
registerTelegramHealth();
registerVoiceHealth();

// GET /api/health — every dependency with its state and latency, and the build's commit; 503
// when the database is down. Turning unhealthy raises an alert (after the response).
export const GET = withErrors(
  "GET /api/health",
  async () => {
    const report = await checkHealth();
    afterResponse("health.alert", () => alertOnTransition(report));
    return NextResponse.json(report, {
      status: report.components.database?.status === "unhealthy" ? 503 : 200,
      headers: { "Cache-Control": "no-store" },
    });
  },
  { maxDurationSeconds: maxDuration },
);
