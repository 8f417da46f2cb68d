/**
 * Request checks of the fake Anthropic API (anthropic.ts): the 400s the real API gives for a
 * malformed body, cache breakpoints (at most 4, 1h before 5m), forced tool choice on models that
 * refuse it, strict schemas outside the supported subset; and `contractBreach`, the answers a
 * test may not script because the real API could never send them.
 */
import type { FakeReply, MessagesRequest } from "./anthropic";
import { fakeModel } from "./anthropic-models";
import { countBreakpoints, ttlOrderProblem } from "./anthropic-usage";
import { schemaMismatch, strictSchemaProblem } from "./json-schema-check";

export function validate(body: unknown, endpoint: "messages" | "count_tokens"): string | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body))
    return "Request body must be a JSON object";
  const b = body as Partial<MessagesRequest>;
  if (typeof b.model !== "string") return "model: Field required";
  if (endpoint === "messages" && typeof b.max_tokens !== "number") return "max_tokens: Field required";
  if (!Array.isArray(b.messages)) return "messages: Field required";
  const breakpoints = countBreakpoints(b as MessagesRequest);
  if (breakpoints > 4)
    return `A maximum of 4 blocks with cache_control may be provided. Found ${breakpoints}.`;
  const ttlProblem = ttlOrderProblem(b as MessagesRequest);
  if (ttlProblem) return ttlProblem;
  const choice = b.tool_choice?.type;
  if ((choice === "tool" || choice === "any") && fakeModel(b.model)?.rejectsForcedToolChoice)
    return `tool_choice: type "tool" and "any" are not supported for this model.`;
  if (choice === "tool" && !b.tools?.some((t) => t.name === b.tool_choice?.name))
    return `tool_choice: tool '${b.tool_choice?.name}' not found in tools`;
  for (const [i, tool] of (b.tools ?? []).entries()) {
    if (tool.strict !== true) continue;
    const schemaProblem = strictSchemaProblem(tool.input_schema, `tools.${i}.custom.input_schema`);
    if (schemaProblem) return schemaProblem;
  }
  const format = b.output_config?.format;
  if (format?.type === "json_schema") {
    const schemaProblem = strictSchemaProblem(format.schema, "output_config.format.schema");
    if (schemaProblem) return schemaProblem;
  }
  return undefined;
}

/**
 * Why a scripted answer could not come from the real API for this request, if it could not: a
 * strict tool's input off its schema, a forced call of another tool, or JSON-output text that is
 * not JSON matching the schema. Refusals and max_tokens stops are exempt (the docs' "invalid
 * outputs").
 */
export function contractBreach(
  request: MessagesRequest,
  served: Exclude<FakeReply, string | { type: "delay" }>,
) {
  if (served.type === "error" || served.type === "refusal" || served.type === "stream_error")
    return undefined;
  if (served.type === "text" && served.stopReason === "max_tokens") return undefined;
  const forced = request.tool_choice?.type === "tool" ? request.tool_choice.name : undefined;
  if (forced && served.type !== "tool_use")
    return `tool_choice forces ${forced}, the answer has no tool call`;
  if (served.type === "tool_use") {
    const tool = request.tools?.find((t) => t.name === served.name);
    if (!tool) return `tool ${served.name} is not in the request`;
    if (forced && served.name !== forced) return `tool_choice forces ${forced}, not ${served.name}`;
    if (tool.strict === true) return schemaMismatch(tool.input_schema, served.input);
    return undefined;
  }
  const format = request.output_config?.format;
  if (format?.type !== "json_schema") return undefined;
  const text =
    served.type === "json"
      ? JSON.stringify(served.value)
      : Array.isArray(served.text)
        ? served.text.join("")
        : served.text;
  try {
    return schemaMismatch(format.schema, JSON.parse(text));
  } catch {
    return "JSON output requested, the answer is not JSON";
  }
}
