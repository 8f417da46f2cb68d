/**
 * What the fake Anthropic API enforces for structured outputs: strict tools (`strict: true`) and
 * JSON outputs (`output_config.format` `json_schema`) accept only a subset of JSON Schema
 * (platform.claude.com/docs/en/build-with-claude/structured-outputs, "JSON Schema limitations":
 * every object sets `additionalProperties: false`; no numeric or string-length constraints, no
 * `maxItems`, `minItems` only 0 or 1, no conditional or pattern keywords; the SDK's own schema
 * transform keeps exactly type, enum, const, anyOf, allOf, $ref/$defs, description, title,
 * properties, required, items, the listed string formats and minItems 0/1). A schema outside
 * that subset is a 400; and the answer the fake sends for such a request must match the schema,
 * because grammar-constrained sampling makes the real API unable to send anything else (except
 * on `refusal` or `max_tokens`).
 */

type Schema = Record<string, unknown>;

const STRING_FORMATS = new Set([
  "date-time",
  "time",
  "date",
  "duration",
  "email",
  "hostname",
  "uri",
  "ipv4",
  "ipv6",
  "uuid",
]);
const UNSUPPORTED = [
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minLength",
  "maxLength",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties",
  "patternProperties",
  "propertyNames",
  "dependentSchemas",
  "dependentRequired",
  "unevaluatedProperties",
  "unevaluatedItems",
  "contains",
  "prefixItems",
  "oneOf",
  "not",
  "if",
  "then",
  "else",
];

/** The first reason `schema` is outside the strict subset (a JSON path and the keyword), or undefined. */
export function strictSchemaProblem(schema: unknown, path = "input_schema"): string | undefined {
  if (typeof schema !== "object" || schema === null || Array.isArray(schema))
    return `${path}: must be an object`;
  const s = schema as Schema;
  for (const keyword of UNSUPPORTED) {
    if (keyword in s) return `${path}: '${keyword}' is not supported in strict mode`;
  }
  if ("minItems" in s && s.minItems !== 0 && s.minItems !== 1)
    return `${path}: 'minItems' values other than 0 or 1 are not supported`;
  if (typeof s.format === "string" && !STRING_FORMATS.has(s.format))
    return `${path}: string format '${s.format}' is not supported`;
  const types = Array.isArray(s.type) ? s.type : [s.type];
  if (types.includes("object") || "properties" in s) {
    if (s.additionalProperties !== false)
      return `${path}: for 'object' type, 'additionalProperties' must be explicitly set to false`;
    const required = Array.isArray(s.required) ? s.required : [];
    const props = (s.properties ?? {}) as Record<string, unknown>;
    for (const name of required) {
      if (!(String(name) in props)) return `${path}: required property '${String(name)}' is not defined`;
    }
    for (const [name, sub] of Object.entries(props)) {
      const problem = strictSchemaProblem(sub, `${path}.properties.${name}`);
      if (problem) return problem;
    }
  }
  if (s.items !== undefined) {
    const problem = strictSchemaProblem(s.items, `${path}.items`);
    if (problem) return problem;
  }
  for (const key of ["anyOf", "allOf"] as const) {
    const variants = s[key];
    if (Array.isArray(variants)) {
      for (const [i, v] of variants.entries()) {
        const problem = strictSchemaProblem(v, `${path}.${key}.${i}`);
        if (problem) return problem;
      }
    }
  }
  const defs = s.$defs as Record<string, unknown> | undefined;
  for (const [name, def] of Object.entries(defs ?? {})) {
    const problem = strictSchemaProblem(def, `${path}.$defs.${name}`);
    if (problem) return problem;
  }
  return undefined;
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function resolve(ref: string, root: unknown): unknown {
  let node: unknown = root;
  for (const part of ref.replace(/^#\//, "").split("/")) node = (node as Schema | undefined)?.[part];
  return node;
}

/** The first place `value` breaks `schema` (for the subset above), or undefined when it conforms. */
export function schemaMismatch(
  schema: unknown,
  value: unknown,
  root: unknown = schema,
  path = "$",
): string | undefined {
  if (typeof schema !== "object" || schema === null) return undefined;
  const s = schema as Schema;
  if (typeof s.$ref === "string") return schemaMismatch(resolve(s.$ref, root), value, root, path);
  if ("const" in s && s.const !== value) return `${path}: expected ${JSON.stringify(s.const)}`;
  if (Array.isArray(s.enum) && !s.enum.includes(value as never)) return `${path}: not one of the enum values`;
  if (Array.isArray(s.anyOf)) {
    const ok = s.anyOf.some((v) => schemaMismatch(v, value, root, path) === undefined);
    if (!ok) return `${path}: matches none of anyOf`;
  }
  if (Array.isArray(s.allOf)) {
    for (const v of s.allOf) {
      const problem = schemaMismatch(v, value, root, path);
      if (problem) return problem;
    }
  }
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? s.type : [s.type];
    const actual = typeOf(value);
    const ok = types.includes(actual) || (actual === "integer" && types.includes("number"));
    if (!ok) return `${path}: expected ${types.join("|")}, got ${actual}`;
  }
  if (typeOf(value) === "object" && (s.properties || s.type === "object")) {
    const obj = value as Record<string, unknown>;
    const props = (s.properties ?? {}) as Record<string, unknown>;
    for (const name of (s.required as string[] | undefined) ?? []) {
      if (!(name in obj)) return `${path}.${name}: required`;
    }
    for (const [key, v] of Object.entries(obj)) {
      if (!(key in props)) {
        if (s.additionalProperties === false) return `${path}.${key}: not allowed`;
        continue;
      }
      const problem = schemaMismatch(props[key], v, root, `${path}.${key}`);
      if (problem) return problem;
    }
  }
  if (Array.isArray(value)) {
    if (typeof s.minItems === "number" && value.length < s.minItems) return `${path}: fewer than minItems`;
    for (const [i, item] of value.entries()) {
      const problem = schemaMismatch(s.items, item, root, `${path}[${i}]`);
      if (problem) return problem;
    }
  }
  return undefined;
}
