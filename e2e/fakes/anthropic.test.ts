/**
 * Drives the real @anthropic-ai/sdk against the fake Anthropic Messages API (anthropic.ts).
 * Shapes: fixtures README "anthropic/".
 */
import Anthropic from "@anthropic-ai/sdk";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type FakeAnthropic, startFakeAnthropic } from "./anthropic";
import { messageBody, sseFrame, streamEvents } from "./anthropic-wire";
import { fixtureJson, fixturesDir, fixtureText } from "./fixture-files";

let fake: FakeAnthropic;
const client = (opts: Partial<ConstructorParameters<typeof Anthropic>[0]> = {}) =>
  new Anthropic({ baseURL: fake.url, apiKey: "sk-ant-fake-key", maxRetries: 0, ...opts });
const ask = { model: "claude-sonnet-4-6", max_tokens: 256 } as const;

beforeAll(async () => {
  fake = await startFakeAnthropic();
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

describe("fake Anthropic /v1/messages", () => {
  it("answers text with the default responder and records headers", async () => {
    const msg = await client().messages.create({ ...ask, messages: [{ role: "user", content: "hi" }] });
    expect(msg.type).toBe("message");
    expect(msg.content[0]).toMatchObject({ type: "text" });
    expect(msg._request_id).toMatch(/^req_01/);
    const call = fake.calls[0]!;
    // SDK 1.12.0 sends the key as a bearer token, not x-api-key; the fake accepts both.
    expect(call.apiKey).toBe("sk-ant-fake-key");
    expect(call.headers.authorization).toBe("Bearer sk-ant-fake-key");
    expect(call.headers["anthropic-version"]).toBe("2026-10-21");
    expect(call.body).toMatchObject({
      model: "claude-sonnet-4-6",
      messages: [{ role: "user", content: "hi" }],
    });
  });

  it("serves scripted text and tool_use replies in fixture shape", async () => {
    fake.enqueue("scripted", {
      type: "tool_use",
      name: "recall_memory",
      input: { query: "sister", limit: 3 },
    });
    const first = await client().messages.create({ ...ask, messages: [{ role: "user", content: "a" }] });
    expect(first.content).toEqual([{ type: "text", text: "scripted" }]);
    const recall = {
      name: "recall_memory",
      description: "Search what she remembers.",
      input_schema: {
        type: "object" as const,
        properties: { query: { type: "string" }, limit: { type: "integer" } },
        required: ["query", "limit"],
      },
    };
    const second = await client().messages.create({
      ...ask,
      tools: [recall],
      messages: [{ role: "user", content: "b" }],
    });
    expect(second.stop_reason).toBe("tool_use");
    expect(second.content[0]).toMatchObject({
      type: "tool_use",
      name: "recall_memory",
      input: { query: "sister", limit: 3 },
      caller: { type: "direct" },
    });
    expect((second.content[0] as { id: string }).id).toMatch(/^toolu_01/);
    expect(Object.keys(second)).toEqual(Object.keys(fixtureShape));
  });

  it("respondWith sees the request body; default fills json_schema and forced tools", async () => {
    fake.respondWith((req) => ({ type: "json", value: { echoed: req.messages.length } }));
    const a = await client().messages.create({ ...ask, messages: [{ role: "user", content: "x" }] });
    expect(a.content[0]).toEqual({ type: "text", text: '{"echoed":1}' });
    fake.respondWith(null);
    const schema = {
      type: "object",
      properties: {
        mood: { type: "string", enum: ["warm", "cold"] },
        messages: { type: "array", items: { type: "string" } },
      },
      required: ["mood", "messages"],
      additionalProperties: false,
    };
    const b = await client().messages.create({
      ...ask,
      messages: [{ role: "user", content: "y" }],
      output_config: { format: { type: "json_schema", schema } },
    });
    expect(JSON.parse((b.content[0] as { text: string }).text)).toEqual({ mood: "warm", messages: ["fake"] });
    const c = await client().messages.create({
      ...ask,
      messages: [{ role: "user", content: "z" }],
      tools: [
        {
          name: "get_today_plan",
          input_schema: { type: "object", properties: { day: { type: "integer" } } },
        },
      ],
      tool_choice: { type: "tool", name: "get_today_plan" },
    });
    expect(c.content[0]).toMatchObject({ type: "tool_use", name: "get_today_plan", input: { day: 1 } });
  });

  it("streams SSE that the SDK assembles into the final message", async () => {
    fake.enqueue({
      type: "text",
      text: ["ok wait", ". you actually", " remembered that", "?", " careful, alex."],
    });
    const stream = client().messages.stream({ ...ask, messages: [{ role: "user", content: "remember?" }] });
    const deltas: string[] = [];
    stream.on("text", (t) => deltas.push(t));
    const final = await stream.finalMessage();
    expect(deltas).toEqual(["ok wait", ". you actually", " remembered that", "?", " careful, alex."]);
    expect(final.content).toEqual([
      { type: "text", text: "ok wait. you actually remembered that? careful, alex." },
    ]);
    expect(final.usage.output_tokens).toBeGreaterThan(0);
    expect(fake.calls[0]!.stream).toBe(true);
  });

  it("a mid-stream `event: error` makes the SDK throw", async () => {
    fake.enqueue({ type: "stream_error", afterDeltas: 1 });
    const stream = client().messages.stream({ ...ask, messages: [{ role: "user", content: "x" }] });
    await expect(stream.finalMessage()).rejects.toThrow(/Overloaded/);
  });

  it("429 with retry-after is retried by the SDK after the advertised wait", async () => {
    fake.enqueue({ type: "error", status: 429, retryAfter: 0.3 }, "after the wait");
    const started = Date.now();
    const msg = await client({ maxRetries: 2 }).messages.create({
      ...ask,
      messages: [{ role: "user", content: "x" }],
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    expect(msg.content[0]).toEqual({ type: "text", text: "after the wait" });
    expect(fake.calls.map((c) => c.status)).toEqual([429, 200]);
    expect(fake.calls[1]!.headers["x-stainless-retry-count"]).toBe("1");
  });

  it("maps 429 / 500 / 529 to the SDK error classes with requestID", async () => {
    fake.enqueue(
      { type: "error", status: 429, retryAfter: 7 },
      { type: "error", status: 500 },
      { type: "error", status: 529 },
    );
    const c = client();
    const create = () => c.messages.create({ ...ask, messages: [{ role: "user", content: "x" }] });
    const e429 = await create().catch((e: unknown) => e);
    expect(e429).toBeInstanceOf(Anthropic.RateLimitError);
    expect((e429 as InstanceType<typeof Anthropic.RateLimitError>).requestID).toMatch(/^req_01/);
    expect((e429 as InstanceType<typeof Anthropic.RateLimitError>).headers?.get("retry-after")).toBe("7");
    await expect(create()).rejects.toBeInstanceOf(Anthropic.InternalServerError);
    await expect(create()).rejects.toBeInstanceOf(Anthropic.OverloadedError);
  });

  it("error bodies match the fixtures' envelope", async () => {
    fake.enqueue({ type: "error", status: 529 });
    const res = await fetch(`${fake.url}/v1/messages`, {
      method: "POST",
      headers: { "x-api-key": "k", "anthropic-version": "2026-10-21", "content-type": "application/json" },
      body: JSON.stringify({ ...ask, messages: [] }),
    });
    const body = (await res.json()) as { request_id: string };
    expect(res.status).toBe(529);
    expect(res.headers.get("request-id")).toBe(body.request_id);
    expect({ ...body, request_id: "x" }).toEqual({
      type: "error",
      error: { type: "overloaded_error", message: "Overloaded" },
      request_id: "x",
    });
  });

  it("a delay longer than the client timeout gives APIConnectionTimeoutError", async () => {
    fake.enqueue({ type: "delay", ms: 5_000 });
    await expect(
      client({ timeout: 200 }).messages.create({ ...ask, messages: [{ role: "user", content: "x" }] }),
    ).rejects.toBeInstanceOf(Anthropic.APIConnectionTimeoutError);
  });

  it("401 without x-api-key, 400 without anthropic-version (real API behaviour)", async () => {
    const post = (headers: Record<string, string>) =>
      fetch(`${fake.url}/v1/messages`, {
        method: "POST",
        headers,
        body: JSON.stringify({ ...ask, messages: [] }),
      });
    const noKey = await post({ "anthropic-version": "2026-10-21" });
    expect(noKey.status).toBe(401);
    expect(await noKey.json()).toMatchObject({ type: "error", error: { type: "authentication_error" } });
    const noVersion = await post({ "x-api-key": "k" });
    expect(noVersion.status).toBe(400);
    expect(await noVersion.json()).toMatchObject({ error: { type: "invalid_request_error" } });
  });

  it("rejects a wrong key when apiKey is configured", async () => {
    const strict = await startFakeAnthropic({ apiKey: "sk-right" });
    try {
      const c = new Anthropic({ baseURL: strict.url, apiKey: "sk-wrong", maxRetries: 0 });
      await expect(
        c.messages.create({ ...ask, messages: [{ role: "user", content: "x" }] }),
      ).rejects.toBeInstanceOf(Anthropic.AuthenticationError);
    } finally {
      await strict.close();
    }
  });

  it("simulates prompt caching: creation first, read on the identical prefix", async () => {
    const system = [
      {
        type: "text" as const,
        text: "persona ".repeat(1_200),
        cache_control: { type: "ephemeral" as const, ttl: "1h" as const },
      },
      {
        type: "text" as const,
        text: "player context ".repeat(50),
        cache_control: { type: "ephemeral" as const },
      },
    ];
    const c = client();
    const first = await c.messages.create({
      ...ask,
      system,
      messages: [{ role: "user", content: "hello there" }],
    });
    expect(first.usage.cache_read_input_tokens).toBe(0);
    expect(first.usage.cache_creation_input_tokens).toBeGreaterThan(0);
    expect(first.usage.cache_creation).toEqual({
      ephemeral_1h_input_tokens: 2_400,
      ephemeral_5m_input_tokens: first.usage.cache_creation_input_tokens! - 2_400,
    });
    const second = await c.messages.create({
      ...ask,
      system,
      messages: [{ role: "user", content: "another turn" }],
    });
    expect(second.usage.cache_creation_input_tokens).toBe(0);
    expect(second.usage.cache_read_input_tokens).toBe(first.usage.cache_creation_input_tokens);
    expect(second.usage.input_tokens).toBe(Math.ceil("another turn".length / 4));
    // Changing the per-player block reuses the 1h persona prefix and writes only the new part.
    const changed = [system[0]!, { ...system[1]!, text: "other player ".repeat(50) }];
    const third = await c.messages.create({
      ...ask,
      system: changed,
      messages: [{ role: "user", content: "x" }],
    });
    expect(third.usage.cache_read_input_tokens).toBe(2_400);
    expect(third.usage.cache_creation?.ephemeral_5m_input_tokens).toBe(
      Math.ceil("other player ".repeat(50).length / 4),
    );
  });

  it("count_tokens returns the estimate", async () => {
    const res = await client().messages.countTokens({
      model: ask.model,
      messages: [{ role: "user", content: "12345678" }],
    });
    expect(res.input_tokens).toBe(2);
  });

  it("rejects more than 4 cache_control breakpoints", async () => {
    const block = { type: "text" as const, text: "a", cache_control: { type: "ephemeral" as const } };
    await expect(
      client().messages.create({
        ...ask,
        system: [block, block, block, block, block],
        messages: [{ role: "user", content: "x" }],
      }),
    ).rejects.toBeInstanceOf(Anthropic.BadRequestError);
  });
});

const fixtureShape = messageBody({
  model: "m",
  id: "i",
  content: [],
  stopReason: "end_turn",
  usage: {
    input_tokens: 0,
    cache_creation_input_tokens: 0,
    cache_read_input_tokens: 0,
    cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 0 },
  },
  outputTokens: 0,
});

describe.skipIf(!fixturesDir)("wire shapes equal the fixtures", () => {
  it("response-text.json", () => {
    const fx = fixtureJson<{ content: { text: string }[]; usage: Record<string, unknown> }>(
      "anthropic/response-text.json",
    );
    const built = messageBody({
      model: "claude-sonnet-4-6",
      id: "msg_01FAKEfixtureTextReply0001",
      content: [{ type: "text", text: fx.content[0]!.text }],
      stopReason: "end_turn",
      usage: {
        input_tokens: 37,
        cache_creation_input_tokens: 312,
        cache_read_input_tokens: 4096,
        cache_creation: { ephemeral_5m_input_tokens: 312, ephemeral_1h_input_tokens: 0 },
      },
      outputTokens: 46,
    });
    expect(JSON.stringify(built, null, 2)).toBe(JSON.stringify(fx, null, 2));
  });

  it("stream-text.sse, byte for byte", () => {
    const events = streamEvents({
      model: "claude-sonnet-4-6",
      id: "msg_01FAKEfixtureStream00001",
      content: [{ type: "text", text: "ok wait. you actually remembered that? careful, alex." }],
      textChunks: { 0: ["ok wait", ". you actually", " remembered that", "?", " careful, alex."] },
      stopReason: "end_turn",
      usage: {
        input_tokens: 21,
        cache_creation_input_tokens: 0,
        cache_read_input_tokens: 4096,
        cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 0 },
      },
      outputTokens: 14,
    });
    expect(events.map(sseFrame).join("")).toBe(fixtureText("anthropic/stream-text.sse"));
  });
});
