/**
 * Fake Anthropic Messages API (api.anthropic.com) for tests that drive the real @anthropic-ai/sdk.
 *
 * Imitates POST /v1/messages (JSON, and `stream: true` as text/event-stream) and
 * POST /v1/messages/count_tokens. Shapes follow /work/shared/fixtures/README.md, section
 * "anthropic/" (SDK 1.12.0, `anthropic-version: 2026-10-21`): response-text.json,
 * response-tool-use.json, stream-text.sse, error-429/500/529 JSON, and the "Headers and
 * signatures → Anthropic" notes (request-id on every response, retry-after on 429).
 *
 * Auth: accepts `x-api-key` (the documented header) or `Authorization: Bearer <key>` — the latter
 * is what @anthropic-ai/sdk 1.12.0 sends for `apiKey` (client.js `apiKeyAuth`), unlike the README.
 *
 *   const fake = await startFakeAnthropic();
 *   const client = new Anthropic({ baseURL: fake.url, apiKey: "sk-ant-fake", maxRetries: 0 });
 *   fake.enqueue({ type: "error", status: 429, retryAfter: 1 }, "second attempt text");
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { fakeModel } from "./anthropic-models";
import { countInputTokens, estimateTokens, PromptCache, type Usage } from "./anthropic-usage";
import { contractBreach, validate } from "./anthropic-validate";
import {
  type ContentBlock,
  errorBody,
  messageBody,
  newMessageId,
  newRequestId,
  newToolUseId,
  rateLimitHeaders,
  type SseEvent,
  type StopReason,
  sseFrame,
  streamEvents,
} from "./anthropic-wire";
import {
  clientGone,
  type FakeServer,
  headerMap,
  type ListenOptions,
  listen,
  type RecordedCall,
  sendJson,
  sleep,
  splitUrl,
} from "./http";
import { sampleFromSchema } from "./json-schema-sample";

/** The request body fields the fake reads (the rest is recorded untouched). */
export interface MessagesRequest {
  model: string;
  max_tokens: number;
  messages: { role: string; content: string | unknown[] }[];
  system?: string | unknown[];
  tools?: { name: string; input_schema?: unknown; strict?: boolean; [k: string]: unknown }[];
  tool_choice?: { type: string; name?: string };
  output_config?: { format?: { type: string; schema?: unknown } };
  stream?: boolean;
  [key: string]: unknown;
}

/** What a responder or enqueue() may return for one /v1/messages request. A string = text reply. */
export type FakeReply =
  | string
  | { type: "text"; text: string | string[]; stopReason?: StopReason; outputTokens?: number }
  | { type: "json"; value: unknown }
  /** A safety refusal: stop_reason "refusal", 200, the text (if any) need not match any schema. */
  | { type: "refusal"; text?: string }
  | { type: "tool_use"; name: string; input: unknown; id?: string; text?: string }
  | {
      type: "error";
      status: number;
      /** Seconds, sent as `retry-after` (fractions allowed so tests stay fast). */
      retryAfter?: number;
      retryAfterMs?: number;
      errorType?: string;
      message?: string;
      /** Sent as error.details.error_code, e.g. "enforced_spend_limit_reached". */
      errorCode?: string;
      /** Sent as `x-should-retry`. */
      shouldRetry?: boolean;
    }
  /** Hold the response for `ms` (provokes client timeouts), then answer `then` (default responder if absent). */
  | { type: "delay"; ms: number; then?: FakeReply }
  /** Streams: start normally, then `event: error` after `afterDeltas` deltas. Non-stream: a 529. */
  | { type: "stream_error"; text?: string; afterDeltas?: number; errorType?: string; message?: string };

export interface ResponderContext {
  call: AnthropicCall;
  /** 0 for the first attempt, then the SDK's X-Stainless-Retry-Count. */
  retryCount: number;
}

export type Responder = (request: MessagesRequest, ctx: ResponderContext) => FakeReply | Promise<FakeReply>;

export interface AnthropicCall extends RecordedCall {
  endpoint: "messages" | "count_tokens" | "other";
  requestId: string;
  /** Key from `x-api-key`, or from `Authorization: Bearer …` (what SDK 1.12.0 actually sends). */
  apiKey?: string;
  stream: boolean;
  /** The reply that was finally served (after delays resolved). */
  reply?: Exclude<FakeReply, string | { type: "delay" }>;
  usage?: Usage & { output_tokens: number };
  /** Set when a scripted answer broke a strict schema (the fake answered 500 instead). */
  contractViolation?: string;
}

export interface FakeAnthropicOptions extends ListenOptions {
  /** When set, x-api-key (or Bearer token) must equal it; otherwise any non-empty key is accepted. */
  apiKey?: string;
  /** Text of the default reply. */
  defaultText?: string;
  /**
   * Prompt-cache minimum prefix length in tokens. Default: each model's documented minimum
   * (anthropic-models.ts: 512 to 4,096). A number overrides it for every model.
   */
  minCacheableTokens?: number;
  /** Pause between SSE events, ms. Default 0. */
  streamEventDelayMs?: number;
  /** Clock (ms) for cache TTLs and rate-limit reset headers. */
  now?: () => number;
}

