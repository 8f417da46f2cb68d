// ElevenLabs conversation-initiation webhook: secret header (constant time), then the player's
// dynamic variables (all strings), the signed per-call token and her prompt override for the
// chapter. A call she will not take (ended game, unknown caller, declined) is still a 200: her
// refusal is the first message and the agent hangs up, so the caller hears her, not a failure.
import { randomInt } from "node:crypto";
import { NextResponse } from "next/server";
import { createRng } from "@/lib/engine";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { readJson, withErrors } from "@/lib/http/respond";
import { answerInitiation } from "@/lib/services/voice/start-call";
import { createVoiceDeps } from "@/lib/voice/deps";
import { requireVoiceSecret } from "@/lib/voice/request-auth";

export const dynamic = "force-dynamic";
// After the response only the latency sample is written (withErrors, default 15 s budget).
export const maxDuration = 15;

export const POST = withErrors("voice.initiation", async (req: Request) => {
  requireVoiceSecret(req, env.ELEVENLABS_TOOL_SECRET);
  if (!env.voiceTokenSecret) throw new AppError("unavailable:voice", "Voice calls are not configured.");
  const body = await readJson(req);
  const answer = await answerInitiation(await createVoiceDeps(), {
    body,
    now: new Date(),
    rng: createRng(randomInt(2 ** 31)),
    tokenSecret: env.voiceTokenSecret,
  });
  return NextResponse.json(answer, { headers: { "cache-control": "no-store" } });
});
