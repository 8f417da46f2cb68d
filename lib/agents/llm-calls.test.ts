// The generic calls the writer uses (summaries, proactive messages): text and zod-validated
// structured output over the real SDK and the fake API, each recorded once in llm_calls.
import { asc } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { listLlmCallsForPlayer, summarizeLlmCalls } from "@/db/queries/llm-calls";
import { llmCalls } from "@/db/schema";
import { suiteDatabase } from "@/db/testing/suite-db";
import { testDrivers } from "@/db/testing/test-db";
import { suiteFakeAnthropic } from "@/e2e/support/suite-fakes";
import {
  completeStructured,
  completeText,
  completeToolInput,
  createLlmRuntime,
  type LlmRuntime,
  ModelOutputError,
} from "./llm-calls";
import { stableSystemBlock } from "./prompt";

const PLAYER = "00000000-0000-4000-8000-00000000c0de";
const SMALL = "claude-haiku-4-5";
const diarySchema = z.object({ mood: z.enum(["warm", "guarded"]), entry: z.string().min(1).max(400) });

describe.each(testDrivers())("completeText / completeStructured, llm_calls on %s", (driver) => {
  const t = suiteDatabase(driver, { forProcess: true });
  const fake = suiteFakeAnthropic();
  let runtime: LlmRuntime;
  const rows = () => t.db.select().from(llmCalls).orderBy(asc(llmCalls.id));
  const structured = {
    purpose: "summary",
    model: SMALL,
    playerId: PLAYER,
    system: "You write Nikita's diary.",
    messages: [{ role: "user" as const, content: "Write today's entry." }],
    schema: diarySchema,
    toolName: "write_diary",
    toolDescription: "Record the diary entry.",
  };

  beforeAll(() => {
    runtime = createLlmRuntime({ baseURL: fake.url, apiKey: "sk-ant-test", timeoutMs: 5_000, maxRetries: 0 });
  });
  beforeEach(async () => {
    await t.reset();
    fake.reset();
  });

  it("completes text behind her cached prefix and records it for the player", async () => {
    fake.enqueue("he talked about his sister again. i didn't hate it.");
    const text = await completeText(
      {
        purpose: "summary",
        model: SMALL,
        playerId: PLAYER,
        system: [stableSystemBlock(), { type: "text", text: "Write tonight's diary entry." }],
        messages: [{ role: "user", content: "<director_note>write it</director_note>" }],
        maxTokens: 300,
      },
      runtime,
    );
    expect(text).toBe("he talked about his sister again. i didn't hate it.");
    const body = fake.lastMessagesCall()?.body as {
      max_tokens: number;
      system: { cache_control?: unknown }[];
    };
    expect(body.max_tokens).toBe(300);
    expect(body.system[0]?.cache_control).toEqual({ type: "ephemeral" });
    const [row] = await listLlmCallsForPlayer(t.db, { playerId: PLAYER });
    expect(row).toMatchObject({ purpose: "summary", model: SMALL, status: "ok" });
    expect(row!.cacheWriteTokens).toBeGreaterThan(0);
  });

  it("returns zod-validated structured output from a forced tool call", async () => {
    fake.enqueue({ type: "tool_use", name: "write_diary", input: { mood: "warm", entry: "good day." } });
    const entry = await completeStructured(structured, runtime);
    expect(entry).toEqual({ mood: "warm", entry: "good day." });
    const body = fake.lastMessagesCall()?.body as {
      tools: { input_schema: unknown }[];
      tool_choice: unknown;
    };
    expect(body.tool_choice).toEqual({ type: "tool", name: "write_diary" });
    expect(body.tools[0]?.input_schema).toMatchObject({
      type: "object",
      required: ["mood", "entry"],
      properties: { mood: { enum: ["warm", "guarded"] } },
    });
  });

  it("throws on structured output that fails the schema's bounds or is refused, and records why", async () => {
    // Strict mode guarantees the shape (enum, required fields); bounds such as min(1) are zod's.
    fake.enqueue({ type: "tool_use", name: "write_diary", input: { mood: "warm", entry: "" } });
    await expect(completeStructured(structured, runtime)).rejects.toBeInstanceOf(ModelOutputError);
    fake.enqueue({ type: "tool_use", name: "write_diary", input: { mood: "warm", entry: "" } });
    expect(await completeToolInput(structured, runtime)).toEqual({ mood: "warm", entry: "" });
    fake.enqueue({ type: "refusal", text: "I can't help with that." });
    await expect(completeStructured(structured, runtime)).rejects.toThrow(/refused/);
    const recorded = await rows();
    expect(recorded.map((r) => r.status)).toEqual(["error", "ok", "error"]);
    expect(recorded[0]!.error).toMatch(/^ModelOutputError: invalid write_diary: entry: /);
    expect(recorded[2]!.error).toMatch(/stop_reason refusal/);
    const body = fake.lastMessagesCall()?.body as { tools: { strict?: boolean }[] };
    expect(body.tools[0]?.strict).toBe(true);
  });

  it("records calls without a valid player id as unattributed, and sums usage per model and purpose", async () => {
    await completeText(
      {
        purpose: "proactive",
        model: SMALL,
        playerId: "not-a-uuid",
        messages: [{ role: "user", content: "x" }],
      },
      runtime,
    );
    await completeText(
      { purpose: "proactive", model: SMALL, messages: [{ role: "user", content: "y" }] },
      runtime,
    );
    await completeText(
      { purpose: "summary", model: SMALL, playerId: PLAYER, messages: [{ role: "user", content: "z" }] },
      runtime,
    );
    expect((await rows()).map((r) => r.playerId)).toEqual([null, null, PLAYER]);

    const summary = await summarizeLlmCalls(t.db, { since: new Date(Date.now() - 60_000) });
    expect(summary.map((s) => [s.model, s.purpose, s.calls, s.errors])).toEqual([
      [SMALL, "proactive", 2, 0],
      [SMALL, "summary", 1, 0],
    ]);
    expect(summary[0]!.inputTokens).toBeGreaterThan(0);
    expect(summary[0]!.costUsd).toBeGreaterThan(0);
    const forPlayer = await summarizeLlmCalls(t.db, {
      since: new Date(Date.now() - 60_000),
      playerId: PLAYER,
    });
    expect(forPlayer.map((s) => s.purpose)).toEqual(["summary"]);
  });
});
