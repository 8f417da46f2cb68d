// The per-call voice token: issued when a call starts, carried by every server-tool request,
// so a tool call can only touch the player the call belongs to. Format
// `v1.<base64url payload>.<base64url HMAC-SHA256>` with payload {p: player id, exp: ms};
// verified in constant time; expired or forged tokens are rejected.
import { createHmac } from "node:crypto";
import { z } from "zod";
import { VOICE_CONFIG } from "./config";
import { safeEqual } from "./constant-time";

const VERSION = "v1";
const payloadSchema = z.object({ p: z.guid(), exp: z.number().int().positive() });

export type TokenCheck =
  | { ok: true; playerId: string; expiresAt: Date }
  | { ok: false; reason: "missing" | "malformed" | "forged" | "expired" };

function mac(body: string, secret: string): string {
  return createHmac("sha256", secret).update(`${VERSION}.${body}`).digest("base64url");
}

export function issueVoiceToken(params: { playerId: string; now: Date; secret: string }): {
  token: string;
  expiresAt: Date;
} {
  const expiresAt = new Date(params.now.getTime() + VOICE_CONFIG.tokenTtlMs);
  const body = Buffer.from(JSON.stringify({ p: params.playerId, exp: expiresAt.getTime() })).toString(
    "base64url",
  );
  return { token: `${VERSION}.${body}.${mac(body, params.secret)}`, expiresAt };
}

export function verifyVoiceToken(
  token: string | null | undefined,
  params: { now: Date; secret: string | undefined },
): TokenCheck {
  if (!token) return { ok: false, reason: "missing" };
  if (!params.secret) return { ok: false, reason: "forged" };
  const parts = token.split(".");
  if (parts.length !== 3 || parts[0] !== VERSION || !parts[1] || !parts[2]) {
    return { ok: false, reason: "malformed" };
  }
  const [, body, signature] = parts as [string, string, string];
  if (!safeEqual(signature, mac(body, params.secret))) return { ok: false, reason: "forged" };
  let payload: z.infer<typeof payloadSchema>;
  try {
    payload = payloadSchema.parse(JSON.parse(Buffer.from(body, "base64url").toString("utf8")));
  } catch {
    return { ok: false, reason: "malformed" };
  }
  if (payload.exp <= params.now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, playerId: payload.p, expiresAt: new Date(payload.exp) };
}
