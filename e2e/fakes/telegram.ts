/**
 * Fake Telegram Bot API server (api.telegram.org) for tests that drive the real grammY client.
 *
 * Imitates `POST|GET /bot<token>/<method>` with JSON, form-urlencoded or multipart bodies (as
 * grammY 1.46 sends them: JSON normally, multipart when an InputFile is attached), answering
 * `{ok:true,result}` or `{ok:false,error_code,description[,parameters]}` with HTTP status =
 * error_code. Shapes: /work/shared/fixtures/README.md "telegram/" and "Headers and signatures →
 * Telegram" (webhook POSTs carry X-Telegram-Bot-Api-Secret-Token).
 *
 *   const tg = await startFakeTelegram({ token: "123:abc" });
 *   const bot = new Bot("123:abc", { client: { apiRoot: tg.url }, botInfo: tg.botInfo });
 *   tg.failNext("sendMessage", { kind: "429", retryAfter: 3 });
 */
import type { ServerResponse } from "node:http";
import {
  clientGone,
  type FakeServer,
  headerMap,
  type ListenOptions,
  listen,
  parseBody,
  type RecordedCall,
  sendJson,
  sleep,
  splitUrl,
  type UploadedFile,
} from "./http";
import {
  blockedError,
  type FailOptions,
  FailureQueue,
  FloodControl,
  floodError,
  isRateLimited,
  TelegramApiError,
  type TelegramFailure,
  type TelegramLimits,
  tgError,
} from "./telegram-faults";
import {
  type Chat,
  DEFAULT_BOT,
  Described,
  type Json,
  learnChats,
  METHODS,
  type MethodHandler,
  type TelegramState,
  updateType,
} from "./telegram-methods";

export type { TelegramFailure, TelegramLimits } from "./telegram-faults";
export type { Chat } from "./telegram-methods";

export interface TelegramCall extends RecordedCall {
  /** Bot API method as written in the URL, e.g. "sendMessage". */
  method: string;
  /** Parameters from query string and body (form/multipart values coerced to numbers/booleans/JSON). */
  params: Json;
  token: string;
  files: Record<string, UploadedFile>;
  /** True when the call came back in a webhook response body (grammY webhook reply). */
  viaWebhookReply?: boolean;
  /** Injected failure kind, if failNext() hit this call. */
  injected?: TelegramFailure["kind"];
  /** JSON answered (undefined for network failures / abandoned requests). */
  response?: Json;
}

export interface FakeTelegramOptions extends ListenOptions {
  /** Accepted bot token. Default "123456789:TEST-fake-bot-token". */
  token?: string;
  /** Overrides merged into getMe's result (default: fixtures/telegram/response-getMe.json). */
  botInfo?: Partial<typeof DEFAULT_BOT>;
  /** First message_id handed out by send methods. Default 1. */
  firstMessageId?: number;
  /** Clock in ms (message dates, flood windows). Default Date.now. */
  now?: () => number;
}

export interface WebhookDelivery {
  status: number;
  body: string;
}

export interface FakeTelegram extends FakeServer<TelegramCall> {
  /** Same as url: pass as grammY `client.apiRoot`. */
  apiRoot: string;
  token: string;
  /** getMe result; pass as grammY `botInfo` to skip the init call. */
  botInfo: typeof DEFAULT_BOT;
  /** Arm a failure for the next `count` calls of `method` ("*" = any), optionally only for one chat. */
  failNext(method: string, failure: TelegramFailure, options?: FailOptions): void;
  /** Enforce flood limits (429 with retry_after when exceeded); null turns them off (default). */
  enforceLimits(limits: TelegramLimits | null): void;
  /** Every call to a chat id answers 403 "bot was blocked by the user" until unblocked. */
  blockChat(chatId: number | string): void;
  unblockChat(chatId: number | string): void;
  /** Register chat details echoed in Message.chat (chats in pushed updates are learned automatically). */
  setChat(chat: Chat): void;
  /** Queue updates for getUpdates (wakes a waiting long poll). */
  pushUpdate(...updates: Json[]): void;
  /** POST one update to the webhook set via setWebhook, like Telegram does; executes a webhook reply. */
  deliverWebhook(update: Json): Promise<WebhookDelivery>;
  /** deliverWebhook when a webhook is set, else pushUpdate. */
  deliver(update: Json): Promise<WebhookDelivery | undefined>;
  /** Updates queued and not yet confirmed. */
  pendingUpdates(): Json[];
  /** Current webhook (url, secret token, allowed updates…) or null. */
  webhook(): TelegramState["webhook"];
  /** Messages the bot has sent (latest version after edits), optionally for one chat. */
  sentMessages(chatId?: number | string): Json[];
  /** Recorded calls of one method (case-insensitive). */
  callsTo(method: string): TelegramCall[];
  /** Add or override a Bot API method. */
  on(method: string, handler: MethodHandler): void;
}

