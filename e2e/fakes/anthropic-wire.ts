/**
 * Wire shapes of the Anthropic Messages API, for the fake in anthropic.ts.
 *
 * Source (fixtures README, "anthropic/"): response-text.json / response-tool-use.json (Message key
 * order, `container`/`stop_details`/`diagnostics` null, `caller:{type:"direct"}` on tool_use),
 * stream-text.sse (message_start → content_block_start → ping → deltas → content_block_stop →
 * message_delta → message_stop, each `event: <type>\ndata: <json>\n\n`), error-429/500/529 JSON
 * (`{type:"error",error:{type,message},request_id}`) and the "Headers and signatures" section
 * (`request-id` on every response, `retry-after` + `anthropic-ratelimit-*` on 429).
 */

import type { Usage } from "./anthropic-usage";
import { randomId } from "./http";

export type ContentBlock =
  | { type: "text"; text: string }
  | { type: "tool_use"; id: string; name: string; input: unknown; caller: { type: "direct" } };

export type StopReason = "end_turn" | "max_tokens" | "stop_sequence" | "tool_use" | "refusal";

export const newRequestId = () => `req_01${randomId(22)}`;
export const newMessageId = () => `msg_01${randomId(22)}`;
export const newToolUseId = () => `toolu_01${randomId(22)}`;

/** Non-streaming Message body, keys in the order of fixtures/anthropic/response-text.json. */
export function messageBody(args: {
  model: string;
  id: string;
  content: ContentBlock[];
  stopReason: StopReason;
  usage: Usage;
  outputTokens: number;
}) {
  return {
    model: args.model,
    id: args.id,
    type: "message",
    role: "assistant",
    content: args.content,
    container: null,
    stop_reason: args.stopReason,
    stop_sequence: null,
    stop_details: null,
    usage: {
      ...args.usage,
      output_tokens: args.outputTokens,
      service_tier: "standard",
      inference_geo: "global",
      output_tokens_details: { thinking_tokens: 0 },
    },
    diagnostics: null,
  };
}

export interface SseEvent {
  event: string;
  data: unknown;
}

export const sseFrame = (e: SseEvent) => `event: ${e.event}\ndata: ${JSON.stringify(e.data)}\n\n`;

/** Splits text into a handful of deltas (word groups), like the fixture's 5 text_delta events. */
export function chunkText(text: string, parts = 5): string[] {
  const words = text.match(/\S+\s*|\s+/g) ?? [text];
  const per = Math.max(1, Math.ceil(words.length / parts));
  const out: string[] = [];
  for (let i = 0; i < words.length; i += per) out.push(words.slice(i, i + per).join(""));
  return out.length > 0 ? out : [""];
}

/** Every event of a streamed reply, in the order of fixtures/anthropic/stream-text.sse. */
export function streamEvents(args: {
  model: string;
  id: string;
  content: ContentBlock[];
  stopReason: StopReason;
  usage: Usage;
  outputTokens: number;
  /** Explicit text_delta pieces per content index (otherwise the text is split into word groups). */
  textChunks?: Record<number, string[]>;
}): SseEvent[] {
  const { usage } = args;
  const events: SseEvent[] = [
    {
      event: "message_start",
      data: {
        type: "message_start",
        message: {
          model: args.model,
          id: args.id,
          type: "message",
          role: "assistant",
          content: [],
          stop_reason: null,
          stop_sequence: null,
          stop_details: null,
          usage: { ...usage, output_tokens: 1, service_tier: "standard", inference_geo: "global" },
        },
      },
    },
  ];
  args.content.forEach((block, index) => {
    if (block.type === "text") {
      events.push({
        event: "content_block_start",
        data: { type: "content_block_start", index, content_block: { type: "text", text: "" } },
      });
      if (index === 0) events.push({ event: "ping", data: { type: "ping" } });
      for (const text of args.textChunks?.[index] ?? chunkText(block.text)) {
        events.push({
          event: "content_block_delta",
          data: { type: "content_block_delta", index, delta: { type: "text_delta", text } },
        });
      }
    } else {
      events.push({
        event: "content_block_start",
        data: { type: "content_block_start", index, content_block: { ...block, input: {} } },
      });
      if (index === 0) events.push({ event: "ping", data: { type: "ping" } });
      for (const partial_json of ["", ...chunkText(JSON.stringify(block.input), 3)]) {
        events.push({
          event: "content_block_delta",
          data: { type: "content_block_delta", index, delta: { type: "input_json_delta", partial_json } },
        });
      }
    }
    events.push({ event: "content_block_stop", data: { type: "content_block_stop", index } });
  });
  events.push(
    {
      event: "message_delta",
      data: {
        type: "message_delta",
        delta: { stop_reason: args.stopReason, stop_sequence: null, stop_details: null },
        usage: {
          input_tokens: usage.input_tokens,
          cache_creation_input_tokens: usage.cache_creation_input_tokens,
          cache_read_input_tokens: usage.cache_read_input_tokens,
          output_tokens: args.outputTokens,
          output_tokens_details: { thinking_tokens: 0 },
        },
      },
    },
    { event: "message_stop", data: { type: "message_stop" } },
  );
  return events;
}

const ERROR_TYPES: Record<number, [type: string, message: string]> = {
  400: ["invalid_request_error", "Invalid request"],
  401: ["authentication_error", "invalid x-api-key"],
  402: ["billing_error", "Your credit balance is too low to access the Anthropic API."],
  403: ["permission_error", "Your API key does not have permission to use the specified resource."],
  404: ["not_found_error", "Not found"],
  413: ["request_too_large", "Request exceeds the maximum allowed number of bytes."],
  429: [
    "rate_limit_error",
    "This request would exceed your organization's rate limit. Please try again later.",
  ],
  500: ["api_error", "Internal server error"],
  504: ["timeout_error", "Request timed out"],
  529: ["overloaded_error", "Overloaded"],
};

/** `{type:"error",error:{type,message[,details]},request_id}` as in fixtures/anthropic/error-*.json. */
export function errorBody(
  status: number,
  requestId: string,
  overrides: { type?: string; message?: string; errorCode?: string } = {},
) {
  const [type, message] = ERROR_TYPES[status] ?? ["api_error", "Internal server error"];
  const error: Record<string, unknown> = {
    type: overrides.type ?? type,
    message: overrides.message ?? message,
  };
  if (overrides.errorCode) error.details = { error_code: overrides.errorCode };
  return { type: "error", error, request_id: requestId };
}

/** Headers the real API sends on a 429 (README: retry-after plus anthropic-ratelimit-*). */
export function rateLimitHeaders(retryAfterSeconds: number, now: number): Record<string, string> {
  const reset = new Date(now + retryAfterSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
  const headers: Record<string, string> = { "retry-after": String(retryAfterSeconds) };
  const limits = { requests: 50, tokens: 480_000, "input-tokens": 400_000, "output-tokens": 80_000 };
  for (const [name, limit] of Object.entries(limits)) {
    headers[`anthropic-ratelimit-${name}-limit`] = String(limit);
    headers[`anthropic-ratelimit-${name}-remaining`] = "0";
    headers[`anthropic-ratelimit-${name}-reset`] = reset;
  }
  return headers;
}
