// ElevenLabs post-call webhook. The `ElevenLabs-Signature` HMAC is verified on the raw body
// before anything is parsed (30-minute tolerance); then the call is stored and scored once.
// Other event types and unknown players are acknowledged with 200 and change nothing.
import { NextResponse } from "next/server";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { withErrors } from "@/lib/http/respond";
import { handlePostCall } from "@/lib/services/voice/post-call";
import { VOICE_CONFIG } from "@/lib/voice/config";
import { createVoiceDeps } from "@/lib/voice/deps";
import { verifyWebhookSignature } from "@/lib/voice/webhook-signature";

export const dynamic = "force-dynamic";
// After the response only the latency sample is written (withErrors, default 15 s budget).
export const maxDuration = 15;

const SIGNATURE_MESSAGES = {
  missing: "The ElevenLabs-Signature header is missing.",
  malformed: "The ElevenLabs-Signature header is malformed.",
  invalid: "The ElevenLabs-Signature does not match the body.",
  stale: "The ElevenLabs-Signature timestamp is too old.",
} as const;

export const POST = withErrors("voice.post-call", async (req: Request) => {
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > VOICE_CONFIG.maxWebhookBytes)
    throw new AppError("payload_too_large:webhook", "The body is too large.");
  const raw = await req.text();
  if (raw.length > VOICE_CONFIG.maxWebhookBytes)
    throw new AppError("payload_too_large:webhook", "The body is too large.");
  const now = new Date();
  const check = verifyWebhookSignature({
    header: req.headers.get(VOICE_CONFIG.signatureHeader),
    rawBody: raw,
    secret: env.ELEVENLABS_WEBHOOK_SECRET,
    now,
  });
  if (!check.ok) throw new AppError(`unauthorized:webhook_${check.reason}`, SIGNATURE_MESSAGES[check.reason]);
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new AppError("bad_request:json", "The body must be valid JSON.");
  }
  const outcome = await handlePostCall(await createVoiceDeps(), body, now);
  return NextResponse.json({ received: true, ...outcome });
});
