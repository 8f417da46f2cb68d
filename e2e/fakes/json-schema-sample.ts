/**
 * Minimal "make a value that satisfies this JSON Schema" helper for the fake Anthropic API.
 *
 * The default responder uses it so structured-output requests (`output_config.format`
 * `{type:"json_schema",schema}`, fixtures/anthropic/request-messages.json) get JSON text that
 * parses against the schema, and forced tool calls (`tool_choice {type:"tool",name}`) get an
 * `input` matching the tool's `input_schema` (fixtures/anthropic/response-tool-use.json).
 * Supports the keywords kept by the SDK's transform-json-schema: type, properties, required,
 * items, enum, const, anyOf/oneOf, minItems, $defs/$ref (local), nullable types.
 */

type Schema = Record<string, unknown>;

export function sampleFromSchema(schema: unknown, root: unknown = schema, depth = 0): unknown {
  if (depth > 12 || typeof schema !== "object" || schema === null) return null;
  const s = schema as Schema;
  if ("const" in s) return s.const;
  if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum[0];
  if (typeof s.$ref === "string") return sampleFromSchema(resolveRef(s.$ref, root), root, depth + 1);
  const variants = (s.anyOf ?? s.oneOf ?? s.allOf) as unknown[] | undefined;
  if (Array.isArray(variants) && variants.length > 0) {
    const nonNull = variants.find((v) => (v as Schema)?.type !== "null") ?? variants[0];
    return sampleFromSchema(nonNull, root, depth + 1);
  }
  const type = Array.isArray(s.type) ? (s.type.find((t) => t !== "null") ?? s.type[0]) : s.type;
  switch (type) {
    case "object": {
      const props = (s.properties ?? {}) as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [key, sub] of Object.entries(props)) out[key] = sampleFromSchema(sub, root, depth + 1);
      return out;
    }
    case "array": {
      const count = typeof s.minItems === "number" ? Math.max(1, s.minItems) : 1;
      return Array.from({ length: count }, () => sampleFromSchema(s.items ?? {}, root, depth + 1));
    }
    case "string":
      return s.format === "date-time" ? new Date(0).toISOString() : "fake";
    case "integer":
      return typeof s.minimum === "number" ? Math.ceil(s.minimum) : 1;
    case "number":
      return typeof s.minimum === "number" ? s.minimum : 1;
    case "boolean":
      return false;
    case "null":
      return null;
    default:
      return s.properties ? sampleFromSchema({ ...s, type: "object" }, root, depth + 1) : "fake";
  }
}

function resolveRef(ref: string, root: unknown): unknown {
  if (!ref.startsWith("#/")) return {};
  let node: unknown = root;
  for (const part of ref.slice(2).split("/")) {
    node = (node as Schema | undefined)?.[part.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return node ?? {};
}
