// The request (or job run) a piece of work belongs to, carried through async calls with
// AsyncLocalStorage: every log line written while it is active carries its ids, and work
// deferred past the response (`after()`) re-enters it, so a player's message can be followed
// from the webhook through the pipeline to delivery, and a cron request into its job run.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

export type RequestContext = {
  requestId: string;
  /** The route or job that started the work. */
  route?: string;
  job?: string;
  runId?: number;
  /** Wall-clock epoch ms by which the function must be done (its maxDuration, minus a margin). */
  deadline?: number;
  /**
   * Where work deferred past the response goes when there is no Next request scope (tests,
   * scripts): a waitUntil-like sink the caller awaits. Inside Next, `after()` is used.
   */
  waitUntil?: (work: () => Promise<unknown>) => void;
};

const storage = new AsyncLocalStorage<RequestContext>();

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}

export function runWithRequestContext<T>(ctx: RequestContext, fn: () => T): T {
  return storage.run(ctx, fn);
}

/** Runs `fn` with extra fields (a job's name and run id) added to the current context. */
export function withContextFields<T>(fields: Partial<RequestContext>, fn: () => T): T {
  const parent = storage.getStore();
  return storage.run({ requestId: parent?.requestId ?? newRequestId(), ...parent, ...fields }, fn);
}

export function newRequestId(): string {
  return randomUUID();
}

/** Accepted from a caller's `x-request-id` header only when it looks like an id. */
const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{8,128}$/;

/** The request id a request carries (`x-request-id`, or Vercel's `x-vercel-id`), or a new one. */
export function requestIdFrom(headers: Headers): string {
  for (const name of ["x-request-id", "x-vercel-id"]) {
    const value = headers.get(name);
    if (value && REQUEST_ID_PATTERN.test(value)) return value;
  }
  return newRequestId();
}