const INT_KEYS = new Set([
  "chat_id",
  "message_id",
  "from_chat_id",
  "message_thread_id",
  "reply_to_message_id",
  "user_id",
  "offset",
  "limit",
  "timeout",
  "max_connections",
  "cache_time",
  "duration",
]);
const TEXT_KEYS = new Set([
  "text",
  "caption",
  "data",
  "query",
  "url",
  "secret_token",
  "description",
  "title",
]);

function coerce(key: string, value: string): unknown {
  if (TEXT_KEYS.has(key)) return value;
  if (/^\s*[[{]/.test(value)) {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  if (INT_KEYS.has(key) && /^-?\d+$/.test(value)) return Number(value);
  if (value === "true" || value === "false") return value === "true";
  return value;
}

const coerceAll = (fields: Record<string, string>) =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, coerce(k, v)]));

export async function startFakeTelegram(options: FakeTelegramOptions = {}): Promise<FakeTelegram> {
  const token = options.token ?? "123456789:TEST-fake-bot-token";
  const botInfo = { ...DEFAULT_BOT, ...options.botInfo };
  const nowMs = options.now ?? Date.now;
  const calls: TelegramCall[] = [];
  const faults = new FailureQueue();
  const flood = new FloodControl();
  const blocked = new Set<string>();
  const custom = new Map<string, MethodHandler>();
  const methods = new Map(Object.entries(METHODS).map(([k, v]) => [k.toLowerCase(), v]));
  const pollers = new Set<{ wake(): void; terminate(): void }>();
  const fresh = (): TelegramState => ({
    bot: botInfo,
    nowMs,
    nextMessageId: options.firstMessageId ?? 1,
    chats: new Map(),
    messages: new Map(),
    webhook: null,
    commands: new Map(),
    updates: [],
  });
  let state = fresh();

  async function getUpdates(params: Json, signals: AbortSignal[]): Promise<Json[]> {
    if (state.webhook) {
      throw tgError(
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    }
    for (const p of pollers) p.terminate();
    const offset = typeof params.offset === "number" ? params.offset : undefined;
    if (offset !== undefined && offset < 0) state.updates = state.updates.slice(offset);
    else if (offset !== undefined)
      state.updates = state.updates.filter((u) => (u.update_id as number) >= offset);
    const allowed =
      Array.isArray(params.allowed_updates) && params.allowed_updates.length > 0
        ? params.allowed_updates
        : null;
    if (allowed) state.updates = state.updates.filter((u) => allowed.includes(updateType(u)));
    const limit = Math.min(100, Math.max(1, typeof params.limit === "number" ? params.limit : 100));
    const timeoutMs = (typeof params.timeout === "number" ? params.timeout : 0) * 1000;
    if (state.updates.length === 0 && timeoutMs > 0) {
      let terminated = false;
      await new Promise<void>((resolve) => {
        const ac = new AbortController();
        const poller = {
          wake: () => ac.abort(),
          terminate: () => {
            terminated = true;
            ac.abort();
          },
        };
        pollers.add(poller);
        sleep(timeoutMs, ac.signal, ...signals).then(() => {
          pollers.delete(poller);
          resolve();
        });
      });
      if (terminated) {
        throw tgError(
          409,
          "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
        );
      }
      if (allowed) state.updates = state.updates.filter((u) => allowed.includes(updateType(u)));
    }
    return state.updates.slice(0, limit);
  }

  /** Runs one Bot API call; returns the JSON to answer, or a socket instruction. */
  async function execute(
    call: TelegramCall,
    signals: AbortSignal[],
  ): Promise<Json | "destroy" | "abandoned"> {
    const { method, params } = call;
    try {
      const failure = faults.take(method, params.chat_id);
      if (failure) call.injected = failure.kind;
      switch (failure?.kind) {
        case "429":
          throw floodError(failure.retryAfter ?? 1);
        case "403":
          throw tgError(403, failure.description ?? "Forbidden: bot was blocked by the user");
        case "500":
          throw tgError(500, "Internal Server Error");
        case "error":
          throw tgError(failure.code, failure.description, failure.parameters);
        case "network":
          return "destroy";
        case "timeout":
          if (!(await sleep(failure.ms, ...signals))) return "abandoned";
      }
      if (params.chat_id !== undefined && blocked.has(String(params.chat_id))) throw blockedError();
      if (isRateLimited(method)) flood.check(params.chat_id, nowMs());
      const lower = method.toLowerCase();
      let result: unknown;
      if (custom.has(lower)) result = await custom.get(lower)!(params, state);
      else if (lower === "getupdates") result = await getUpdates(params, signals);
      else if (methods.has(lower)) result = await methods.get(lower)!(params, state);
      else throw tgError(404, "Not Found");
      if (signals.some((s) => s.aborted)) return "abandoned";
      return result instanceof Described
        ? { ok: true, result: result.result, description: result.description }
        : { ok: true, result };
    } catch (err) {
      if (err instanceof TelegramApiError) return { ...err.body };
      throw err;
    }
  }

  function answer(res: ServerResponse, call: TelegramCall, outcome: Json | "destroy" | "abandoned") {
    if (outcome === "destroy") {
      res.socket?.destroy();
      return;
    }
    if (outcome === "abandoned") return;
    call.response = outcome;
    call.status = outcome.ok === true ? 200 : (outcome.error_code as number);
    sendJson(res, call.status, outcome);
  }

  const server = await listen(async (req, res, raw) => {
    const { path, query } = splitUrl(req);
    const headers = headerMap(req);
    const match = /^\/bot([^/]+)\/([A-Za-z0-9_]+)\/?$/.exec(path);
    let parsed: ReturnType<typeof parseBody>;
    try {
      parsed = parseBody(headers["content-type"], raw);
    } catch {
      return sendJson(res, 400, { ok: false, error_code: 400, description: "Bad Request: can't parse JSON" });
    }
    const bodyParams = parsed.kind === "json" ? (parsed.json as Json) : coerceAll(parsed.fields);
    const call: TelegramCall = {
      httpMethod: req.method ?? "GET",
      path,
      query,
      headers,
      body: parsed.kind === "json" ? parsed.json : parsed.fields,
      rawBody: raw.toString("utf8"),
      time: Date.now(),
      method: match ? match[2]! : "",
      params: { ...coerceAll(query), ...bodyParams },
      token: match ? decodeURIComponent(match[1]!) : "",
      files: parsed.files,
    };
    calls.push(call);
    if (!match) return answer(res, call, { ok: false, error_code: 404, description: "Not Found" });
    if (call.token !== token)
      return answer(res, call, { ok: false, error_code: 401, description: "Unauthorized" });
    answer(res, call, await execute(call, [clientGone(res), server.closing]));
  }, options);

  async function deliverWebhook(update: Json): Promise<WebhookDelivery> {
    const hook = state.webhook;
    if (!hook) throw new Error("fake Telegram: no webhook is set (call setWebhook first)");
    learnChats(state, update);
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (hook.secretToken) headers["x-telegram-bot-api-secret-token"] = hook.secretToken;
    let status = 0;
    let body = "";
    try {
      const res = await fetch(hook.url, { method: "POST", headers, body: JSON.stringify(update) });
      status = res.status;
      body = await res.text();
      if (!res.ok) {
        hook.lastErrorDate = Math.floor(nowMs() / 1000);
        hook.lastErrorMessage = `Wrong response from the webhook: ${res.status} ${res.statusText}`;
      }
    } catch (err) {
      hook.lastErrorDate = Math.floor(nowMs() / 1000);
      hook.lastErrorMessage = `Connection refused (${err instanceof Error ? err.message : String(err)})`;
      return { status, body };
    }
    await runWebhookReply(body);
    return { status, body };
  }

  /** A webhook answer like {"method":"sendMessage",...} is executed as an API call (grammY webhook reply). */
  async function runWebhookReply(body: string) {
    let reply: Json | undefined;
    try {
      reply = body ? (JSON.parse(body) as Json) : undefined;
    } catch {
      return;
    }
    if (!reply || typeof reply.method !== "string") return;
    const { method, ...params } = reply;
    const call: TelegramCall = {
      httpMethod: "POST",
      path: `/bot${token}/${method}`,
      query: {},
      headers: {},
      body: reply,
      rawBody: body,
      time: Date.now(),
      method: method as string,
      params,
      token,
      files: {},
      viaWebhookReply: true,
    };
    calls.push(call);
    const outcome = await execute(call, [server.closing]);
    if (typeof outcome === "object") {
      call.response = outcome;
      call.status = outcome.ok === true ? 200 : (outcome.error_code as number);
    }
  }

  function queueUpdate(update: Json) {
    learnChats(state, update);
    state.updates.push(update);
    for (const p of pollers) p.wake();
  }

  const fake: FakeTelegram = {
    url: server.url,
    apiRoot: server.url,
    port: server.port,
    token,
    botInfo,
    calls,
    reset() {
      calls.length = 0;
      faults.clear();
      flood.configure(null);
      blocked.clear();
      custom.clear();
      state = fresh();
    },
    close: server.close,
    failNext: (method, failure, opts) => faults.add(method, failure, opts),
    enforceLimits: (limits) => flood.configure(limits),
    blockChat: (chatId) => void blocked.add(String(chatId)),
    unblockChat: (chatId) => void blocked.delete(String(chatId)),
    setChat: (chat) => void state.chats.set(String(chat.id), chat),
    pushUpdate: (...updates) => {
      for (const u of updates) queueUpdate(u);
    },
    deliverWebhook,
    deliver: (update) => (state.webhook ? deliverWebhook(update) : Promise.resolve(void queueUpdate(update))),
    pendingUpdates: () => [...state.updates],
    webhook: () => state.webhook,
    sentMessages: (chatId) =>
      [...state.messages.values()].filter(
        (m) => chatId === undefined || String((m.chat as Chat).id) === String(chatId),
      ),
    callsTo: (method) => calls.filter((c) => c.method.toLowerCase() === method.toLowerCase()),
    on: (method, handler) => void custom.set(method.toLowerCase(), handler),
  };
  server.expose(fake);
  return fake;
}
