/**
 * What the fake Anthropic API enforces like the real one, through the real @anthropic-ai/sdk:
 * each model's minimum cacheable prefix (a shorter prefix is simply not cached: 200, usage 0),
 * the cache lifetime (5 min from the last use; 1 h on request), the 20-block lookback, 1h
 * breakpoints before 5m ones, unknown models, forced tool choice on models that refuse it, the
 * strict-mode schema subset, and answers that strict mode could never produce.
 */
import Anthropic from "@anthropic-ai/sdk";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type FakeAnthropic, startFakeAnthropic } from "./anthropic";

let fake: FakeAnthropic;
let nowMs = Date.UTC(2026, 10, 21, 12);
const client = () => new Anthropic({ baseURL: fake.url, apiKey: "sk-ant-fake", maxRetries: 0 });
const tokens = (n: number) => "abcd".repeat(n); // the fake counts ceil(chars / 4)

beforeAll(async () => {
  fake = await startFakeAnthropic({ now: () => nowMs });
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

const cachedSystem = (n: number, ttl?: "1h") => [
  {
    type: "text" as const,
    text: tokens(n),
    cache_control: { type: "ephemeral" as const, ...(ttl ? { ttl } : {}) },
  },
];
const ask = (model: string, system: Anthropic.TextBlockParam[], content = "hi") =>
  client().messages.create({ model, max_tokens: 50, system, messages: [{ role: "user", content }] });

describe("prompt cache minimums and lifetime", () => {
  it.each([
    ["claude-haiku-4-5", 4_096],
    ["claude-sonnet-4-6", 1_024],
    ["claude-opus-4-7", 2_048],
    ["claude-sonnet-5-5", 512],
  ])("%s caches a prefix of %i tokens and not one token less", async (model, minimum) => {
    const short = await ask(model, cachedSystem(minimum - 1)); // + 1 token of user text
    expect(short.usage.cache_creation_input_tokens).toBe(0);
    expect(short.usage.cache_read_input_tokens).toBe(0);
    expect(short.usage.input_tokens).toBe(minimum);
    const again = await ask(model, cachedSystem(minimum - 1));
    expect(again.usage.cache_read_input_tokens).toBe(0);
    const long = await ask(model, cachedSystem(minimum));
    expect(long.usage.cache_creation_input_tokens).toBe(minimum);
    expect((await ask(model, cachedSystem(minimum))).usage.cache_read_input_tokens).toBe(minimum);
  });

  it("keeps caches per model: the same prefix on another model is a new write", async () => {
    await ask("claude-sonnet-4-6", cachedSystem(5_000));
    const other = await ask("claude-haiku-4-5", cachedSystem(5_000));
    expect(other.usage.cache_read_input_tokens).toBe(0);
    expect(other.usage.cache_creation_input_tokens).toBe(5_000);
  });

  it("expires a 5-minute entry 5 minutes after its last use, and a 1-hour entry after an hour", async () => {
    await ask("claude-sonnet-4-6", cachedSystem(2_000));
    nowMs += 4 * 60_000;
    expect((await ask("claude-sonnet-4-6", cachedSystem(2_000))).usage.cache_read_input_tokens).toBe(2_000);
    nowMs += 4 * 60_000; // 8 min after the write, 4 after the last read: still alive
    expect((await ask("claude-sonnet-4-6", cachedSystem(2_000))).usage.cache_read_input_tokens).toBe(2_000);
    nowMs += 5 * 60_000 + 1;
    const expired = await ask("claude-sonnet-4-6", cachedSystem(2_000));
    expect(expired.usage.cache_read_input_tokens).toBe(0);
    expect(expired.usage.cache_creation_input_tokens).toBe(2_000);

    await ask("claude-sonnet-4-6", cachedSystem(3_000, "1h"));
    nowMs += 59 * 60_000;
    expect((await ask("claude-sonnet-4-6", cachedSystem(3_000, "1h"))).usage.cache_read_input_tokens).toBe(
      3_000,
    );
    nowMs += 60 * 60_000 + 1;
    expect((await ask("claude-sonnet-4-6", cachedSystem(3_000, "1h"))).usage.cache_read_input_tokens).toBe(0);
  });

  it("finds an earlier entry up to 20 blocks before a breakpoint, not further", async () => {
    const base = { type: "text" as const, text: tokens(1_100) };
    const turns = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ type: "text" as const, text: `turn ${i}` }));
    const withMark = (blocks: Anthropic.TextBlockParam[]) =>
      blocks.map((b, i) =>
        i === blocks.length - 1 ? { ...b, cache_control: { type: "ephemeral" as const } } : b,
      );
    await ask("claude-sonnet-4-6", withMark([base]));
    const near = await ask("claude-sonnet-4-6", withMark([base, ...turns(19)]));
    expect(near.usage.cache_read_input_tokens).toBe(1_100);
    fake.clearCache();
    await ask("claude-sonnet-4-6", withMark([base]));
    const far = await ask("claude-sonnet-4-6", withMark([base, ...turns(20)]));
    expect(far.usage.cache_read_input_tokens).toBe(0);
  });

  it("refuses a 1h breakpoint after a 5m one", async () => {
    const system = [
      { type: "text" as const, text: "a", cache_control: { type: "ephemeral" as const } },
      { type: "text" as const, text: "b", cache_control: { type: "ephemeral" as const, ttl: "1h" as const } },
    ];
    await expect(ask("claude-sonnet-4-6", system)).rejects.toBeInstanceOf(Anthropic.BadRequestError);
  });
});

