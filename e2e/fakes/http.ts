/**
 * Shared plumbing for the local fake servers (no real API is imitated here).
 *
 * Plain `node:http` on 127.0.0.1: start/stop with socket tracking (so keep-alive clients such as
 * grammY's node-fetch agent do not hold the process open), body parsing for the wire formats the
 * real SDKs send (JSON, form-urlencoded, multipart/form-data), and a cancellable sleep used to
 * simulate slow upstreams. Wire shapes live with each fake; see /work/shared/fixtures/README.md.
 */
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One HTTP request as the fake saw it. Each fake extends this with its own fields. */
export interface RecordedCall {
  /** HTTP method, e.g. "POST". */
  httpMethod: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** Parsed body (JSON value, form fields, multipart fields) or undefined when empty. */
  body: unknown;
  /** The exact body text received. */
  rawBody: string;
  /** Date.now() when the request arrived. */
  time: number;
  /** HTTP status the fake answered with (undefined while pending or when the socket was destroyed). */
  status?: number;
}

/** Common surface of every fake. */
export interface FakeServer<C extends RecordedCall = RecordedCall> {
  /** Base URL, e.g. http://127.0.0.1:41234 (no trailing slash). */
  url: string;
  port: number;
  /** Every request received, oldest first (mutated in place; reset() empties it). */
  calls: C[];
  /** Forget recorded calls and restore scripted behaviour to defaults. */
  reset(): void;
  /** Stop listening and drop open connections. Idempotent. */
  close(): Promise<void>;
}

export interface ListenOptions {
  port?: number;
  host?: string;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, raw: Buffer) => void | Promise<void>;

export interface Listening {
  server: Server;
  url: string;
  port: number;
  /**
   * Makes `target`'s methods callable over HTTP for out-of-process use (cli.ts + control.ts):
   * `GET /__fake/health`, `GET /__fake/calls`, `POST /__fake/<method>` with a JSON array of args.
   */
  expose(target: object): void;
  /** Aborted when close() is called: pending sleeps and long polls listen to it. */
  closing: AbortSignal;
  close(): Promise<void>;
}

