// What a failed model call means. `describeAnthropicError` is a short, log-safe line (SDK
// error class, HTTP status, API error type/code, request id; never the prompt, the key or a
// body). `isUpstreamFailure` separates "the API is unhealthy" (timeouts, connection errors,
// 408/409/429/5xx/529: what the circuit breaker counts) from "our request was wrong" (other 4xx).
import Anthropic from "@anthropic-ai/sdk";

const MAX_DESCRIPTION_CHARS = 300;

export function describeAnthropicError(error: unknown): string {
  if (error instanceof Anthropic.APIConnectionTimeoutError)
    return "timeout: no response within the client timeout";
  if (error instanceof Anthropic.APIUserAbortError) return "aborted";
  if (error instanceof Anthropic.APIConnectionError) return "connection: could not reach the API";
  if (error instanceof Anthropic.APIError) {
    const parts = [error.constructor.name, error.status, error.type, error.errorCode, error.requestID];
    return parts
      .filter((p) => p !== undefined && p !== null)
      .join(" ")
      .slice(0, MAX_DESCRIPTION_CHARS);
  }
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, MAX_DESCRIPTION_CHARS);
  return "unknown error";
}

/** Statuses that mean the service is struggling rather than that the request was wrong. */
const UPSTREAM_STATUSES = new Set([408, 409, 429]);
const SERVER_ERROR_FROM = 500;

export function isUpstreamFailure(error: unknown): boolean {
  if (error instanceof Anthropic.APIUserAbortError) return false;
  if (error instanceof Anthropic.APIConnectionError) return true;
  if (error instanceof Anthropic.APIError) {
    return (
      error.status === undefined || UPSTREAM_STATUSES.has(error.status) || error.status >= SERVER_ERROR_FROM
    );
  }
  return true;
}
