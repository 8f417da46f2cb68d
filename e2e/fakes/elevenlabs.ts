/**
 * Fake ElevenLabs API (api.elevenlabs.io), the server-side calls the app makes for voice calls.
 *
 * Imitates GET /v1/convai/conversation/get-signed-url?agent_id=… (header `xi-api-key`), answering
 * `{signed_url:"wss://…/v1/convai/conversation?agent_id=…&conversation_signature=…"}` as in
 * fixtures/elevenlabs/signed-url-response.json (README "elevenlabs/"; treat the query as opaque),
 * with a fresh signature per call. Also GET /v1/convai/conversation/token?agent_id=… → `{token}`
 * (WebRTC; documented endpoint, not in the fixtures). Auth errors use the FastAPI `detail` envelope
 * the real API returns (`needs_authorization` when no key is sent, `invalid_api_key` otherwise).
 * Webhook signing and payload builders: elevenlabs-signing.ts.
 */
import {
  type FakeServer,
  headerMap,
  type ListenOptions,
  listen,
  type RecordedCall,
  randomId,
  sendJson,
  splitUrl,
} from "./http";

export interface ElevenLabsCall extends RecordedCall {
  apiKey?: string;
  agentId?: string;
}

export interface IssuedSignedUrl {
  agentId: string;
  signedUrl: string;
  signature: string;
  issuedAt: number;
}

export interface FakeElevenLabsOptions extends ListenOptions {
  /** When set, xi-api-key must equal it; otherwise any non-empty key is accepted. */
  apiKey?: string;
  /** When set, other agent ids get 404. */
  agents?: string[];
  /** Base of the returned URL. Default "wss://api.elevenlabs.io/v1/convai/conversation". */
  signedUrlBase?: string;
}

export interface FakeElevenLabs extends FakeServer<ElevenLabsCall> {
  /** Every signed URL handed out, oldest first. */
  issued: IssuedSignedUrl[];
  /** The next `count` API calls answer this status/body (default body: a `detail` error). */
  failNext(status: number, options?: { body?: unknown; count?: number }): void;
}

const detail = (status: string, message: string) => ({ detail: { status, message } });

export async function startFakeElevenLabs(options: FakeElevenLabsOptions = {}): Promise<FakeElevenLabs> {
  const calls: ElevenLabsCall[] = [];
  const issued: IssuedSignedUrl[] = [];
  const failures: { status: number; body?: unknown }[] = [];
  const base = options.signedUrlBase ?? "wss://api.elevenlabs.io/v1/convai/conversation";

  const server = await listen((req, res, raw) => {
    const { path, query } = splitUrl(req);
    const headers = headerMap(req);
    const call: ElevenLabsCall = {
      httpMethod: req.method ?? "GET",
      path,
      query,
      headers,
      body: undefined,
      rawBody: raw.toString("utf8"),
      time: Date.now(),
      apiKey: headers["xi-api-key"],
      agentId: query.agent_id,
    };
    calls.push(call);
    const reply = (status: number, body: unknown) => {
      call.status = status;
      sendJson(res, status, body);
    };
    const route =
      req.method === "GET" && path === "/v1/convai/conversation/get-signed-url"
        ? "signed-url"
        : req.method === "GET" && path === "/v1/convai/conversation/token"
          ? "token"
          : undefined;
    if (!route) return reply(404, { detail: "Not Found" });
    if (!call.apiKey) {
      return reply(
        401,
        detail(
          "needs_authorization",
          "Neither authorization header nor xi-api-key received, please provide one.",
        ),
      );
    }
    if (options.apiKey !== undefined && call.apiKey !== options.apiKey) {
      return reply(401, detail("invalid_api_key", "Invalid API key"));
    }
    const failure = failures.shift();
    if (failure)
      return reply(
        failure.status,
        failure.body ?? detail("system_busy", `Injected failure (${failure.status})`),
      );
    const agentId = query.agent_id;
    if (!agentId) {
      return reply(422, {
        detail: [{ type: "missing", loc: ["query", "agent_id"], msg: "Field required", input: null }],
      });
    }
    if (options.agents && !options.agents.includes(agentId)) {
      return reply(404, detail("agent_not_found", `Agent with id ${agentId} not found`));
    }
    if (route === "token") return reply(200, { token: `FAKE-conversation-token-${randomId(32)}` });
    const signature = `FAKE-${randomId(40)}`;
    const signedUrl = `${base}?agent_id=${encodeURIComponent(agentId)}&conversation_signature=${signature}`;
    issued.push({ agentId, signedUrl, signature, issuedAt: Date.now() });
    reply(200, { signed_url: signedUrl });
  }, options);

  const fake: FakeElevenLabs = {
    url: server.url,
    port: server.port,
    calls,
    issued,
    reset() {
      calls.length = 0;
      issued.length = 0;
      failures.length = 0;
    },
    close: server.close,
    failNext(status, opts = {}) {
      for (let i = 0; i < (opts.count ?? 1); i++) failures.push({ status, body: opts.body });
    },
  };
  server.expose(fake);
  return fake;
}
