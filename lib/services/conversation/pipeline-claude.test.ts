// The pipeline with Claude: the real @anthropic-ai/sdk against the local fake Messages API
// (real HTTP, SDK retries, timeouts) on a real database (PGlite, and the PostgreSQL server
// when TEST_DATABASE_URL is set). Proves what a player would notice: two model calls per
// ordinary message, every call in llm_calls, the cached prefix marked, a failing API answered
// with one "give me a minute" and the turn answered exactly once later, malformed analysis
// scoring nothing, a judge failure as ERROR, a remembered fact in a later prompt, a crash
// between accept and reply recovered by the process cron, and chapter 1 played through its boss.
import { and, asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { claimNextTurn } from "@/db/queries/conversations";
import { saveEngineState } from "@/db/queries/engine-state";
import { llmCalls, messages, pendingTurns, players, scheduledEvents, scoreHistory } from "@/db/schema";
import { suiteDatabase } from "@/db/testing/suite-db";
import { testDrivers } from "@/db/testing/test-db";
import type { FakeReply, MessagesRequest } from "@/e2e/fakes/anthropic";
import { suiteFakeAnthropic } from "@/e2e/support/suite-fakes";
import { createAnthropicModel } from "@/lib/agents/anthropic-model";
import { GIVE_ME_A_MINUTE_LINES } from "@/lib/agents/offline/canned-lines";
import { STABLE_PREFIX } from "@/lib/agents/prompt";
import { completeOnboarding, createEngineState } from "@/lib/engine";
import { recallForPrompt, rememberFacts } from "@/lib/memory";
import { createPostgresMemoryStore } from "@/lib/memory/postgres-store";
import { acceptPlayerMessage } from "./accept-player-message";
import { PIPELINE, type PipelineDeps } from "./deps";
import { processPendingTurns } from "./process-pending-turns";
import { processPlayerTurns } from "./process-turn";

const API_KEY = "sk-ant-pipeline-test";
const REPLY_MODEL = "claude-sonnet-4-6";
const SMALL_MODEL = "claude-haiku-4-5";

type Analysis = Record<string, unknown>;
const analysis = (overrides: Partial<Analysis> = {}): Analysis => ({
  deltas: { intimacy: 0, passion: 0, trust: 0, secureness: 0 },
  behaviours: [],
  repair: { detected: false, quality: null },
  vice_signals: [],
  facts: [],
  flags: { crisis: false, minor: false },
  confidence: 0.8,
  explanation: "He kept it light.",
  ...overrides,
});
const WARM = analysis({
  deltas: { intimacy: 3, passion: 3, trust: 3, secureness: 3 },
  confidence: 0.9,
  explanation: "He pushed back with a real argument.",
});

type SystemBlock = { type: string; text: string; cache_control?: unknown };
const systemBlocks = (req: MessagesRequest) => req.system as SystemBlock[];
const lastUserText = (req: MessagesRequest) => {
  const last = req.messages.at(-1)?.content;
  return typeof last === "string" ? last : JSON.stringify(last);
};

describe.each(testDrivers())("pipeline with Claude (real SDK, fake API) on %s", (driver) => {
  const t = suiteDatabase(driver, { forProcess: true });
  const fake = suiteFakeAnthropic({ apiKey: API_KEY });
  let clock: Date;
  let playerId: string;
  /** What the scripted fake answers: her text, the analysis tool input, the judgment tool input. */
  let script: {
    reply: (req: MessagesRequest) => FakeReply;
    analysis: (req: MessagesRequest) => unknown;
    judgment: (req: MessagesRequest) => unknown;
  };

  beforeEach(async () => {
    await t.reset();
    fake.reset();
    script = {
      reply: () => "ok, that's actually a fair point. go on",
      analysis: () => analysis(),
      judgment: () => ({ verdict: "PASS", confidence: 0.9, reason: "held his ground" }),
    };
    fake.respondWith((req) => {
      const tool = req.tool_choice?.name;
      if (tool === "record_analysis") return { type: "tool_use", name: tool, input: script.analysis(req) };
      if (tool === "record_judgment") return { type: "tool_use", name: tool, input: script.judgment(req) };
      return script.reply(req);
    });
    clock = new Date("2026-11-20T18:00:00Z");
    const [row] = await t.db
      .insert(players)
      .values({ name: "Alex", timezone: "Europe/Berlin", country: "DE" })
      .returning();
    playerId = row!.id;
    const onboarded = completeOnboarding(
      createEngineState(clock),
      { darkness: 3, isAdultConfirmed: true },
      clock,
    );
    if (!onboarded.ok) throw new Error("onboarding");
    await saveEngineState(t.db, { playerId, state: onboarded.state, now: clock });
  });

  const memoryStore = () => createPostgresMemoryStore(t.db);
  const deps = (options: { timeoutMs?: number; maxRetries?: number } = {}): PipelineDeps => ({
    db: t.db,
    model: createAnthropicModel({
      baseURL: fake.url,
      apiKey: API_KEY,
      timeoutMs: options.timeoutMs ?? 5_000,
      maxRetries: options.maxRetries,
      now: () => clock.getTime(),
      models: { reply: REPLY_MODEL, small: SMALL_MODEL },
    }),
    memory: {
      recall: (params) => recallForPrompt(memoryStore(), params),
      remember: async (params) => {
        await rememberFacts(memoryStore(), params);
      },
    },
    now: () => clock,
    seed: () => 7,
    delayScale: 0,
  });

  const messageCalls = () => fake.calls.filter((c) => c.endpoint === "messages");
  const bodies = () => messageCalls().map((c) => c.body as MessagesRequest);
  const events = () =>
    t.db
      .select()
      .from(scheduledEvents)
      .where(eq(scheduledEvents.playerId, playerId))
      .orderBy(asc(scheduledEvents.id));
  const player = async () => (await t.db.select().from(players).where(eq(players.id, playerId)))[0]!;

  async function accept(text: string) {
    return acceptPlayerMessage(t.db, { playerId, platform: "telegram", content: text }, clock);
  }
  async function say(text: string, d: PipelineDeps = deps()) {
    await accept(text);
    const outcomes = await processPlayerTurns(d, playerId);
    clock = new Date(clock.getTime() + 60_000);
    return outcomes;
  }

  it("answers an ordinary message with exactly two model calls, each recorded in llm_calls", async () => {
    expect(await say("you really think passwords are dead? convince me")).toEqual(["replied"]);
    const sent = bodies();
    expect(sent).toHaveLength(2);
    const reply = sent.find((b) => !b.tool_choice)!;
    const analyzed = sent.find((b) => b.tool_choice?.name === "record_analysis")!;
    expect(reply.model).toBe(REPLY_MODEL);
    expect(analyzed.model).toBe(SMALL_MODEL);
    // The stable prefix is the cached block; the volatile block carries no cache marker.
    expect(systemBlocks(reply)[0]).toEqual({
      type: "text",
      text: STABLE_PREFIX,
      cache_control: { type: "ephemeral" },
    });
    expect(
      systemBlocks(reply)
        .slice(1)
        .every((b) => b.cache_control === undefined),
    ).toBe(true);
    // His words only in the last user turn, delimited; never in a system block.
    expect(lastUserText(reply)).toBe(
      "<player_message>you really think passwords are dead? convince me</player_message>",
    );
    expect(systemBlocks(reply).some((b) => b.text.includes("passwords are dead"))).toBe(false);

    const bubbles = await events();
    expect(bubbles.map((e) => e.payload.text).join(" ")).toMatch(/fair point/);
    expect(bubbles.every((e) => e.channel === "telegram" && e.source === "reply")).toBe(true);

    const rows = await t.db.select().from(llmCalls).orderBy(asc(llmCalls.id));
    expect(rows.map((r) => [r.purpose, r.model, r.status]).sort()).toEqual([
      ["analysis", SMALL_MODEL, "ok"],
      ["reply", REPLY_MODEL, "ok"],
    ]);
    for (const row of rows) {
      expect(row.playerId).toBe(playerId);
      expect(row.inputTokens + row.cacheReadTokens + row.cacheWriteTokens).toBeGreaterThan(0);
      expect(row.outputTokens).toBeGreaterThan(0);
      expect(row.costUsd).toBeGreaterThan(0);
      expect(row.latencyMs).toBeGreaterThanOrEqual(0);
    }
    const reply1 = rows.find((r) => r.purpose === "reply")!;
    expect(reply1.cacheWriteTokens).toBeGreaterThan(0);

    // The second message reads the prefix from the cache.
    await say("ok then: what replaces them?");
    const rows2 = await t.db.select().from(llmCalls).where(eq(llmCalls.purpose, "reply"));
    expect(rows2).toHaveLength(2);
    expect(rows2.some((r) => r.cacheReadTokens > 0)).toBe(true);
    expect(messageCalls()).toHaveLength(4);
  });

  it.each([
    {
      name: "429 rate limits",
      failure: (): FakeReply => ({ type: "error", status: 429, retryAfter: 0.01 }),
      options: {},
    },
    {
      name: "500 errors",
      failure: (): FakeReply => ({ type: "error", status: 500 }),
      options: { maxRetries: 0 },
    },
    {
      name: "timeouts",
      failure: (): FakeReply => ({ type: "delay", ms: 5_000 }),
      options: { timeoutMs: 150, maxRetries: 0 },
    },
  ])("on $name: one in-character 'give me a minute', then the turn is answered exactly once", async ({
    failure,
    options,
  }) => {
    script.reply = failure;
    script.analysis = () => failure() as never;
    const failing = deps(options);
    const scoreBefore = (await player()).relationshipScore;
    expect(await say("so what's the worst bug you ever found?", failing)).toEqual(["retry"]);

    const waiting = await events();
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.every((e) => e.source === "system")).toBe(true);
    const waitText = waiting.map((e) => e.payload.text).join(" ");
    expect(waitText).not.toMatch(/error|rate limit|429|500|timeout|api/i);
    expect(
      waiting.every((e) =>
        GIVE_ME_A_MINUTE_LINES.some((l) => l.toLowerCase().includes(e.payload.text.toLowerCase())),
      ),
    ).toBe(true);
    const [turn] = await t.db.select().from(pendingTurns).where(eq(pendingTurns.playerId, playerId));
    expect(turn).toMatchObject({ status: "pending", attempts: 1 });
    expect((await player()).relationshipScore).toBe(scoreBefore);
    expect(await t.db.select().from(scoreHistory).where(eq(scoreHistory.playerId, playerId))).toHaveLength(0);

    // Still failing on the next attempt: no second "give me a minute".
    clock = new Date(clock.getTime() + PIPELINE.retryBaseMs + 1000);
    expect(await processPlayerTurns(failing, playerId)).toEqual(["retry"]);
    expect(await events()).toHaveLength(waiting.length);

    // The API is back: the process cron answers the turn, once.
    script.reply = () => "sorry. a printer that ran a web server as root. still proud";
    script.analysis = () => analysis();
    clock = new Date(clock.getTime() + PIPELINE.retryMaxMs);
    const healthy = deps();
    const recovered = await processPendingTurns(healthy, { limit: 10, deadline: Date.now() + 30_000 });
    expect(recovered).toMatchObject({ players: 1, processed: 1, retried: 0, failed: 0 });
    expect(await processPendingTurns(healthy, { limit: 10, deadline: Date.now() + 30_000 })).toMatchObject({
      processed: 0,
    });
    expect(await processPlayerTurns(healthy, playerId)).toEqual([]);
    const after = await events();
    expect(
      after
        .filter((e) => e.source === "reply")
        .map((e) => e.payload.text)
        .join(" "),
    ).toMatch(/printer/);
    expect(after.filter((e) => e.source === "system")).toHaveLength(waiting.length);
    const history = await t.db.select().from(scoreHistory).where(eq(scoreHistory.playerId, playerId));
    expect(history.map((h) => h.kind)).toEqual(["conversation"]);
    const [done] = await t.db.select().from(pendingTurns).where(eq(pendingTurns.playerId, playerId));
    expect(done?.status).toBe("done");
    const failedRows = await t.db.select().from(llmCalls).where(eq(llmCalls.status, "error"));
    expect(failedRows.length).toBeGreaterThanOrEqual(2);
  }, 30_000);

  it.each([
    {
      name: "an out-of-range analysis (strict mode keeps the shape, not the bounds)",
      answer: (): FakeReply => ({
        type: "tool_use",
        name: "record_analysis",
        input: {
          ...analysis({ deltas: { intimacy: 99, passion: 0, trust: 0, secureness: 0 } }),
          confidence: 7,
        },
      }),
    },
    { name: "a refused analysis", answer: (): FakeReply => ({ type: "refusal" }) },
  ])("scores nothing on $name, still sends her reply, and logs a warning", async ({ answer }) => {
    const before = (await player()).relationshipScore;
    script.reply = () => "bold claim. defend it";
    fake.respondWith((req) => (req.tool_choice?.name === "record_analysis" ? answer() : script.reply(req)));
    const warnings = vi.spyOn(process.stdout, "write");
    expect(await say("i could hack your router in five minutes")).toEqual(["replied"]);
    expect(
      warnings.mock.calls.some(([line]) => String(line).includes("analysis rejected; zero deltas")),
    ).toBe(true);
    warnings.mockRestore();
    expect((await events()).map((e) => e.payload.text).join(" ")).toMatch(/bold claim/);
    const after = await player();
    expect(after.relationshipScore).toBe(before);
    const [msg] = await t.db
      .select()
      .from(messages)
      .where(and(eq(messages.playerId, playerId), eq(messages.role, "player")));
    expect((msg?.analysis as { deltas?: unknown } | null)?.deltas).toEqual({
      intimacy: 0,
      passion: 0,
      trust: 0,
      secureness: 0,
    });
    expect(msg?.scoreDelta ?? 0).toBe(0);
    // The API answered (200) both times: nothing here is a contract breach of the fake.
    expect(fake.calls.every((c) => c.contractViolation === undefined)).toBe(true);
  });

  it("remembers a fact from one message and puts it in a later prompt", async () => {
    script.analysis = (req) =>
      lastUserText(req).includes("Pixel")
        ? analysis({
            facts: [
              {
                subject: "user",
                predicate: "has a cat named",
                object: "Pixel",
                about: "user",
                confidence: 0.95,
              },
            ],
          })
        : analysis();
    await say("my cat Pixel just knocked my coffee over my keyboard");
    await say("anyway. how was your day?");
    await say("she's asleep on the keyboard now, the cat i mean");
    const replies = bodies().filter((b) => !b.tool_choice);
    const volatile = (b: MessagesRequest) =>
      systemBlocks(b)
        .slice(1)
        .map((s) => s.text)
        .join("\n");
    expect(volatile(replies[0]!)).not.toMatch(/Pixel/);
    expect(volatile(replies.at(-1)!)).toMatch(/What you remember about him[\s\S]*He has a cat named Pixel/);
    // Remembered facts never reach the cached prefix.
    expect(systemBlocks(replies.at(-1)!)[0]!.text).toBe(STABLE_PREFIX);
  });

  it("recovers a turn whose process died between accept and reply, and answers it once", async () => {
    // Died right after accepting: nothing processed it. The cron leaves it alone for 2 minutes.
    const accepted = await accept("did you see the CVE that dropped today?");
    const cron = () => processPendingTurns(deps(), { limit: 10, deadline: Date.now() + 30_000 });
    clock = new Date(clock.getTime() + 30_000);
    expect(await cron()).toMatchObject({ processed: 0 });
    clock = new Date(clock.getTime() + PIPELINE.recoverAfterMs);
    expect(await cron()).toMatchObject({ processed: 1 });
    expect(messageCalls()).toHaveLength(2);

    // Died mid-processing: the claim blocks everyone until it goes stale, then the cron answers.
    await accept("hello? you there?");
    const claimed = await claimNextTurn(t.db, { playerId, now: clock, staleAfterMs: PIPELINE.staleClaimMs });
    expect(claimed).not.toBeNull();
    expect(await processPlayerTurns(deps(), playerId)).toEqual([]);
    clock = new Date(clock.getTime() + 60_000);
    expect(await cron()).toMatchObject({ processed: 0 });
    clock = new Date(clock.getTime() + PIPELINE.staleClaimMs);
    // Two recoveries racing (cron and a late after()): only one answers.
    const raced = await Promise.all([cron(), processPlayerTurns(deps(), playerId)]);
    const answered = raced[0].processed + raced[1].length;
    expect(answered).toBe(1);
    expect(await cron()).toMatchObject({ processed: 0 });

    const turns = await t.db.select().from(pendingTurns).where(eq(pendingTurns.playerId, playerId));
    expect(turns.map((x) => x.status)).toEqual(["done", "done"]);
    expect(turns.find((x) => x.id === accepted.turnId)?.attempts).toBe(1);
    const replies = (await events()).filter((e) => e.source === "reply");
    expect(new Set(replies.map((e) => e.dedupeKey?.split(":")[1])).size).toBe(2);
    expect(messageCalls()).toHaveLength(4);
    const history = await t.db.select().from(scoreHistory).where(eq(scoreHistory.playerId, playerId));
    expect(history).toHaveLength(2);
  });

  it("plays chapter 1 to the boss and through it, two calls per ordinary message", async () => {
    script.reply = (req) =>
      lastUserText(req).startsWith("<director_note>")
        ? "settle something for me: is privacy dead, or just badly defended?"
        : "mm. point taken, but you're still wrong about half of it";
    script.analysis = () => WARM;
    for (let i = 0; i < 40 && (await player()).status !== "boss_fight"; i++) {
      const callsBefore = messageCalls().length;
      const outcome = await say("honestly most security advice is theatre, prove me wrong");
      const used = messageCalls().length - callsBefore;
      const becameBoss = (await player()).status === "boss_fight";
      // Ordinary message: reply + analysis; the boss opening adds its own line.
      expect(used).toBe(becameBoss ? 3 : outcome[0] === "skipped" ? 1 : 2);
    }
    const inBoss = await player();
    expect(inBoss.status).toBe("boss_fight");
    const opening = (await events()).filter((e) => e.source === "boss");
    expect(opening.map((e) => e.payload.text).join(" ")).toMatch(/privacy dead/);
    const lastReply = (await events()).filter((e) => e.source === "reply").at(-1)!;
    expect(opening[0]!.dueAt.getTime()).toBeGreaterThan(lastReply.dueAt.getTime());

    script.reply = () => "and if i told you the opposite?";
    expect(await say("privacy isn't dead, people just stopped paying for it")).toEqual(["boss"]);
    expect((await player()).bossPhase).toBe("resolution");
    let judged: MessagesRequest | undefined;
    script.judgment = (req) => {
      judged = req;
      return { verdict: "PASS", confidence: 0.92, reason: "he argued and stayed warm" };
    };
    expect(await say("then i'd argue with you until one of us learned something")).toEqual(["boss"]);
    expect(judged?.model).toBe(REPLY_MODEL);
    expect(await player()).toMatchObject({ status: "active", chapter: 2, bossAttempts: 0 });
    const kinds = (await t.db.select().from(scoreHistory).where(eq(scoreHistory.playerId, playerId))).map(
      (h) => h.kind,
    );
    expect(kinds).toEqual(expect.arrayContaining(["boss_initiated", "boss_pass"]));
    const purposes = new Set((await t.db.select().from(llmCalls)).map((r) => r.purpose));
    expect(purposes).toEqual(new Set(["reply", "analysis", "boss_line", "judgment"]));
  }, 60_000);

  it("treats a judge failure as ERROR: no attempt counted, the fight ends with a cooldown", async () => {
    script.analysis = () => WARM;
    script.reply = () => "fine. convince me";
    for (let i = 0; i < 40 && (await player()).status !== "boss_fight"; i++) {
      await say("most security advice is theatre, prove me wrong");
    }
    expect((await player()).status).toBe("boss_fight");
    await say("privacy isn't dead, it's underfunded");
    script.judgment = () => ({ verdict: "MAYBE", confidence: 4 });
    expect(await say("and i'd still argue with you about it")).toEqual(["boss"]);
    const after = await player();
    expect(after).toMatchObject({ status: "active", chapter: 1, bossAttempts: 0 });
    expect(after.bossCooldownUntil?.getTime()).toBeGreaterThan(clock.getTime());
    const judgment = await t.db.select().from(llmCalls).where(eq(llmCalls.purpose, "judgment"));
    expect(judgment.map((r) => r.status)).toEqual(["error"]);
    const last = (await events()).filter((e) => e.source === "boss").at(-1)!;
    expect(last.payload.text).not.toMatch(/error|judge|verdict/i);
  }, 60_000);
});
