// ElevenLabs post-call webhook signatures: header `t=<unix s>,v0=<hex>`, hex = HMAC-SHA256 with
// the webhook secret over `${t}.${raw body}`. Checked on the raw bytes before any parsing;
// timestamps older than the tolerance (30 min, past only, like the SDK) are rejected.
import { createHmac } from "node:crypto";
import { VOICE_CONFIG } from "./config";
import { safeEqual } from "./constant-time";

export type SignatureCheck =
  | { ok: true }
  | { ok: false; reason: "missing" | "malformed" | "stale" | "invalid" };

export function parseSignatureHeader(header: string): { t: number; v0: string[] } | null {
  let t: number | null = null;
  const v0: string[] = [];
  for (const part of header.split(",")) {
    const [key, ...rest] = part.trim().split("=");
    const value = rest.join("=");
    if (key === "t" && /^\d{1,12}$/.test(value)) t = Number(value);
    if (key === "v0" && /^[0-9a-f]{64}$/i.test(value)) v0.push(value.toLowerCase());
  }
  return t === null || v0.length === 0 ? null : { t, v0 };
}

export function verifyWebhookSignature(params: {
  header: string | null | undefined;
  rawBody: string;
  secret: string | undefined;
  now: Date;
}): SignatureCheck {
  if (!params.header) return { ok: false, reason: "missing" };
  if (!params.secret) return { ok: false, reason: "invalid" };
  const parsed = parseSignatureHeader(params.header);
  if (!parsed) return { ok: false, reason: "malformed" };
  const expected = createHmac("sha256", Buffer.from(params.secret, "utf8"))
    .update(`${parsed.t}.${params.rawBody}`)
    .digest("hex");
  const matches = parsed.v0.map((candidate) => safeEqual(candidate, expected)).some(Boolean);
  if (!matches) return { ok: false, reason: "invalid" };
  if (params.now.getTime() - parsed.t * 1000 > VOICE_CONFIG.signatureToleranceMs) {
    return { ok: false, reason: "stale" };
  }
  return { ok: true };
}