export interface FakeAnthropic extends FakeServer<AnthropicCall> {
  /** Replace the default responder (null restores it). Queued replies still go first. */
  respondWith(fn: Responder | null): void;
  /** Queue one-shot replies, consumed in order by the next /v1/messages requests (retries included). */
  enqueue(...replies: FakeReply[]): void;
  /** Number of queued replies not yet consumed. */
  pending(): number;
  /** The default responder (useful to wrap). */
  defaultResponder: Responder;
  /** Forget every cached prompt prefix. */
  clearCache(): void;
  /** Last /v1/messages call, if any. */
  lastMessagesCall(): AnthropicCall | undefined;
}

export async function startFakeAnthropic(options: FakeAnthropicOptions = {}): Promise<FakeAnthropic> {
  const now = options.now ?? Date.now;
  const calls: AnthropicCall[] = [];
  const queue: FakeReply[] = [];
  const cache = new PromptCache({
    minCacheableTokens: options.minCacheableTokens ?? ((model) => fakeModel(model)?.minCacheableTokens ?? 0),
    now,
  });
  const defaultResponder: Responder = (req) => defaultReply(req, options.defaultText);
  let responder: Responder = defaultResponder;

  const server = await listen(async (req, res, raw) => {
    const { path, query } = splitUrl(req);
    const headers = headerMap(req);
    const rawBody = raw.toString("utf8");
    const requestId = newRequestId();
    const endpoint =
      path === "/v1/messages" ? "messages" : path === "/v1/messages/count_tokens" ? "count_tokens" : "other";
    let body: unknown;
    try {
      body = rawBody ? JSON.parse(rawBody) : undefined;
    } catch {
      body = rawBody;
    }
    const call: AnthropicCall = {
      httpMethod: req.method ?? "GET",
      path,
      query,
      headers,
      body,
      rawBody,
      time: Date.now(),
      endpoint,
      requestId,
      stream: (body as MessagesRequest | undefined)?.stream === true,
    };
    call.apiKey = headers["x-api-key"] ?? headers.authorization?.replace(/^Bearer\s+/i, "");
    calls.push(call);
    const fail = (status: number, overrides: Parameters<typeof errorBody>[2] = {}, extra = {}) => {
      call.status = status;
      sendJson(res, status, errorBody(status, requestId, overrides), { "request-id": requestId, ...extra });
    };

    if (endpoint === "other" || req.method !== "POST") return fail(404, { message: `Not found: ${path}` });
    const apiKey = call.apiKey;
    if (!apiKey) return fail(401, { message: "x-api-key header is required" });
    if (options.apiKey !== undefined && apiKey !== options.apiKey)
      return fail(401, { message: "invalid x-api-key" });
    if (!headers["anthropic-version"]) return fail(400, { message: "anthropic-version: header is required" });
    const problem = validate(body, endpoint);
    if (problem) return fail(400, { message: problem });
    const request = body as MessagesRequest;
    if (!fakeModel(request.model)) return fail(404, { message: `model: ${request.model}` });

    if (endpoint === "count_tokens") {
      call.status = 200;
      return sendJson(res, 200, { input_tokens: countInputTokens(request) }, { "request-id": requestId });
    }

    const retryCount = Number(headers["x-stainless-retry-count"] ?? 0) || 0;
    let reply: FakeReply = queue.length > 0 ? queue.shift()! : await responder(request, { call, retryCount });
    const gone = clientGone(res);
    while (typeof reply === "object" && reply.type === "delay") {
      if (!(await sleep(reply.ms, gone, server.closing))) return; // client timed out / server closing
      reply = reply.then ?? (await responder(request, { call, retryCount }));
    }
    const served = normalize(reply);
    call.reply = served;
    const breach = contractBreach(request, served);
    if (breach) {
      // The real API cannot answer a strict request outside its schema: the test scripted an
      // impossible answer. Fail loudly (500, no retry) instead of serving it.
      call.contractViolation = breach;
      return fail(
        500,
        { message: `FAKE: scripted answer impossible under strict mode: ${breach}` },
        {
          "x-should-retry": "false",
        },
      );
    }

    if (served.type === "error") {
      const extra: Record<string, string> = {};
      if (served.status === 429)
        Object.assign(extra, rateLimitHeaders(Math.ceil(served.retryAfter ?? 1), now()));
      if (served.retryAfter !== undefined) extra["retry-after"] = String(served.retryAfter);
      if (served.retryAfterMs !== undefined) extra["retry-after-ms"] = String(served.retryAfterMs);
      if (served.shouldRetry !== undefined) extra["x-should-retry"] = String(served.shouldRetry);
      return fail(
        served.status,
        { type: served.errorType, message: served.message, errorCode: served.errorCode },
        extra,
      );
    }
    if (served.type === "stream_error" && !call.stream) {
      return fail(529, { type: served.errorType, message: served.message });
    }

    const { content, stopReason, textChunks } = toContent(served);
    const usage = cache.account(request);
    const outputTokens =
      served.type === "text" && served.outputTokens !== undefined
        ? served.outputTokens
        : countOutput(content);
    call.usage = { ...usage, output_tokens: outputTokens };
    const shape = { model: request.model, id: newMessageId(), content, stopReason, usage, outputTokens };
    if (!call.stream) {
      call.status = 200;
      return sendJson(res, 200, messageBody(shape), { "request-id": requestId });
    }
    let events = streamEvents({ ...shape, textChunks });
    if (served.type === "stream_error") events = truncateWithError(events, served);
    call.status = 200;
    await writeSse(req, res, requestId, events, options.streamEventDelayMs ?? 0, server.closing);
  }, options);

  const fake: FakeAnthropic = {
    url: server.url,
    port: server.port,
    calls,
    defaultResponder,
    reset() {
      calls.length = 0;
      queue.length = 0;
      responder = defaultResponder;
      cache.clear();
    },
    close: server.close,
    respondWith(fn) {
      responder = fn ?? defaultResponder;
    },
    enqueue(...replies) {
      queue.push(...replies);
    },
    pending: () => queue.length,
    clearCache: () => cache.clear(),
    lastMessagesCall: () => calls.filter((c) => c.endpoint === "messages").at(-1),
  };
  server.expose(fake);
  return fake;
}

