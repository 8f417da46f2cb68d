// Authentication for ElevenLabs' unsigned calls (server tools, conversation initiation): the
// shared secret header (ELEVENLABS_TOOL_SECRET), compared in constant time and failing closed
// when no secret is configured; and, for tools, the per-call token from the header or body.
import { AppError } from "@/lib/errors";
import { VOICE_CONFIG } from "./config";
import { safeEqual } from "./constant-time";
import { verifyVoiceToken } from "./token";

export function requireVoiceSecret(req: Request, expected: string | undefined): void {
  if (!safeEqual(req.headers.get(VOICE_CONFIG.secretHeader), expected)) {
    throw new AppError("unauthorized:voice_secret", "Missing or wrong voice secret header.");
  }
}

const TOKEN_MESSAGES = {
  missing: "The per-call voice_token is missing.",
  malformed: "The voice_token is not valid.",
  forged: "The voice_token is not valid.",
  expired: "The voice_token has expired.",
} as const;

/** The player the call's token was issued for; 401 when missing, forged or expired. */
export function requireVoiceToken(
  req: Request,
  body: unknown,
  params: { now: Date; secret: string | undefined },
): string {
  const fromBody =
    body && typeof body === "object" && typeof (body as Record<string, unknown>).voice_token === "string"
      ? ((body as Record<string, unknown>).voice_token as string)
      : null;
  const token = req.headers.get(VOICE_CONFIG.tokenHeader) ?? fromBody;
  const check = verifyVoiceToken(token, params);
  if (!check.ok) throw new AppError(`unauthorized:voice_token_${check.reason}`, TOKEN_MESSAGES[check.reason]);
  return check.playerId;
}
