// Every model call goes through here. Rule: cache markers that cannot reach the model's minimum
// cacheable length are dropped (cache-plan.ts); the SDK call runs inside the circuit breaker (an
// open circuit fails fast with CircuitOpenError, no request sent); the answer is interpreted
// (text, or a strict tool call's input validated with zod); and exactly one llm_calls row is
// written per call, success or failure, with tokens, cache use, cost and latency. Recording is
// best-effort: a database problem is logged and never fails the call. Only transport/API
// failures move the breaker; an unusable answer from a healthy API does not.
import type Anthropic from "@anthropic-ai/sdk";
import type { z } from "zod";
import { getDb } from "@/db";
import { insertLlmCall, type NewLlmCall } from "@/db/queries/llm-calls";
import {
  type AnthropicClientOptions,
  costUsd,
  createAnthropicClient,
  describeAnthropicError,
  getAnthropicClient,
  isUpstreamFailure,
  NO_USAGE,
  readUsage,
} from "@/lib/integrations/anthropic";
import { createLogger } from "@/lib/observability/logger";
import { type BreakerOptions, CircuitBreaker, CircuitOpenError } from "./circuit-breaker";
import { fitCacheMarkers } from "./prompt/cache-plan";
import { strictTool } from "./prompt/tool-schema";

const log = createLogger("llm");
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DEFAULT_MAX_TOKENS = 1_000;

export type LlmPurpose =
  | "reply"
  | "analysis"
  | "judgment"
  | "boss_line"
  | "summary"
  | "proactive"
  | (string & {});
export type CallMeta = { purpose: LlmPurpose; playerId?: string | null };
export type RecordLlmCall = (entry: NewLlmCall) => Promise<void>;

/** The model answered, but not in a usable shape (no text, no tool call, invalid tool input). */
export class ModelOutputError extends Error {
  override name = "ModelOutputError";
}

/** What a call needs: a client, the breaker guarding it, and where rows are recorded. */
export type LlmRuntime = { client: Anthropic; breaker: CircuitBreaker; record: RecordLlmCall };

export type LlmRuntimeOptions = AnthropicClientOptions & {
  /** Clock (ms) for the breaker's cool-down. */
  now?: () => number;
  breaker?: Partial<BreakerOptions>;
  record?: RecordLlmCall;
};

/** Writes one llm_calls row on the process database; never throws. */
export async function recordLlmCall(entry: NewLlmCall): Promise<void> {
  try {
    await insertLlmCall(await getDb(), entry);
  } catch (error) {
    log.warn("could not record llm call", { purpose: entry.purpose, model: entry.model, error });
  }
}

export function createLlmRuntime(options: LlmRuntimeOptions = {}): LlmRuntime {
  return {
    client: createAnthropicClient(options),
    breaker: new CircuitBreaker(
      "anthropic",
      { isFailure: isUpstreamFailure, ...options.breaker },
      options.now,
    ),
    record: options.record ?? recordLlmCall,
  };
}

type Holder = { runtime?: LlmRuntime };
const processGlobal = globalThis as { __nikitaLlm?: Holder };
processGlobal.__nikitaLlm ??= {};
const holder: Holder = processGlobal.__nikitaLlm;

/** The process-wide runtime: the shared client from env and one breaker for all callers. */
export function getLlmRuntime(): LlmRuntime {
  holder.runtime ??= {
    client: getAnthropicClient(),
    breaker: new CircuitBreaker("anthropic", { isFailure: isUpstreamFailure }),
    record: recordLlmCall,
  };
  return holder.runtime;
}

/**
 * Sends one Messages request and interprets the answer. The breaker sees only the SDK call;
 * `interpret` may throw (ModelOutputError) after a successful call. One row is recorded either way.
 */
export async function callModel<T>(
  runtime: LlmRuntime,
  request: Anthropic.MessageCreateParamsNonStreaming,
  meta: CallMeta,
  interpret: (message: Anthropic.Message) => T,
): Promise<T> {
  const started = performance.now();
  let message: Anthropic.Message | undefined;
  const sent = fitCacheMarkers(request);
  try {
    message = await runtime.breaker.run(() => runtime.client.messages.create(sent));
    const result = interpret(message);
    await record(runtime, request.model, meta, message, started, null);
    return result;
  } catch (error) {
    const description = error instanceof CircuitOpenError ? "circuit_open" : describeAnthropicError(error);
    await record(runtime, request.model, meta, message, started, description);
    throw error;
  }
}

async function record(
  runtime: LlmRuntime,
  model: string,
  meta: CallMeta,
  message: Anthropic.Message | undefined,
  started: number,
  error: string | null,
) {
  const usage = message ? readUsage(message.usage) : NO_USAGE;
  const entry: NewLlmCall = {
    playerId: meta.playerId && UUID.test(meta.playerId) ? meta.playerId : null,
    purpose: meta.purpose,
    model: message?.model ?? model,
    inputTokens: usage.inputTokens,
    outputTokens: usage.outputTokens,
    cacheReadTokens: usage.cacheReadTokens,
    cacheWriteTokens: usage.cacheWriteTokens,
    costUsd: costUsd(message?.model ?? model, usage),
    latencyMs: performance.now() - started,
    status: error ? "error" : "ok",
    error,
  };
  try {
    await runtime.record(entry);
  } catch (recordError) {
    log.warn("could not record llm call", { purpose: meta.purpose, model, error: recordError });
  }
}

/** The first text block's text; an answer without text is unusable. */
export function firstText(message: Anthropic.Message): string {
  const block = message.content.find((b): b is Anthropic.TextBlock => b.type === "text");
  const text = block?.text.trim();
  if (!text) throw new ModelOutputError(`no text in the answer (stop_reason ${message.stop_reason})`);
  return text;
}

