// The Claude-backed model end to end: the real @anthropic-ai/sdk against the local fake
// Messages API (real HTTP, real retries and timeouts), with every call recorded in llm_calls on
// a real database (PGlite, and the PostgreSQL server when TEST_DATABASE_URL is set).
import Anthropic from "@anthropic-ai/sdk";
import { asc } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { llmCalls } from "@/db/schema";
import { suiteDatabase } from "@/db/testing/suite-db";
import { testDrivers } from "@/db/testing/test-db";
import { suiteFakeAnthropic } from "@/e2e/support/suite-fakes";
import { parseAnalysis } from "@/lib/engine/analysis";
import { type AnthropicModelOptions, createAnthropicModel } from "./anthropic-model";
import { CircuitOpenError } from "./circuit-breaker";
import { ModelOutputError } from "./llm-calls";
import type { ReplyContext, TranscriptLine } from "./model";
import { STABLE_PREFIX } from "./prompt";
import { estimateTokens } from "./prompt/tokens";

const PLAYER_A = "00000000-0000-4000-8000-0000000000a1";
const PLAYER_B = "00000000-0000-4000-8000-0000000000b2";
const REPLY_MODEL = "claude-sonnet-4-6";
const SMALL_MODEL = "claude-haiku-4-5";
const at = new Date("2026-11-21T18:00:00Z");
const line = (role: TranscriptLine["role"], content: string): TranscriptLine => ({ role, content, at });

function replyContext(overrides: Partial<ReplyContext> = {}): ReplyContext {
  return {
    playerId: PLAYER_A,
    playerName: "Alex",
    chapter: 1,
    conflictZone: "CALM",
    platform: "telegram",
    vices: [],
    memories: ["works night shifts as a nurse"],
    history: [line("player", "hey"), line("nikita", "is that the opener you went with?")],
    playerText: "fair. what are you working on right now?",
    localTime: "Saturday 19:00",
    localHour: 19,
    isNewConversation: false,
    hoursSinceLastMessage: 0.1,
    seed: 1,
    ...overrides,
  };
}

type RequestBody = {
  model: string;
  system: { text: string; cache_control?: unknown }[] | string;
  messages: { role: string; content: string }[];
  tool_choice?: unknown;
};

