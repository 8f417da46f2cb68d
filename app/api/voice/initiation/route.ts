// ElevenLabs conversation-initiation webhook: secret header (constant time), then the player's
// dynamic variables, the signed per-call token and her prompt override for the chapter; a call
// she will not take is refused with 409 and her reason in character.
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
