// Thin client for the one ElevenLabs API call the app makes: a signed WebSocket URL for a
// private agent (GET /v1/convai/conversation/get-signed-url, header xi-api-key). The base is
// ELEVENLABS_API_BASE (the local fake in tests). Failures throw ElevenLabsApiError; the
// caller turns them into her "line trouble" answer.
import { z } from "zod";
import { VOICE_CONFIG } from "./config";

const responseSchema = z.object({
  signed_url: z.string().regex(/^wss?:\/\//, "signed_url must be a WebSocket URL"),
});
const TIMEOUT_MS = 5_000;

export class ElevenLabsApiError extends Error {
  override name = "ElevenLabsApiError";
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}

export async function fetchSignedUrl(params: {
  apiKey: string;
  agentId: string;
  apiBase?: string;
  fetchImpl?: typeof fetch;
}): Promise<string> {
  const base = (params.apiBase ?? VOICE_CONFIG.defaultApiBase).replace(/\/$/, "");
  const url = `${base}/v1/convai/conversation/get-signed-url?agent_id=${encodeURIComponent(params.agentId)}`;
  let res: Response;
  try {
    res = await (params.fetchImpl ?? fetch)(url, {
      headers: { "xi-api-key": params.apiKey },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new ElevenLabsApiError(`signed URL request failed: ${(error as Error).message}`, null);
  }
  if (!res.ok) throw new ElevenLabsApiError(`signed URL request answered ${res.status}`, res.status);
  const parsed = responseSchema.safeParse(await res.json().catch(() => null));
  if (!parsed.success) throw new ElevenLabsApiError("signed URL response had no signed_url", res.status);
  return parsed.data.signed_url;
}
