// The one JSON error shape for every route, and the wrapper that produces it: AppError →
// its status and message; zod errors → 400 with the issues; anything else → a logged 500
// with a generic body (no stack, no SQL). The wrapper also gives every request its context
// (a request id, from `x-request-id` or new, echoed in the response; the deadline its
// maxDuration allows), samples its latency, and writes the buffered samples and slow-statement
// records after the response, awaited.
import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { getDb } from "@/db";
import { AppError, GENERIC_ERROR_BODY } from "@/lib/errors";
import { recordError } from "@/lib/observability/record-error";
import {
  currentRequestContext,
  type RequestContext,
  requestIdFrom,
  runWithRequestContext,
} from "@/lib/observability/request-context";
import {
  flushRequestMetrics,
  pendingRequestMetrics,
  sampleRequestMetric,
} from "@/lib/observability/request-metrics";
import { flushSlowQueries, pendingSlowQueries } from "@/lib/observability/slow-queries";
import { AFTER_MARGIN_MS, afterResponse } from "./after-response";

export function jsonError(error: AppError): NextResponse {
  return NextResponse.json(error.toBody(), { status: error.status });
}

export function toErrorResponse(scope: string, error: unknown): NextResponse | Promise<NextResponse> {
  if (error instanceof AppError) return jsonError(error);
  if (error instanceof ZodError) {
    const details = error.issues.slice(0, 10).map((i) => ({ path: i.path.join("."), message: i.message }));
    return jsonError(new AppError("bad_request:validation", "The request is not valid.", details));
  }
  return recordError(scope, error).then(() => NextResponse.json(GENERIC_ERROR_BODY, { status: 500 }));
}

/** The 404 of an API path that does not exist (also what a non-admin gets from admin routes). */
export function apiNotFound(): NextResponse {
  return jsonError(new AppError("not_found:route", "Not found."));
}

type Handler<C> = (req: Request, ctx: C) => Promise<Response>;

/** Vercel's default function limit when a route declares none. */
const DEFAULT_MAX_DURATION_SECONDS = 15;

export type RouteOptions = {
  /** The route's `maxDuration` (seconds): bounds the work deferred past the response. */
  maxDurationSeconds?: number;
};

/** Writes what the request buffered for the admin views (latency samples, slow statements). */
export async function flushObservations(): Promise<void> {
  if (pendingRequestMetrics() === 0 && pendingSlowQueries() === 0) return;
  const db = await getDb();
  await flushRequestMetrics(db);
  await flushSlowQueries(db);
}

/** Wraps a route handler: request context, uniform errors and sampled latency under `routeName`. */
export function withErrors<C>(
  routeName: string,
  handler: Handler<C>,
  options: RouteOptions = {},
): Handler<C> {
  const maxDurationMs = (options.maxDurationSeconds ?? DEFAULT_MAX_DURATION_SECONDS) * 1000;
  return async (req, routeCtx) => {
    const started = performance.now();
    const parent = currentRequestContext();
    const ctx: RequestContext = {
      ...parent,
      requestId: parent?.requestId ?? requestIdFrom(req.headers),
      route: routeName,
      deadline: Date.now() + maxDurationMs - AFTER_MARGIN_MS,
    };
    return runWithRequestContext(ctx, async () => {
      let response: Response;
      try {
        response = await handler(req, routeCtx);
      } catch (error) {
        response = await toErrorResponse(routeName, error);
      }
      sampleRequestMetric(routeName, req.method, response.status, performance.now() - started);
      afterResponse("observations", flushObservations);
      if (!response.headers.has("x-request-id")) {
        try {
          response.headers.set("x-request-id", ctx.requestId);
        } catch {
          // Some responses (e.g. a redirect built by the platform) have immutable headers.
        }
      }
      return response;
    });
  };
}

/** Parses a JSON body; malformed JSON is the caller's 400, not our 500. */
export async function readJson(req: Request): Promise<unknown> {
  try {
    return await req.json();
  } catch {
    throw new AppError("bad_request:json", "The body must be valid JSON.");
  }
}