/** Starts an HTTP server whose handler receives the fully-read request body. */
export async function listen(handler: Handler, options: ListenOptions = {}): Promise<Listening> {
  const host = options.host ?? "127.0.0.1";
  const closer = new AbortController();
  let exposed: object | undefined;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const run = req.url?.startsWith("/__fake/")
        ? control(exposed, req, res, body)
        : handler(req, res, body);
      Promise.resolve(run).catch((err: unknown) => {
        if (!res.headersSent && !res.destroyed) {
          res.writeHead(500, { "content-type": "text/plain" });
          res.end(`fake server error: ${err instanceof Error ? err.stack : String(err)}`);
        }
      });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  let closed: Promise<void> | undefined;
  return {
    server,
    port,
    url: `http://${host}:${port}`,
    closing: closer.signal,
    expose(target) {
      exposed = target;
    },
    close() {
      closed ??= new Promise<void>((resolve) => {
        closer.abort();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

/** Out-of-process control plane: see Listening.expose. */
async function control(target: object | undefined, req: IncomingMessage, res: ServerResponse, raw: Buffer) {
  const name = new URL(req.url ?? "/", "http://fake.local").pathname.slice("/__fake/".length);
  const t = target as Record<string, unknown> | undefined;
  if (name === "health") return sendJson(res, 200, { ok: true });
  if (!t) return sendJson(res, 503, { error: "not ready" });
  if (name === "calls" && req.method === "GET") return sendJson(res, 200, t.calls);
  const fn = t[name];
  if (req.method !== "POST" || typeof fn !== "function" || name === "close") {
    return sendJson(res, 404, { error: `no control method ${name}` });
  }
  try {
    const args = raw.length > 0 ? (JSON.parse(raw.toString("utf8")) as unknown) : [];
    const result: unknown = await fn.apply(t, Array.isArray(args) ? args : [args]);
    sendJson(res, 200, { result: result ?? null });
  } catch (err) {
    sendJson(res, 400, { error: err instanceof Error ? err.message : String(err) });
  }
}

/** Lower-cased, single-valued header map. */
export function headerMap(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : v;
  }
  return out;
}

export function splitUrl(req: IncomingMessage): { path: string; query: Record<string, string> } {
  const u = new URL(req.url ?? "/", "http://fake.local");
  return { path: u.pathname, query: Object.fromEntries(u.searchParams) };
}

/** An uploaded file inside a multipart body. */
export interface UploadedFile {
  filename: string;
  contentType: string;
  size: number;
  data: Buffer;
}

export interface ParsedBody {
  fields: Record<string, string>;
  files: Record<string, UploadedFile>;
  json?: unknown;
  kind: "empty" | "json" | "form" | "multipart" | "text";
}

/** Parses JSON, application/x-www-form-urlencoded and multipart/form-data bodies. */
export function parseBody(contentType: string | undefined, raw: Buffer): ParsedBody {
  const ct = (contentType ?? "").toLowerCase();
  if (raw.length === 0) return { fields: {}, files: {}, kind: "empty" };
  if (ct.includes("application/json")) {
    return { fields: {}, files: {}, json: JSON.parse(raw.toString("utf8")), kind: "json" };
  }
  if (ct.includes("application/x-www-form-urlencoded")) {
    return { fields: Object.fromEntries(new URLSearchParams(raw.toString("utf8"))), files: {}, kind: "form" };
  }
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? "");
  if (ct.includes("multipart/form-data") && boundary) {
    return { ...parseMultipart(raw, (boundary[1] ?? boundary[2] ?? "").trim()), kind: "multipart" };
  }
  return { fields: {}, files: {}, kind: "text" };
}

/** Lenient multipart parser: grammY writes `content-disposition:form-data;name="x"` without spaces. */
function parseMultipart(raw: Buffer, boundary: string): Pick<ParsedBody, "fields" | "files"> {
  const fields: Record<string, string> = {};
  const files: Record<string, UploadedFile> = {};
  const delimiter = Buffer.from(`--${boundary}`);
  let pos = raw.indexOf(delimiter);
  while (pos !== -1) {
    const start = pos + delimiter.length;
    if (raw.subarray(start, start + 2).toString() === "--") break;
    const next = raw.indexOf(delimiter, start);
    if (next === -1) break;
    const part = raw.subarray(start, next);
    const headEnd = part.indexOf("\r\n\r\n");
    if (headEnd !== -1) {
      const head = part.subarray(0, headEnd).toString("utf8");
      let data = part.subarray(headEnd + 4);
      if (data.subarray(-2).toString() === "\r\n") data = data.subarray(0, -2);
      const name = /name="([^"]*)"/i.exec(head)?.[1];
      const filename = /filename="?([^";\r\n]*)"?/i.exec(head)?.[1];
      const type = /content-type:\s*([^\r\n;]+)/i.exec(head)?.[1]?.trim();
      if (name !== undefined && filename !== undefined) {
        files[name] = { filename, contentType: type ?? "application/octet-stream", size: data.length, data };
      } else if (name !== undefined) {
        fields[name] = data.toString("utf8");
      }
    }
    pos = next;
  }
  return { fields, files };
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

/** Resolves after `ms`, or early (with false) when any signal aborts. */
export function sleep(ms: number, ...signals: (AbortSignal | undefined)[]): Promise<boolean> {
  return new Promise((resolve) => {
    const active = signals.filter((s): s is AbortSignal => s !== undefined);
    if (active.some((s) => s.aborted)) return resolve(false);
    const done = (ok: boolean) => {
      clearTimeout(timer);
      for (const s of active) s.removeEventListener("abort", onAbort);
      resolve(ok);
    };
    const onAbort = () => done(false);
    const timer = setTimeout(() => done(true), ms);
    for (const s of active) s.addEventListener("abort", onAbort, { once: true });
  });
}

/** AbortSignal that fires when the client goes away before we answered. */
export function clientGone(res: ServerResponse): AbortSignal {
  const ac = new AbortController();
  if (res.destroyed) ac.abort();
  res.on("close", () => {
    if (!res.writableFinished) ac.abort();
  });
  return ac.signal;
}

const B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** Random base62 string, used for ids shaped like the real services' (msg_01…, req_01…). */
export function randomId(length: number): string {
  const bytes = randomBytes(length);
  let out = "";
  for (const b of bytes) out += B62[b % 62];
  return out;
}
