// A zod schema as a tool `input_schema` (zod 4's JSON Schema output, input side, so fields
// with defaults are optional). The `$schema` dialect marker is dropped: the API wants the bare
// object schema. Converted once per schema (the conversion costs more than the rest of a
// request build) and reused, which also keeps the cached tool block byte-identical.
import type Anthropic from "@anthropic-ai/sdk";
import { z } from "zod";

const converted = new WeakMap<z.ZodType, Anthropic.Tool.InputSchema>();

export function toolInputSchema(schema: z.ZodType): Anthropic.Tool.InputSchema {
  const cached = converted.get(schema);
  if (cached) return cached;
  const input = convert(schema);
  converted.set(schema, input);
  return input;
}

function convert(schema: z.ZodType): Anthropic.Tool.InputSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io: "input" }) as Record<string, unknown>;
  if (json.type !== "object") throw new Error("a tool input schema must describe an object");
  return { ...json, type: "object" };
}
