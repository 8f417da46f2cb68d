// Voice's line in /api/health: with ElevenLabs configured, every secret the call flow needs is
// present and a per-call token signs and verifies (what the server tools rely on); off, the
// call button is hidden. No request goes to ElevenLabs: a health poll must not cost a call.
import { randomUUID } from "node:crypto";
import { env } from "@/lib/env";
import { type ComponentHealth, registerHealthProbe } from "@/lib/observability/health";
import { issueVoiceToken, verifyVoiceToken } from "./token";

async function probe(): Promise<ComponentHealth> {
  if (!env.voiceEnabled) return { status: "healthy", mode: "off", detail: "call button hidden" };
  const secret = env.voiceTokenSecret;
  if (!secret || !env.ELEVENLABS_TOOL_SECRET || !env.ELEVENLABS_WEBHOOK_SECRET) {
    return { status: "degraded", mode: "elevenlabs", detail: "a voice secret is missing; calls are refused" };
  }
  const now = new Date();
  const playerId = randomUUID();
  const { token } = issueVoiceToken({ playerId, now, secret });
  const check = verifyVoiceToken(token, { now, secret });
  return check.ok && check.playerId === playerId
    ? { status: "healthy", mode: "elevenlabs", detail: "ElevenLabs agent; call tokens sign and verify" }
    : { status: "degraded", mode: "elevenlabs", detail: "call tokens do not verify" };
}

export function registerVoiceHealth(): void {
  registerHealthProbe("voice", probe);
}
