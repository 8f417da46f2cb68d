// GET for a signed-in player: may I call her now? Yes → an ElevenLabs signed URL plus the
// session options (dynamic variables, per-call token, her prompt for the chapter) for the
// browser client. No (busy, too soon, game over…) → 200 with `available: false` and her line.
import { randomInt } from "node:crypto";
import { NextResponse } from "next/server";
import { getSessionClaimsFromRequest } from "@/lib/auth/session";
import { createRng } from "@/lib/engine";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { withErrors } from "@/lib/http/respond";
import { playerIdForAuthUser, startWebCall } from "@/lib/services/voice/start-call";
import { createVoiceDeps } from "@/lib/voice/deps";
import { callRefusalLine } from "@/lib/voice/lines";

export const dynamic = "force-dynamic";
// After the response only the latency sample is written (withErrors, default 15 s budget).
export const maxDuration = 15;

export const GET = withErrors("voice.signed-url", async (req: Request) => {
  if (!env.voiceEnabled || !env.ELEVENLABS_API_KEY || !env.ELEVENLABS_AGENT_ID || !env.voiceTokenSecret) {
    throw new AppError("not_found:voice", "Voice calls are not configured.");
  }
  const claims = await getSessionClaimsFromRequest(req);
  if (!claims) throw new AppError("unauthorized:session", "Sign in to call her.");
  const deps = await createVoiceDeps();
  const rng = createRng(randomInt(2 ** 31));
  const playerId = await playerIdForAuthUser(deps, claims.sub);
  const result = playerId
    ? await startWebCall(deps, {
        playerId,
        now: new Date(),
        rng,
        config: {
          apiKey: env.ELEVENLABS_API_KEY,
          agentId: env.ELEVENLABS_AGENT_ID,
          apiBase: env.ELEVENLABS_API_BASE,
          tokenSecret: env.voiceTokenSecret,
        },
      })
    : { available: false as const, reason: "not_started", line: callRefusalLine("not_started", rng) };
  return NextResponse.json(result, { headers: { "cache-control": "no-store" } });
});