/** Default reply: forced tool → tool_use with schema-valid input; json_schema output → valid JSON; else text. */
function defaultReply(req: MessagesRequest, text = "ok. (reply from the fake Anthropic API)"): FakeReply {
  if (req.tool_choice?.type === "tool" && req.tool_choice.name) {
    const tool = req.tools?.find((t) => t.name === req.tool_choice?.name);
    return {
      type: "tool_use",
      name: req.tool_choice.name,
      input: sampleFromSchema(tool?.input_schema ?? {}),
    };
  }
  const format = req.output_config?.format;
  if (format?.type === "json_schema") return { type: "json", value: sampleFromSchema(format.schema ?? {}) };
  return { type: "text", text };
}

function normalize(reply: FakeReply): Exclude<FakeReply, string | { type: "delay" }> {
  if (typeof reply === "string") return { type: "text", text: reply };
  if (reply.type === "delay") return normalize(reply.then ?? "");
  return reply;
}

function toContent(reply: Exclude<FakeReply, string | { type: "delay" | "error" }>): {
  content: ContentBlock[];
  stopReason: StopReason;
  textChunks?: Record<number, string[]>;
} {
  switch (reply.type) {
    case "text": {
      const chunks = Array.isArray(reply.text) ? reply.text : undefined;
      const text = Array.isArray(reply.text) ? reply.text.join("") : reply.text;
      return {
        content: [{ type: "text", text }],
        stopReason: reply.stopReason ?? "end_turn",
        textChunks: chunks ? { 0: chunks } : undefined,
      };
    }
    case "json":
      return { content: [{ type: "text", text: JSON.stringify(reply.value) }], stopReason: "end_turn" };
    case "refusal":
      return { content: reply.text ? [{ type: "text", text: reply.text }] : [], stopReason: "refusal" };
    case "tool_use": {
      const block: ContentBlock = {
        type: "tool_use",
        id: reply.id ?? newToolUseId(),
        name: reply.name,
        input: reply.input,
        caller: { type: "direct" },
      };
      const content: ContentBlock[] = reply.text ? [{ type: "text", text: reply.text }, block] : [block];
      return { content, stopReason: "tool_use" };
    }
    case "stream_error":
      return {
        content: [{ type: "text", text: reply.text ?? "this reply will be cut off mid-stream" }],
        stopReason: "end_turn",
      };
  }
}

function countOutput(content: ContentBlock[]): number {
  const chars = content.map((b) => (b.type === "text" ? b.text : JSON.stringify(b.input))).join("");
  return Math.max(1, estimateTokens(chars));
}

function truncateWithError(
  events: SseEvent[],
  reply: { afterDeltas?: number; errorType?: string; message?: string },
) {
  const keep: SseEvent[] = [];
  let deltas = 0;
  for (const e of events) {
    if (e.event === "content_block_delta" && deltas++ >= (reply.afterDeltas ?? 2)) break;
    keep.push(e);
  }
  const type = reply.errorType ?? "overloaded_error";
  keep.push({
    event: "error",
    data: { type: "error", error: { type, message: reply.message ?? "Overloaded" } },
  });
  return keep;
}

async function writeSse(
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
  events: SseEvent[],
  delayMs: number,
  closing: AbortSignal,
) {
  res.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache",
    "request-id": requestId,
  });
  const gone = clientGone(res);
  for (const e of events) {
    if (res.destroyed || req.destroyed) return;
    res.write(sseFrame(e));
    if (delayMs > 0 && !(await sleep(delayMs, gone, closing))) return res.destroy();
  }
  res.end();
}