/** The input of the forced tool call named `toolName`, unvalidated. */
export function toolInput(message: Anthropic.Message, toolName: string): unknown {
  const block = message.content.find(
    (b): b is Anthropic.ToolUseBlock => b.type === "tool_use" && b.name === toolName,
  );
  if (!block) throw new ModelOutputError(`no ${toolName} tool call in the answer`);
  return block.input;
}

/**
 * Models that answer a forced tool_choice with a 400 (Anthropic's migration guides for Sonnet
 * 5.5, Opus 5.5 and Fable/Mythos 5.1). For them the same schema goes out as a JSON output
 * format instead, and the answer is JSON text.
 */
const REJECTS_FORCED_TOOL = /^claude-(?:sonnet-5-5|opus-5-5|fable-5-1|mythos-5-1)(?:$|-)/;

export function canForceToolChoice(model: string): boolean {
  return !REJECTS_FORCED_TOOL.test(model);
}

/** A forced-tool request as the model accepts it: unchanged, or rewritten to a JSON output format. */
export function structuredRequest(
  request: Anthropic.MessageCreateParamsNonStreaming,
): Anthropic.MessageCreateParamsNonStreaming {
  const choice = request.tool_choice;
  if (choice?.type !== "tool" || canForceToolChoice(request.model)) return request;
  const tool = request.tools?.find((t): t is Anthropic.Tool => "input_schema" in t && t.name === choice.name);
  if (!tool) return request;
  const { tools: _tools, tool_choice: _choice, ...rest } = request;
  // The tool's schema is already in the strict subset (tool-schema.ts), so it serves as is.
  return {
    ...rest,
    output_config: { ...rest.output_config, format: { type: "json_schema", schema: tool.input_schema } },
  };
}

/** The structured answer: the forced tool's input, or the JSON text of a JSON-format answer. */
export function structuredOutput(message: Anthropic.Message, toolName: string): unknown {
  // The two cases where strict output may break its schema (structured-outputs docs).
  if (message.stop_reason === "refusal")
    throw new ModelOutputError(`refused: no ${toolName} (stop_reason refusal)`);
  if (message.stop_reason === "max_tokens")
    throw new ModelOutputError(`cut off: no complete ${toolName} (stop_reason max_tokens)`);
  const hasToolCall = message.content.some((b) => b.type === "tool_use" && b.name === toolName);
  if (hasToolCall) return toolInput(message, toolName);
  const text = message.content.find((b): b is Anthropic.TextBlock => b.type === "text")?.text;
  if (text !== undefined) {
    try {
      return JSON.parse(text);
    } catch {
      // Not JSON either: fall through to the error below.
    }
  }
  throw new ModelOutputError(`no ${toolName} tool call in the answer`);
}

/** A forced-tool call (or its JSON-format equivalent) whose structured answer `interpret` turns into T. */
export function callStructured<T>(
  runtime: LlmRuntime,
  request: Anthropic.MessageCreateParamsNonStreaming,
  meta: CallMeta,
  toolName: string,
  interpret: (input: unknown) => T,
): Promise<T> {
  return callModel(runtime, structuredRequest(request), meta, (m) =>
    interpret(structuredOutput(m, toolName)),
  );
}

/** Parses with zod; the error names fields and problems, never the model's text. */
export function validated<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
  throw new ModelOutputError(`invalid ${what}: ${issues}`);
}

export type CompleteTextParams = CallMeta & {
  model: string;
  system?: string | Anthropic.TextBlockParam[];
  messages: Anthropic.MessageParam[];
  maxTokens?: number;
};

/** A plain text completion (summaries, proactive messages, …); returns the first text block. */
export async function completeText(
  params: CompleteTextParams,
  runtime: LlmRuntime = getLlmRuntime(),
): Promise<string> {
  const request: Anthropic.MessageCreateParamsNonStreaming = {
    model: params.model,
    max_tokens: params.maxTokens ?? DEFAULT_MAX_TOKENS,
    ...(params.system ? { system: params.system } : {}),
    messages: params.messages,
  };
  return callModel(runtime, request, params, firstText);
}

export type CompleteStructuredParams<S extends z.ZodType> = CompleteTextParams & {
  schema: S;
  toolName: string;
  toolDescription: string;
};

function toolRequest<S extends z.ZodType>(
  params: CompleteStructuredParams<S>,
): Anthropic.MessageCreateParamsNonStreaming {
  return {
    model: params.model,
    max_tokens: params.maxTokens ?? DEFAULT_MAX_TOKENS,
    ...(params.system ? { system: params.system } : {}),
    tools: [strictTool(params.toolName, params.toolDescription, params.schema)],
    tool_choice: { type: "tool", name: params.toolName },
    messages: params.messages,
  };
}

/** Structured output through a forced tool call, validated with `schema` (throws ModelOutputError). */
export async function completeStructured<S extends z.ZodType>(
  params: CompleteStructuredParams<S>,
  runtime: LlmRuntime = getLlmRuntime(),
): Promise<z.infer<S>> {
  return callStructured(runtime, toolRequest(params), params, params.toolName, (input) =>
    validated(params.schema, input, params.toolName),
  );
}

/** Like completeStructured but returns the tool input unvalidated (the caller validates). */
export async function completeToolInput<S extends z.ZodType>(
  params: CompleteStructuredParams<S>,
  runtime: LlmRuntime = getLlmRuntime(),
): Promise<unknown> {
  return callStructured(runtime, toolRequest(params), params, params.toolName, (input) => input);
}
