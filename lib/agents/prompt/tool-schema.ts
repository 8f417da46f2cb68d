// Structured output channels from zod schemas, through the SDK's public helper
// (`zodOutputFormat`, @anthropic-ai/sdk/helpers/zod): it converts the schema to JSON Schema and
// rewrites it into the subset strict mode accepts (every object `additionalProperties: false`,
// bounds such as min/max/maxLength moved into descriptions). The same schema is a strict tool's
// `input_schema` or a JSON output format; the bounds the grammar cannot enforce are enforced by
// zod when the answer comes back. Converted once per schema (the conversion costs more than the
// rest of a request build) and reused, which also keeps the cached tool block byte-identical.
import type Anthropic from "@anthropic-ai/sdk";
import { zodOutputFormat } from "@anthropic-ai/sdk/helpers/zod";
import type { z } from "zod";

const converted = new WeakMap<z.ZodType, Anthropic.Tool.InputSchema>();

/** The strict-mode JSON Schema of a zod object schema. */
export function toolInputSchema(schema: z.ZodType): Anthropic.Tool.InputSchema {
  const cached = converted.get(schema);
  if (cached) return cached;
  const json = zodOutputFormat(schema).schema as Record<string, unknown>;
  if (json.type !== "object") throw new Error("a tool input schema must describe an object");
  const input = { ...json, type: "object" as const };
  converted.set(schema, input);
  return input;
}

/** A strict tool: the API guarantees its input matches the schema's shape. */
export function strictTool(name: string, description: string, schema: z.ZodType): Anthropic.Tool {
  return { name, description, strict: true, input_schema: toolInputSchema(schema) };
}
