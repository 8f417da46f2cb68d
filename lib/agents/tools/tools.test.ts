// The shared agent tools on a real database, scoped to one player: get_context (name, stage,
// mood, recent lines, her blocked lines never returned), get_memory / update_memory round
// trip through the memory store, score_turn's qualitative read (nothing stored), and zod
// rejecting bad inputs.
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { openConversation } from "@/db/queries/conversations";
import { messages, scoreHistory } from "@/db/schema";
import { suiteDatabase } from "@/db/testing/suite-db";
import { testDrivers } from "@/db/testing/test-db";
import { CHAPTER_RULES } from "@/lib/engine";
import { seedVoicePlayer, voiceTestDeps } from "@/lib/voice/testing";
import { AGENT_TOOLS, findTool } from "./index";

const NOW = new Date("2026-11-21T12:00:00Z");

describe.each(testDrivers())("agent tools on %s", (driver) => {
  const t = suiteDatabase(driver);
  beforeEach(async () => t.reset());

  const run = async (name: string, playerId: string, raw: unknown) => {
    const tool = findTool(name);
    if (!tool) throw new Error(name);
    return tool.run({ deps: voiceTestDeps(t.db), playerId, input: tool.input.parse(raw), now: NOW });
  };

  it("get_context gives his name, the stage, her mood and the recent lines — minus anything the guard blocks", async () => {
    const playerId = await seedVoicePlayer(t.db, { now: NOW, chapter: 2, score: 65, name: "Alex" });
    const conversationId = await openConversation(t.db, { playerId, platform: "web", now: NOW });
    const at = (s: number) => new Date(NOW.getTime() - s * 1000);
    await t.db.insert(messages).values([
      { playerId, conversationId, role: "player", content: "my sister got the job", createdAt: at(30) },
      { playerId, conversationId, role: "nikita", content: "tell her I'm impressed", createdAt: at(20) },
      {
        playerId,
        conversationId,
        role: "nikita",
        content: "your relationship score is 65 points",
        createdAt: at(10),
      },
    ]);
    const context = (await run("get_context", playerId, {})) as Record<string, unknown>;
    expect(context).toMatchObject({
      name: "Alex",
      stage: CHAPTER_RULES[2].name,
      chapter: 2,
      mood: "solid",
      tension: "calm",
      boss_fight: false,
    });
    expect(context.recent).toEqual([
      { from: "him", text: "my sister got the job" },
      { from: "you", text: "tell her I'm impressed" },
    ]);
  });

  it("update_memory stores facts that get_memory then recalls", async () => {
    const playerId = await seedVoicePlayer(t.db, { now: NOW });
    expect(
      await run("update_memory", playerId, {
        facts: [{ subject: "user", predicate: "has a sister in", object: "Hamburg", about: "user" }],
      }),
    ).toEqual({ remembered: 1 });
    const recalled = (await run("get_memory", playerId, { query: "sister Hamburg" })) as {
      memories: string[];
    };
    expect(recalled.memories.join(" ")).toMatch(/Hamburg/);
    const other = await seedVoicePlayer(t.db, { now: NOW, name: "Sam" });
    expect(
      ((await run("get_memory", other, { query: "sister Hamburg" })) as { memories: string[] }).memories,
    ).toEqual([]);
  });

  it("score_turn reads warmer or cooler without storing anything", async () => {
    const playerId = await seedVoicePlayer(t.db, { now: NOW, chapter: 2 });
    const warm = (await run("score_turn", playerId, {
      player_text: "I got scared today and I'm telling you because I trust you. What was your day like?",
    })) as { read: string };
    const cold = (await run("score_turn", playerId, {
      player_text: "whatever, you're boring and stupid",
    })) as {
      read: string;
    };
    expect(["warmer", "steady"]).toContain(warm.read);
    expect(cold.read).toBe("cooler");
    expect(JSON.stringify([warm, cold])).not.toMatch(/\d/);
    expect(await t.db.select().from(scoreHistory).where(eq(scoreHistory.playerId, playerId))).toHaveLength(0);
  });

  it("validates inputs with zod and knows exactly its four tools", () => {
    expect(Object.keys(AGENT_TOOLS).sort()).toEqual([
      "get_context",
      "get_memory",
      "score_turn",
      "update_memory",
    ]);
    expect(findTool("drop_tables")).toBeNull();
    expect(findTool("__proto__")).toBeNull();
    expect(AGENT_TOOLS.get_memory.input.safeParse({ query: "" }).success).toBe(false);
    expect(AGENT_TOOLS.get_memory.input.safeParse({ query: "x", limit: 500 }).success).toBe(false);
    expect(AGENT_TOOLS.update_memory.input.safeParse({ facts: [] }).success).toBe(false);
    expect(AGENT_TOOLS.score_turn.input.safeParse({ player_text: 42 }).success).toBe(false);
  });
});