const strictTool = (schema: Record<string, unknown>) => ({
  name: "record",
  description: "Record it.",
  strict: true,
  input_schema: { type: "object" as const, ...schema },
});

describe("models and strict structured output", () => {
  it("answers 404 for a model it does not know", async () => {
    await expect(ask("claude-imaginary-9", cachedSystem(10))).rejects.toBeInstanceOf(Anthropic.NotFoundError);
  });

  it("refuses forced tool choice on models without it", async () => {
    const tool = strictTool({
      properties: { a: { type: "string" } },
      required: ["a"],
      additionalProperties: false,
    });
    const request = (model: string) =>
      client().messages.create({
        model,
        max_tokens: 50,
        tools: [tool],
        tool_choice: { type: "tool", name: "record" },
        messages: [{ role: "user", content: "x" }],
      });
    await expect(request("claude-sonnet-5-5")).rejects.toBeInstanceOf(Anthropic.BadRequestError);
    const ok = await request("claude-haiku-4-5");
    expect(ok.content[0]).toMatchObject({ type: "tool_use", name: "record", input: { a: "fake" } });
  });

  it.each([
    ["an object without additionalProperties: false", { properties: { a: { type: "string" } } }],
    [
      "a numeric bound",
      { properties: { a: { type: "number", minimum: 0 } }, required: ["a"], additionalProperties: false },
    ],
    [
      "a string length",
      { properties: { a: { type: "string", maxLength: 9 } }, required: ["a"], additionalProperties: false },
    ],
    [
      "minItems above 1",
      {
        properties: { a: { type: "array", items: { type: "string" }, minItems: 2 } },
        additionalProperties: false,
      },
    ],
  ])("answers 400 for a strict schema with %s", async (_name, schema) => {
    await expect(
      client().messages.create({
        model: "claude-haiku-4-5",
        max_tokens: 50,
        tools: [strictTool(schema)],
        messages: [{ role: "user", content: "x" }],
      }),
    ).rejects.toBeInstanceOf(Anthropic.BadRequestError);
  });

  it("never serves a scripted answer strict mode could not produce; a refusal is allowed", async () => {
    const tool = strictTool({
      properties: { mood: { type: "string", enum: ["warm", "cold"] } },
      required: ["mood"],
      additionalProperties: false,
    });
    const request = () =>
      client().messages.create({
        model: "claude-haiku-4-5",
        max_tokens: 50,
        tools: [tool],
        tool_choice: { type: "tool", name: "record" },
        messages: [{ role: "user", content: "x" }],
      });
    fake.enqueue({ type: "tool_use", name: "record", input: { mood: "furious" } });
    await expect(request()).rejects.toBeInstanceOf(Anthropic.InternalServerError);
    expect(fake.lastMessagesCall()?.contractViolation).toMatch(/mood/);
    fake.enqueue({ type: "refusal" });
    const refused = await request();
    expect(refused.stop_reason).toBe("refusal");
    expect(refused.content).toEqual([]);
  });
});