describe.each(testDrivers())("Claude model against the fake Anthropic API, llm_calls on %s", (driver) => {
  const t = suiteDatabase(driver, { forProcess: true });
  const fake = suiteFakeAnthropic({ apiKey: "sk-ant-test-key" });
  let clock = 0;

  const model = (options: AnthropicModelOptions = {}) =>
    createAnthropicModel({
      baseURL: fake.url,
      apiKey: "sk-ant-test-key",
      timeoutMs: 5_000,
      now: () => clock,
      models: { reply: REPLY_MODEL, small: SMALL_MODEL },
      ...options,
    });
  const rows = () => t.db.select().from(llmCalls).orderBy(asc(llmCalls.id));
  const messageCalls = () => fake.calls.filter((c) => c.endpoint === "messages");
  const lastBody = () => fake.lastMessagesCall()?.body as RequestBody;

  beforeEach(async () => {
    await t.reset();
    fake.reset();
    clock = 1_000_000;
  });

  it("replies with the first text block and records the call", async () => {
    fake.enqueue("a client's network. it's going badly for them");
    const text = await model().reply(replyContext());
    expect(text).toBe("a client's network. it's going badly for them");

    const body = lastBody();
    expect(body.model).toBe(REPLY_MODEL);
    expect(body.messages.at(-1)).toEqual({
      role: "user",
      content: "<player_message>fair. what are you working on right now?</player_message>",
    });
    const [row] = await rows();
    expect(row).toMatchObject({
      playerId: PLAYER_A,
      purpose: "reply",
      model: REPLY_MODEL,
      status: "ok",
      error: null,
    });
    expect(row!.inputTokens).toBeGreaterThan(0);
    expect(row!.outputTokens).toBeGreaterThan(0);
    expect(row!.costUsd).toBeGreaterThan(0);
    expect(row!.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("marks the stable block for caching, and a second player's turn reads the prefix from cache", async () => {
    await model().reply(replyContext());
    await model().reply(
      replyContext({ playerId: PLAYER_B, playerName: "Sam", chapter: 4, playerText: "hi" }),
    );

    const system = lastBody().system as { text: string; cache_control?: unknown }[];
    expect(system[0]).toEqual({ type: "text", text: STABLE_PREFIX, cache_control: { type: "ephemeral" } });
    expect(system[1]?.cache_control).toBeUndefined();
    const [first, second] = await rows();
    const prefixTokens = estimateTokens(STABLE_PREFIX);
    expect(first).toMatchObject({ cacheWriteTokens: prefixTokens, cacheReadTokens: 0 });
    expect(second).toMatchObject({ playerId: PLAYER_B, cacheWriteTokens: 0, cacheReadTokens: prefixTokens });
    expect(second!.costUsd).toBeLessThan(first!.costUsd / 2);
  });

  it("returns the analysis tool input raw, on the small model, for the pipeline to validate", async () => {
    const analysisCtx = {
      playerId: PLAYER_A,
      chapter: 2 as const,
      conflictZone: "CALM" as const,
      playerText: "i actually think you're wrong about that",
      previousNikitaLine: "most security is theatre",
      history: [line("nikita", "most security is theatre")],
      seed: 1,
    };
    // Default fake answer: a tool call whose input is sampled from the schema we sent.
    const sampled = await model().analyze(analysisCtx);
    expect(parseAnalysis(sampled).ok).toBe(true);
    expect(lastBody().model).toBe(SMALL_MODEL);
    expect(lastBody().tool_choice).toEqual({ type: "tool", name: "record_analysis" });

    // Strict mode keeps the shape; a delta beyond ±10 is still possible and zod rejects it.
    const outOfRange = {
      deltas: { intimacy: 50, passion: 0, trust: 0, secureness: 0 },
      behaviours: [],
      repair: { detected: false, quality: null },
      vice_signals: [],
      facts: [],
      flags: { crisis: false, minor: false },
      confidence: 1,
      explanation: "",
    };
    fake.enqueue({ type: "tool_use", name: "record_analysis", input: outOfRange });
    const raw = await model().analyze(analysisCtx);
    expect(raw).toEqual(outOfRange);
    expect(parseAnalysis(raw).ok).toBe(false);
    expect((await rows()).map((r) => [r.purpose, r.model, r.status])).toEqual([
      ["analysis", SMALL_MODEL, "ok"],
      ["analysis", SMALL_MODEL, "ok"],
    ]);
  });

  it("returns a valid judgment and throws on an invalid one (recorded as an error)", async () => {
    const judgmentCtx = {
      playerId: PLAYER_A,
      chapter: 2 as const,
      exchange: [line("nikita", "you said that on purpose"), line("player", "i did, and i stand by it")],
      seed: 1,
    };
    fake.enqueue({
      type: "tool_use",
      name: "record_judgment",
      input: { verdict: "PASS", confidence: 0.86, reason: "he held his position without getting hostile" },
    });
    expect(await model().judge(judgmentCtx)).toEqual({ verdict: "PASS", confidence: 0.86 });

    fake.enqueue({
      type: "tool_use",
      name: "record_judgment",
      input: { verdict: "PASS", confidence: 3, reason: "" },
    });
    await expect(model().judge(judgmentCtx)).rejects.toBeInstanceOf(ModelOutputError);
    // A forced tool always yields a tool call, except when the model refuses.
    fake.enqueue({ type: "refusal" });
    await expect(model().judge(judgmentCtx)).rejects.toThrow(/refused: no record_judgment/);

    const recorded = await rows();
    expect(recorded.map((r) => [r.purpose, r.status])).toEqual([
      ["judgment", "ok"],
      ["judgment", "error"],
      ["judgment", "error"],
    ]);
    expect(recorded[1]!.error).toMatch(/invalid record_judgment: confidence: .*reason/);
    expect(recorded[1]!.outputTokens).toBeGreaterThan(0);
  });

  it("asks models that reject a forced tool choice for JSON output instead", async () => {
    const claude = model({ models: { reply: "claude-sonnet-5-5" } });
    const judgmentCtx = {
      playerId: PLAYER_A,
      chapter: 5 as const,
      exchange: [line("nikita", "i got the lisbon offer"), line("player", "you'd better not take it")],
      seed: 1,
    };
    fake.enqueue({
      type: "json",
      value: { verdict: "FAIL", confidence: 0.9, reason: "he tried to make her stay" },
    });
    expect(await claude.judge(judgmentCtx)).toEqual({ verdict: "FAIL", confidence: 0.9 });
    const body = fake.lastMessagesCall()?.body as Record<string, unknown>;
    expect(body.tools).toBeUndefined();
    expect(body.tool_choice).toBeUndefined();
    expect(body.output_config).toMatchObject({
      format: { type: "json_schema", schema: { type: "object", additionalProperties: false } },
    });
    // Strict JSON output keeps the shape; a confidence out of range still gets through to zod.
    fake.enqueue({ type: "json", value: { verdict: "PASS", confidence: 3, reason: "x" } });
    await expect(claude.judge(judgmentCtx)).rejects.toBeInstanceOf(ModelOutputError);
  });

  it("does not open the circuit for requests the API rejects as invalid", async () => {
    const claude = model({ maxRetries: 0 });
    fake.respondWith(() => ({ type: "error", status: 400 }));
    for (let i = 0; i < 6; i++)
      await expect(claude.reply(replyContext())).rejects.toBeInstanceOf(Anthropic.BadRequestError);
    expect(messageCalls()).toHaveLength(6);
    expect(
      (await rows()).every((r) => r.error?.startsWith("BadRequestError 400 invalid_request_error")),
    ).toBe(true);
  });

  it("writes a boss opening from the cached prefix plus a director note", async () => {
    fake.enqueue("settle something for me. is privacy dead or just badly defended?");
    const text = await model().bossLine({
      playerId: PLAYER_A,
      playerName: "Alex",
      chapter: 1,
      phase: "opening",
      history: [line("player", "ok you win that one"), line("nikita", "i usually do")],
      seed: 1,
    });
    expect(text).toMatch(/privacy dead/);
    const body = lastBody();
    expect((body.system as { text: string }[])[1]?.text).toContain("Right now you are opening it");
    expect(body.messages.at(-1)?.content).toMatch(/^<director_note>/);
    expect((await rows())[0]).toMatchObject({ purpose: "boss_line", status: "ok" });
  });

  it("waits out a 429 with retry-after and succeeds on the SDK's retry", async () => {
    fake.enqueue({ type: "error", status: 429, retryAfter: 0.05 }, "ok, i'm back");
    expect(await model().reply(replyContext())).toBe("ok, i'm back");
    const calls = messageCalls();
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
    expect(calls[1]!.headers["x-stainless-retry-count"]).toBe("1");
    expect((await rows()).map((r) => r.status)).toEqual(["ok"]);
  });

  it("gives up on repeated 500s after two retries and records the failure", async () => {
    fake.respondWith(() => ({ type: "error", status: 500 }));
    await expect(model().reply(replyContext())).rejects.toBeInstanceOf(Anthropic.InternalServerError);
    expect(messageCalls()).toHaveLength(3);
    const [row] = await rows();
    expect(row).toMatchObject({ status: "error", inputTokens: 0, outputTokens: 0, costUsd: 0 });
    expect(row!.error).toMatch(/InternalServerError 500 api_error req_/);
  });

  it("times out a silent API on the client timeout, with bounded retries", async () => {
    fake.respondWith(() => ({ type: "delay", ms: 10_000 }));
    const started = Date.now();
    await expect(model({ timeoutMs: 200 }).reply(replyContext())).rejects.toBeInstanceOf(
      Anthropic.APIConnectionTimeoutError,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(messageCalls()).toHaveLength(3);
    expect((await rows())[0]).toMatchObject({
      status: "error",
      error: "timeout: no response within the client timeout",
    });
  });

  it("opens the circuit after five failed calls, fails fast without touching the API, then tries again", async () => {
    const claude = model({ maxRetries: 0 });
    fake.respondWith(() => ({ type: "error", status: 529 }));
    for (let i = 0; i < 5; i++)
      await expect(claude.reply(replyContext())).rejects.toBeInstanceOf(Anthropic.APIError);
    expect(messageCalls()).toHaveLength(5);

    await expect(claude.reply(replyContext())).rejects.toBeInstanceOf(CircuitOpenError);
    await expect(claude.analyze({ ...replyContext(), previousNikitaLine: null })).rejects.toBeInstanceOf(
      CircuitOpenError,
    );
    expect(messageCalls()).toHaveLength(5);

    clock += 30_000;
    fake.respondWith(null);
    fake.enqueue("sorry, phone died");
    expect(await claude.reply(replyContext())).toBe("sorry, phone died");
    expect(messageCalls()).toHaveLength(6);

    const recorded = await rows();
    expect(recorded.map((r) => r.error?.split(" ")[0] ?? "ok")).toEqual([
      "OverloadedError",
      "OverloadedError",
      "OverloadedError",
      "OverloadedError",
      "OverloadedError",
      "circuit_open",
      "circuit_open",
      "ok",
    ]);
  });

  it("keeps answering when recording fails", async () => {
    fake.enqueue("still here");
    const claude = model({
      record: () => Promise.reject(new Error("database on fire")),
    });
    expect(await claude.reply(replyContext())).toBe("still here");
    expect(await rows()).toHaveLength(0);
  });
});
