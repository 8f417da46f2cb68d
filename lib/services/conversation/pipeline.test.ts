// The conversation pipeline end to end on a real database: accept → process → scored state,
// history and scheduled bubbles; a processor failure loses nothing and answers once; the
// chapter-1 boss is reached, fought in two phases and passed into chapter 2; the rate limits
// are answered in character without a model call, and from the day's "needs space" message
// on she says she needs space.
import { and, eq, inArray } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { loadEngineState, saveEngineState } from "@/db/queries/engine-state";
import { messages, pendingTurns, players, scheduledEvents, scoreHistory } from "@/db/schema";
import { suiteDatabase } from "@/db/testing/suite-db";
import { testDrivers } from "@/db/testing/test-db";
import type { ConversationModel } from "@/lib/agents/model";
import { NEEDS_SPACE_LINES, RATE_LIMIT_LINES } from "@/lib/agents/offline/canned-lines";
import { createOfflineModel } from "@/lib/agents/offline-model";
import { completeOnboarding, createEngineState, NEUTRAL_ANALYSIS } from "@/lib/engine";
import { RATE_LIMIT_RULES } from "@/lib/engine/rules";
import { acceptPlayerMessage } from "./accept-player-message";
import type { PipelineDeps } from "./deps";
import { processPlayerTurns } from "./process-turn";

const noMemory: PipelineDeps["memory"] = { recall: async () => [], remember: async () => {} };

