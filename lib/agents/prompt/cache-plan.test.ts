// A cache marker survives only where its prefix reaches the model's documented minimum
// (512 on the 5.x models, 1,024 on Sonnet 4.6, 4,096 on Haiku 4.5), and the reply and analysis
// prompts keep theirs on the default models.
import type Anthropic from "@anthropic-ai/sdk";
import { describe, expect, it } from "vitest";
import { minCacheableTokens } from "@/lib/integrations/anthropic";
import { buildAnalysisRequest } from "./analysis";
import { fitCacheMarkers } from "./cache-plan";
import { buildReplyRequest } from "./reply";

const mark = { type: "ephemeral" } as const;
const request = (model: string, chars: number): Anthropic.MessageCreateParamsNonStreaming => ({
  model,
  max_tokens: 10,
  system: [{ type: "text", text: "x".repeat(chars), cache_control: mark }],
  messages: [{ role: "user", content: "hi" }],
});
const isMarked = (r: Anthropic.MessageCreateParamsNonStreaming) =>
  (r.system as Anthropic.TextBlockParam[])[0]!.cache_control !== undefined;

describe("fitCacheMarkers", () => {
  it.each([
    ["claude-haiku-4-5", 4_096],
    ["claude-haiku-4-5-20251001", 4_096],
    ["claude-sonnet-4-6", 1_024],
    ["claude-opus-4-7", 2_048],
    ["claude-sonnet-5-5", 512],
    ["claude-sonnet-5-5-20260928", 512],
    ["claude-sonnet-5-20260630", 1_024],
    ["claude-new-thing", 4_096],
  ])("%s: keeps a marker at %i estimated tokens, drops it one token below", (model, minimum) => {
    expect(minCacheableTokens(model)).toBe(minimum);
    expect(isMarked(fitCacheMarkers(request(model, minimum * 4)))).toBe(true);
    expect(isMarked(fitCacheMarkers(request(model, minimum * 4 - 4)))).toBe(false);
  });

  it("counts tools first: a marker after a long tool list can pay where the system block alone cannot", () => {
    const base = request("claude-sonnet-4-6", 400);
    const tools: Anthropic.Tool[] = [
      { name: "t", description: "d".repeat(4_000), input_schema: { type: "object", properties: {} } },
    ];
    expect(isMarked(fitCacheMarkers(base))).toBe(false);
    expect(isMarked(fitCacheMarkers({ ...base, tools }))).toBe(true);
  });

  it("leaves the reply and analysis prompts marked on the default models", () => {
    const history = [{ role: "player" as const, content: "hey", at: new Date() }];
    const reply = buildReplyRequest(
      {
        playerId: "p",
        playerName: "Sam",
        chapter: 1,
        conflictZone: "CALM",
        platform: "web",
        vices: [],
        memories: [],
        history,
        playerText: "hey",
        localTime: "18:00",
        localHour: 18,
        isNewConversation: true,
        hoursSinceLastMessage: null,
        seed: 1,
      },
      { model: "claude-sonnet-4-6" },
    );
    expect(fitCacheMarkers(reply)).toBe(reply);
    const analysis = buildAnalysisRequest(
      {
        playerId: "p",
        chapter: 1,
        conflictZone: "CALM",
        playerText: "hey",
        previousNikitaLine: null,
        history,
        seed: 1,
      },
      { model: "claude-haiku-4-5" },
    );
    expect(fitCacheMarkers(analysis)).toBe(analysis);
  });
});
