// The one JSON error shape for every route, and the wrapper that produces it: AppError →
// its status and message; zod errors → 400 with the issues; anything else → a logged 500
// with a generic body (no stack, no SQL). Also samples request latency for the admin view.
import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { AppError, GENERIC_ERROR_BODY } from "@/lib/errors";
import { recordError } from "@/lib/services/record-error";
import { sampleRequestMetric } from "@/lib/services/request-metrics";

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

/** Wraps a route handler: uniform errors and sampled latency under `routeName`. */
export function withErrors<C>(routeName: string, handler: Handler<C>): Handler<C> {
  return async (req, ctx) => {
    const started = performance.now();
    let response: Response;
    try {
      response = await handler(req, ctx);
    } catch (error) {
      response = await toErrorResponse(routeName, error);
    }
    sampleRequestMetric(routeName, req.method, response.status, performance.now() - started);
    return response;
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
