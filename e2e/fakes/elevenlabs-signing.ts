/**
 * ElevenLabs post-call webhook signing, as ElevenLabs does it when calling the app.
 *
 * Per /work/shared/fixtures/README.md "Headers and signatures → ElevenLabs post-call webhooks":
 * header `ElevenLabs-Signature: t=<unix seconds>,v0=<hex>`, hex = lowercase HMAC-SHA256 with the
 * webhook secret (UTF-8) as key over `${t}.${raw body}`. The conversation-initiation webhook and
 * server tools are NOT signed (they carry a configured secret header instead).
 * Payload builders (fixture-shaped) are re-exported from elevenlabs-payloads.ts.
 */
import { createHmac } from "node:crypto";

export * from "./elevenlabs-payloads";

export const ELEVENLABS_SIGNATURE_HEADER = "ElevenLabs-Signature";

/** Header value `t=…,v0=…` for the exact raw body bytes. */
export function signElevenLabsWebhook(
  rawBody: string | Buffer,
  secret: string,
  timestampSeconds: number = Math.floor(Date.now() / 1000),
): string {
  const hmac = createHmac("sha256", Buffer.from(secret, "utf8"));
  hmac.update(`${timestampSeconds}.`);
  hmac.update(rawBody);
  return `t=${timestampSeconds},v0=${hmac.digest("hex")}`;
}

export interface SendWebhookOptions {
  secret: string;
  /** Unix seconds put in `t=`. Default now (use an old value to test the 30-minute tolerance). */
  timestampSeconds?: number;
  /** Replace the computed header (e.g. to send a tampered signature). */
  signatureHeader?: string;
  headers?: Record<string, string>;
}

/**
 * POSTs a signed webhook the way ElevenLabs does. `payload` may be a raw string (sent verbatim)
 * or an object (serialised with JSON.stringify).
 */
export async function sendElevenLabsWebhook(
  url: string,
  payload: unknown,
  options: SendWebhookOptions,
): Promise<Response> {
  const raw = typeof payload === "string" ? payload : JSON.stringify(payload);
  const signature =
    options.signatureHeader ?? signElevenLabsWebhook(raw, options.secret, options.timestampSeconds);
  return fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      [ELEVENLABS_SIGNATURE_HEADER]: signature,
      ...options.headers,
    },
    body: raw,
  });
}
