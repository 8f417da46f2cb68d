// ElevenLabs server tools for the voice agent (get_context, get_memory, score_turn,
// update_memory). Secret header first (constant time), then the tool, then the per-call token,
// then the zod-validated input; the answer is the tool's small JSON result.
import { NextResponse } from "next/server";
import { env } from "@/lib/env";
import { withErrors } from "@/lib/http/respond";
import { runVoiceTool, toolOrThrow } from "@/lib/services/voice/run-tool";
import { createVoiceDeps } from "@/lib/voice/deps";
import { readJsonOrEmpty } from "@/lib/voice/read-body";
import { requireVoiceSecret, requireVoiceToken } from "@/lib/voice/request-auth";

export const dynamic = "force-dynamic";
// After the response only the latency sample is written (withErrors, default 15 s budget).
export const maxDuration = 15;

export const POST = withErrors(
  "voice.tools",
  async (req: Request, ctx: { params: Promise<{ tool: string }> }) => {
    requireVoiceSecret(req, env.ELEVENLABS_TOOL_SECRET);
    const tool = toolOrThrow((await ctx.params).tool);
    const body = await readJsonOrEmpty(req);
    const now = new Date();
    const playerId = requireVoiceToken(req, body, { now, secret: env.voiceTokenSecret });
    const result = await runVoiceTool(await createVoiceDeps(), { tool, playerId, body, now });
    return NextResponse.json(result, { headers: { "cache-control": "no-store" } });
  },
);
