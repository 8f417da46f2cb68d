// The deliver job against a real database and the fake Telegram Bot API: due bubbles go out
// once and in order, web bubbles complete, 429 / 403 / network failures are handled as the
// player would want, and overlapping runs never send a message twice.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { listJobRuns } from "@/db/queries/job-runs";
import { messages, players } from "@/db/schema";
import { createTestDatabase, type TestDatabase, testDrivers } from "@/db/testing/test-db";
import { type FakeTelegram, startFakeTelegram } from "@/e2e/fakes/telegram";
import { TIME } from "@/lib/engine/rules";
import { createTelegramApi } from "@/lib/integrations/telegram/client";
import { MAX_ATTEMPTS, STALE_CLAIM_MS } from "@/lib/services/delivery/send-claimed-events";
import { SendPacer } from "@/lib/services/delivery/send-pacer";
import { createDeliverJob } from "./deliver";
import { runJob } from "./run-job";
import {
  eventsOf,
  insertConversation,
  insertEvent,
  insertMessage,
  insertPlayer,
  testClock,
} from "./testing/fixtures";

const T0 = new Date("2031-03-10T12:00:00.000Z");
const FAST_LIMITS = { botPerSecond: 10_000, chatIntervalMs: 0 };

describe.each(testDrivers())("deliver job on %s", (driver) => {
  let t: TestDatabase;
  let tg: FakeTelegram;

  beforeAll(async () => {
    t = await createTestDatabase(driver);
    tg = await startFakeTelegram();
  }, 120_000);
  afterAll(async () => {
    await tg?.close();
    await t?.close();
  });
  beforeEach(async () => {
    await t.reset();
    tg.reset();
  });

  const api = () => createTelegramApi({ token: tg.token, apiRoot: tg.apiRoot, timeoutSeconds: 1 });
  const run = (clock: { now: () => Date }, pacer = new SendPacer(FAST_LIMITS)) =>
    runJob(createDeliverJob({ api: api(), pacer }), { db: t.db, now: clock.now, budgetMs: 20_000 });
  /** Texts Telegram accepted for a chat, in order. */
  const textsTo = (chatId: number) =>
    tg
      .callsTo("sendMessage")
      .filter((c) => c.params.chat_id === chatId && c.status === 200)
      .map((c) => c.params.text);

  it("sends due Telegram bubbles in order, completes web bubbles, leaves future ones alone", async () => {
    const clock = testClock(T0);
    const alice = await insertPlayer(t.db, { telegramChatId: 501 });
    const webOnly = await insertPlayer(t.db);
    const conv = await insertConversation(t.db, { playerId: alice, platform: "telegram", startedAt: T0 });
    const stored = await insertMessage(t.db, {
      playerId: alice,
      conversationId: conv,
      role: "nikita",
      content: "first",
      at: T0,
    });
    await insertEvent(t.db, { playerId: alice, text: "second", dueAt: new Date(T0.getTime() - 1000) });
    await insertEvent(t.db, {
      playerId: alice,
      text: "first",
      dueAt: new Date(T0.getTime() - 2000),
      messageId: stored,
    });
    await insertEvent(t.db, { playerId: alice, text: "later", dueAt: new Date(T0.getTime() + 60_000) });
    await insertEvent(t.db, { playerId: webOnly, channel: "web", text: "hi web", dueAt: T0 });

    const result = await run(clock);

    expect(result.status).toBe("ok");
    expect(result.counts).toMatchObject({ sent: 2, web: 1 });
    expect(textsTo(501)).toEqual(["first", "second"]);
    expect(tg.callsTo("sendMessage").every((c) => c.params.parse_mode === undefined)).toBe(true);
    const aliceEvents = await eventsOf(t.db, alice);
    expect(aliceEvents.map((e) => [e.payload.text, e.status])).toEqual([
      ["first", "done"],
      ["second", "done"],
      ["later", "pending"],
    ]);
    const [msg] = await t.db.select().from(messages).where(eq(messages.id, stored));
    expect(msg?.telegramMessageId).toBe(tg.sentMessages(501)[0]?.message_id);
    expect((await eventsOf(t.db, webOnly))[0]?.status).toBe("done");

    const [recorded] = await listJobRuns(t.db, { job: "deliver" });
    expect(recorded).toMatchObject({ status: "ok", counts: { sent: 2, web: 1 } });
    expect(recorded?.finishedAt).not.toBeNull();
  });

  it("honours 429 retry_after: the bubble waits, then goes out exactly once", async () => {
    const clock = testClock(T0);
    const p = await insertPlayer(t.db, { telegramChatId: 502 });
    await insertEvent(t.db, { playerId: p, text: "one", dueAt: new Date(T0.getTime() - 1) });
    await insertEvent(t.db, { playerId: p, text: "two", dueAt: T0 });
    // Not due yet when "one" is refused: must still wait for "one".
    await insertEvent(t.db, { playerId: p, text: "three", dueAt: new Date(T0.getTime() + 1500) });
    tg.failNext("sendMessage", { kind: "429", retryAfter: 7 });

    const first = await run(clock);
    expect(first.counts).toMatchObject({ rate_limited: 1 });
    const waiting = await eventsOf(t.db, p);
    expect(waiting.map((e) => [e.payload.text, e.status, e.attempts])).toEqual([
      ["one", "pending", 0],
      ["two", "pending", 0],
      ["three", "pending", 0],
    ]);
    expect(waiting[0]?.dueAt.getTime()).toBe(T0.getTime() + 7 * TIME.msPerSecond);
    // Her later bubbles never overtake the first.
    expect(waiting[1]?.dueAt.getTime()).toBe(T0.getTime() + 7 * TIME.msPerSecond);
    expect(waiting[2]?.dueAt.getTime()).toBe(T0.getTime() + 7 * TIME.msPerSecond);

    clock.advance(3 * TIME.msPerSecond);
    await run(clock);
    expect(textsTo(502)).toEqual([]);

    clock.advance(5 * TIME.msPerSecond);
    await run(clock);
    expect(textsTo(502)).toEqual(["one", "two", "three"]);
    await run(clock);
    expect(textsTo(502)).toEqual(["one", "two", "three"]);
  });

  it("marks a player who blocked the bot unreachable and cancels their other bubbles without retrying", async () => {
    const clock = testClock(T0);
    const p = await insertPlayer(t.db, { telegramChatId: 503 });
    const other = await insertPlayer(t.db, { telegramChatId: 504 });
    await insertEvent(t.db, { playerId: p, text: "hey", dueAt: T0 });
    await insertEvent(t.db, { playerId: p, text: "you there?", dueAt: new Date(T0.getTime() + 1) });
    await insertEvent(t.db, { playerId: p, text: "tomorrow", dueAt: new Date(T0.getTime() + TIME.msPerDay) });
    await insertEvent(t.db, { playerId: other, text: "for someone else", dueAt: T0 });
    tg.blockChat(503);

    const result = await run(clock);

    expect(result.counts).toMatchObject({ unreachable: 1, sent: 1 });
    const [player] = await t.db
      .select({ unreachable: players.isUnreachable })
      .from(players)
      .where(eq(players.id, p));
    expect(player?.unreachable).toBe(true);
    expect((await eventsOf(t.db, p)).map((e) => e.status)).toEqual(["failed", "cancelled", "cancelled"]);
    clock.advance(2 * TIME.msPerDay);
    await run(clock);
    expect(tg.callsTo("sendMessage").filter((c) => c.params.chat_id === 503)).toHaveLength(1);
    expect(textsTo(504)).toEqual(["for someone else"]);
  });

  it("retries network failures and 5xx with growing backoff, then gives up after the attempt limit", async () => {
    const clock = testClock(T0);
    const p = await insertPlayer(t.db, { telegramChatId: 505 });
    const id = await insertEvent(t.db, { playerId: p, text: "persistent", dueAt: T0 });
    tg.failNext("sendMessage", { kind: "network" });
    tg.failNext("sendMessage", { kind: "500" }, { count: MAX_ATTEMPTS });

    const delays: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await run(clock);
      const [e] = await eventsOf(t.db, p);
      expect(e?.id).toBe(id);
      expect(e?.attempts).toBe(attempt);
      if (attempt < MAX_ATTEMPTS) {
        expect(e?.status).toBe("pending");
        delays.push(e!.dueAt.getTime() - clock.now().getTime());
        clock.set(e!.dueAt);
      } else {
        expect(e?.status).toBe("failed");
        expect(e?.lastError).toMatch(/500/);
      }
    }
    expect(delays).toEqual([5000, 10_000, 20_000, 40_000]);
    clock.advance(TIME.msPerHour);
    await run(clock);
    expect(tg.callsTo("sendMessage")).toHaveLength(MAX_ATTEMPTS);
  });

  it("treats a hung Bot API call as a network failure and retries it", async () => {
    const clock = testClock(T0);
    const p = await insertPlayer(t.db, { telegramChatId: 506 });
    await insertEvent(t.db, { playerId: p, text: "slow lane", dueAt: T0 });
    tg.failNext("sendMessage", { kind: "timeout", ms: 3000 });

    const result = await run(clock);
    expect(result.counts).toMatchObject({ retry: 1 });
    const [e] = await eventsOf(t.db, p);
    expect(e?.status).toBe("pending");
    clock.set(e!.dueAt);
    await run(clock);
    expect((await eventsOf(t.db, p))[0]?.status).toBe("done");
  });

  it("re-claims a processing claim abandoned for more than the stale window, but not a fresh one", async () => {
    const clock = testClock(T0);
    const stale = await insertPlayer(t.db, { telegramChatId: 507 });
    const busy = await insertPlayer(t.db, { telegramChatId: 508 });
    await insertEvent(t.db, {
      playerId: stale,
      text: "crashed worker's",
      dueAt: T0,
      status: "processing",
      attempts: 1,
      claimedAt: new Date(T0.getTime() - STALE_CLAIM_MS - 1000),
    });
    await insertEvent(t.db, {
      playerId: busy,
      text: "in flight",
      dueAt: T0,
      status: "processing",
      attempts: 1,
      claimedAt: T0,
    });
    await insertEvent(t.db, { playerId: busy, text: "after the one in flight", dueAt: T0 });

    await run(clock);

    expect(textsTo(507)).toEqual(["crashed worker's"]);
    expect(textsTo(508)).toEqual([]);
    expect((await eventsOf(t.db, stale))[0]).toMatchObject({ status: "done", attempts: 2 });
  });

  it("splits a bubble over Telegram's 4096-character limit", async () => {
    const clock = testClock(T0);
    const p = await insertPlayer(t.db, { telegramChatId: 509 });
    const sentence = "This is a sentence that keeps going for a while. ";
    await insertEvent(t.db, { playerId: p, text: sentence.repeat(120).trim(), dueAt: T0 });
    await run(clock);
    const sent = textsTo(509) as string[];
    expect(sent.length).toBe(2);
    expect(sent.every((s) => s.length <= 4096)).toBe(true);
    expect(sent.join(" ")).toBe(sentence.repeat(120).trim());
  });

  it("keeps Telegram's per-chat pace with the real limits", async () => {
    const clock = testClock(T0);
    const p = await insertPlayer(t.db, { telegramChatId: 510 });
    for (let i = 0; i < 3; i++)
      await insertEvent(t.db, { playerId: p, text: `bubble ${i}`, dueAt: new Date(T0.getTime() - 3 + i) });
    tg.enforceLimits({ perChatPerSecond: 1, perBotPerSecond: 30 });

    await run(clock, new SendPacer());

    const calls = tg.callsTo("sendMessage");
    expect(calls.map((c) => c.status)).toEqual([200, 200, 200]);
    expect(textsTo(510)).toEqual(["bubble 0", "bubble 1", "bubble 2"]);
    expect(calls[2]!.time - calls[0]!.time).toBeGreaterThanOrEqual(1900);
  });

  it("never sends a bubble twice when two runs overlap", async () => {
    const clock = testClock(T0);
    const expected: string[] = [];
    for (let p = 0; p < 20; p++) {
      const id = await insertPlayer(t.db, { telegramChatId: 1000 + p });
      for (let i = 0; i < 5; i++) {
        const text = `p${p} bubble ${i}`;
        expected.push(text);
        await insertEvent(t.db, { playerId: id, text, dueAt: new Date(T0.getTime() - 10_000 + i) });
      }
    }
    const pacer = new SendPacer(FAST_LIMITS);
    const deliver = createDeliverJob({ api: api(), pacer, batchSize: 30 });
    const [a, b] = await Promise.all([
      runJob(deliver, { db: t.db, now: clock.now, budgetMs: 20_000 }),
      runJob(deliver, { db: t.db, now: clock.now, budgetMs: 20_000 }),
    ]);

    const sent = tg.callsTo("sendMessage").map((c) => c.params.text as string);
    expect(sent).toHaveLength(expected.length);
    expect(new Set(sent).size).toBe(expected.length);
    expect([...sent].sort()).toEqual([...expected].sort());
    expect((a.counts.sent ?? 0) + (b.counts.sent ?? 0)).toBe(expected.length);
    for (let p = 0; p < 20; p++) {
      expect(textsTo(1000 + p)).toEqual([0, 1, 2, 3, 4].map((i) => `p${p} bubble ${i}`));
    }
  });
});