describe.each(testDrivers())("conversation pipeline on %s", (driver) => {
  const t = suiteDatabase(driver);
  let clock: Date;
  let playerId: string;

  beforeEach(async () => {
    await t.reset();
    clock = new Date("2026-11-20T18:00:00Z");
    const [row] = await t.db.insert(players).values({ name: "Alex", timezone: "Europe/Berlin" }).returning();
    playerId = row!.id;
    const onboarded = completeOnboarding(
      createEngineState(clock),
      { darkness: 3, isAdultConfirmed: true },
      clock,
    );
    if (!onboarded.ok) throw new Error("onboarding");
    await saveEngineState(t.db, { playerId, state: onboarded.state, now: clock });
  });

  const deps = (model: ConversationModel): PipelineDeps => ({
    db: t.db,
    model,
    memory: noMemory,
    now: () => clock,
    seed: () => 7,
  });

  async function say(text: string, model: ConversationModel = createOfflineModel()) {
    await acceptPlayerMessage(t.db, { playerId, platform: "web", content: text }, clock);
    const outcomes = await processPlayerTurns(deps(model), playerId);
    clock = new Date(clock.getTime() + 60_000);
    return outcomes;
  }

  it("stores the message and a pending turn before anything else", async () => {
    const accepted = await acceptPlayerMessage(
      t.db,
      { playerId, platform: "web", content: "hi there" },
      clock,
    );
    const [turn] = await t.db.select().from(pendingTurns).where(eq(pendingTurns.id, accepted.turnId));
    expect(turn?.status).toBe("pending");
    const [msg] = await t.db.select().from(messages).where(eq(messages.id, accepted.messageId));
    expect(msg?.content).toBe("hi there");
  });

  it("answers an ordinary message offline, scores it and schedules her bubbles", async () => {
    const outcomes = await say(
      "i read your write-up on that router bug, why did the vendor take so long to patch it?",
    );
    expect(outcomes).toEqual(["replied"]);
    const events = await t.db.select().from(scheduledEvents).where(eq(scheduledEvents.playerId, playerId));
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.channel === "web" && e.payload.text.length > 0)).toBe(true);
    // First message of a conversation: her reply is delayed by at least a second.
    expect(events[0]!.dueAt.getTime()).toBeGreaterThan(new Date("2026-11-20T18:00:00Z").getTime());
    const history = await t.db.select().from(scoreHistory).where(eq(scoreHistory.playerId, playerId));
    expect(history.map((h) => h.kind)).toEqual(["conversation"]);
    const [player] = await t.db.select().from(players).where(eq(players.id, playerId));
    expect(player?.relationshipScore).toBe(history[0]!.scoreAfter);
    expect(player?.messagesExchanged).toBe(1 + events.length);
  });

  it("loses nothing when the model fails once, and answers exactly once", async () => {
    let calls = 0;
    const offline = createOfflineModel();
    const flaky: ConversationModel = {
      ...offline,
      reply: async (ctx) => {
        calls += 1;
        if (calls === 1) throw new Error("model timed out");
        return offline.reply(ctx);
      },
    };
    expect(await say("tell me about root", flaky)).toEqual(["retry"]);
    const waiting = await t.db.select().from(scheduledEvents).where(eq(scheduledEvents.playerId, playerId));
    expect(waiting).toHaveLength(1);
    expect(waiting[0]!.payload.text).not.toMatch(/error|rate limit|429/i);
    clock = new Date(clock.getTime() + 10 * 60_000);
    expect(await processPlayerTurns(deps(flaky), playerId)).toEqual(["replied"]);
    expect(await processPlayerTurns(deps(flaky), playerId)).toEqual([]);
    const [turn] = await t.db.select().from(pendingTurns).where(eq(pendingTurns.playerId, playerId));
    expect(turn?.status).toBe("done");
    const history = await t.db.select().from(scoreHistory).where(eq(scoreHistory.playerId, playerId));
    expect(history).toHaveLength(1);
  });

  it("plays chapter 1 to the boss, through both phases, into chapter 2", async () => {
    const offline = createOfflineModel();
    const warm: ConversationModel = {
      ...offline,
      analyze: async () => ({
        ...NEUTRAL_ANALYSIS,
        deltas: { intimacy: 3, passion: 3, trust: 3, secureness: 3 },
        confidence: 0.9,
        explanation: "You kept it real.",
      }),
      judge: async () => ({ verdict: "PASS", confidence: 0.9 }),
    };
    let guard = 0;
    while (guard++ < 40) {
      const [player] = await t.db.select().from(players).where(eq(players.id, playerId));
      if (player?.status === "boss_fight") break;
      await say("honestly i think most security advice is theatre, prove me wrong", warm);
    }
    const [inBoss] = await t.db.select().from(players).where(eq(players.id, playerId));
    expect(inBoss?.status).toBe("boss_fight");
    expect(inBoss?.relationshipScore).toBeGreaterThanOrEqual(55);
    const opening = await t.db.select().from(scheduledEvents).where(eq(scheduledEvents.source, "boss"));
    expect(opening).toHaveLength(1);

    expect(
      await say("i think you're wrong about that, and here's why: curiosity beats caution", warm),
    ).toEqual(["boss"]);
    const [mid] = await t.db.select().from(players).where(eq(players.id, playerId));
    expect(mid?.bossPhase).toBe("resolution");
    expect(await say("because i'd rather argue with you than agree with anyone else", warm)).toEqual([
      "boss",
    ]);
    const [after] = await t.db.select().from(players).where(eq(players.id, playerId));
    expect(after).toMatchObject({ status: "active", chapter: 2, bossAttempts: 0 });
    const kinds = (await t.db.select().from(scoreHistory).where(eq(scoreHistory.playerId, playerId))).map(
      (h) => h.kind,
    );
    expect(kinds).toContain("boss_initiated");
    expect(kinds).toContain("boss_pass");
  });

  it("wins the last test with a victory line that counts the messages as stored", async () => {
    const loaded = await loadEngineState(t.db, { playerId });
    const bossAt = new Date(clock.getTime() - 60_000);
    await saveEngineState(t.db, {
      playerId,
      state: {
        ...loaded!.state,
        game: {
          ...loaded!.state.game,
          chapter: 5,
          status: "boss_fight",
          bossPhase: "opening",
          bossStartedAt: bossAt,
          bossLastPromptAt: bossAt,
          // The engine's running tally, far from what is stored.
          messagesExchanged: 40,
        },
      },
      now: clock,
    });
    const winning: ConversationModel = {
      ...createOfflineModel(),
      judge: async () => ({ verdict: "PASS", confidence: 0.95 }),
    };
    const bossEvents = () =>
      t.db
        .select()
        .from(scheduledEvents)
        .where(and(eq(scheduledEvents.playerId, playerId), eq(scheduledEvents.source, "boss")))
        .orderBy(scheduledEvents.id);
    expect(await say("lisbon? that's huge. tell me everything about the offer", winning)).toEqual(["boss"]);
    const followUps = (await bossEvents()).length;
    const [first] = await t.db.select().from(messages).where(eq(messages.playerId, playerId));
    // A system line is stored too, but it is not part of what they exchanged.
    await t.db.insert(messages).values({
      playerId,
      conversationId: first!.conversationId,
      role: "system",
      kind: "text",
      content: "(call ended)",
      createdAt: clock,
    });
    expect(await say("go. i'll visit every month and we'll make it work, i mean it", winning)).toEqual([
      "boss",
    ]);
    const [after] = await t.db.select().from(players).where(eq(players.id, playerId));
    expect(after?.status).toBe("won");
    const victory = (await bossEvents()).slice(followUps);
    expect(victory.length).toBeGreaterThan(0);
    const victoryIds = new Set(victory.map((e) => e.messageId));
    const exchanged = (
      await t.db
        .select({ id: messages.id })
        .from(messages)
        .where(and(eq(messages.playerId, playerId), inArray(messages.role, ["player", "nikita"])))
    ).filter((m) => !victoryIds.has(m.id));
    const text = victory.map((e) => e.payload.text).join(" ");
    expect(text).toMatch(new RegExp(`(^|[^\\d])${exchanged.length} messages`));
  });

  it("answers a finished game with one final line and no model call", async () => {
    await t.db
      .update(players)
      .set({ status: "game_over", gameOverReason: "score_zero" })
      .where(eq(players.id, playerId));
    const refusing: ConversationModel = {
      ...createOfflineModel(),
      reply: async () => {
        throw new Error("must not be called");
      },
    };
    expect(await say("please come back", refusing)).toEqual(["terminal"]);
    const events = await t.db.select().from(scheduledEvents).where(eq(scheduledEvents.playerId, playerId));
    expect(events).toHaveLength(1);
  });
  /** A model that counts calls (and answers offline). */
  function countingModel() {
    const offline = createOfflineModel();
    const counter = { calls: 0 };
    const model: ConversationModel = {
      ...offline,
      reply: async (ctx) => {
        counter.calls += 1;
        return offline.reply(ctx);
      },
      analyze: async (ctx) => {
        counter.calls += 1;
        return offline.analyze(ctx);
      },
    };
    return { model, counter };
  }
  const texts = async (source?: string) =>
    (await t.db.select().from(scheduledEvents).where(eq(scheduledEvents.playerId, playerId)))
      .filter((e) => !source || e.source === source)
      .map((e) => e.payload.text);
  const isFrom = (lines: readonly string[], text: string) =>
    lines.some((l) => l.toLowerCase().includes(text.toLowerCase()));

  it("asks him to slow down over the minute limit, in character and without a model call", async () => {
    const { model, counter } = countingModel();
    // A burst accepted within the same instant: only the messages accepted before a turn's own
    // count for it, so exactly the last one is over the limit.
    for (let i = 0; i <= RATE_LIMIT_RULES.perMinute; i++) {
      await acceptPlayerMessage(t.db, { playerId, platform: "web", content: `msg ${i}` }, clock);
    }
    const outcomes = await processPlayerTurns(deps(model), playerId);
    expect(outcomes).toHaveLength(RATE_LIMIT_RULES.perMinute + 1);
    expect(outcomes.at(-1)).toBe("rate_limited");
    expect(outcomes.filter((o) => o === "rate_limited")).toHaveLength(1);
    expect(counter.calls).toBeLessThanOrEqual(RATE_LIMIT_RULES.perMinute * 2);
    const limited = await texts("system");
    expect(limited.length).toBeGreaterThan(0);
    expect(limited.every((text) => isFrom(RATE_LIMIT_LINES, text))).toBe(true);
    expect(limited.join(" ")).not.toMatch(/rate limit|error|429|quota/i);
  });

  it("says she needs space from the day's threshold message, and stops for the day at the limit", async () => {
    const first = await acceptPlayerMessage(t.db, { playerId, platform: "web", content: "morning" }, clock);
    await processPlayerTurns(deps(createOfflineModel()), playerId);
    // Earlier today: enough messages that the next one is the first "needs space" one.
    const earlier = new Date(clock.getTime() - 60 * 60_000);
    const filler = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        playerId,
        conversationId: first.conversationId,
        role: "player" as const,
        kind: "text" as const,
        content: `filler ${i}`,
        createdAt: earlier,
      }));
    await t.db.insert(messages).values(filler(RATE_LIMIT_RULES.needsSpaceFrom - 2));
    clock = new Date(clock.getTime() + 5 * 60_000);
    const { model, counter } = countingModel();
    expect(await say("are you still there?", model)).toEqual(["replied"]);
    expect(counter.calls).toBe(2);
    const latest = (await texts("reply")).slice(-4).join(" ").replace(/\s+/g, " ");
    const needsSpace = NEEDS_SPACE_LINES.find((l) => latest.endsWith(l));
    expect(needsSpace).toBeDefined();
    expect(latest.length).toBeGreaterThan(needsSpace!.length + 5);

    // Over the day's limit: only the needs-space line, no model call.
    await t.db.insert(messages).values(filler(RATE_LIMIT_RULES.perUtcDay - RATE_LIMIT_RULES.needsSpaceFrom));
    const before = counter.calls;
    const systemBefore = (await texts("system")).length;
    expect(await say("hello??", model)).toEqual(["rate_limited"]);
    expect(counter.calls).toBe(before);
    const added = (await texts("system")).slice(systemBefore);
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((text) => isFrom(NEEDS_SPACE_LINES, text))).toBe(true);
  });
});
