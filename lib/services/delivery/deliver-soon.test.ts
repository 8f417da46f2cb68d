// The in-process path the pipeline calls after scheduling her reply: "typing…" every 5 s
// while her reply delay runs, then each bubble once due, in order and a second apart; bubbles
// due later are left to the cron, and racing the cron never sends a bubble twice.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testDrivers } from "@/db/testing/test-db";
import { type FakeTelegram, startFakeTelegram } from "@/e2e/fakes/telegram";
import { TIME } from "@/lib/engine/rules";
import { createTelegramApi } from "@/lib/integrations/telegram/client";
import { createDeliverJob } from "@/lib/jobs/deliver";
import { runJob } from "@/lib/jobs/run-job";
import { eventsOf, insertEvent, insertPlayer } from "@/lib/jobs/testing/fixtures";
import { deliverSoon } from "./deliver-soon";
import { SendPacer } from "./send-pacer";

describe.each(testDrivers())("deliverSoon on %s", (driver) => {
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

  const api = () => createTelegramApi({ token: tg.token, apiRoot: tg.apiRoot });
  const inMs = (ms: number) => new Date(Date.now() + ms);

  it("shows typing every 5 s while her delay runs, then sends the bubbles in order", async () => {
    const p = await insertPlayer(t.db, { telegramChatId: 701 });
    const started = Date.now();
    await insertEvent(t.db, { playerId: p, text: "hm.", dueAt: inMs(5_600), typingFrom: new Date(started) });
    await insertEvent(t.db, { playerId: p, text: "ok, tell me more", dueAt: inMs(6_000) });
    await insertEvent(t.db, { playerId: p, text: "tomorrow", dueAt: inMs(TIME.msPerHour) });

    const result = await deliverSoon(p, {
      db: t.db,
      api: api(),
      pacer: new SendPacer(),
      waitLimitMs: 15_000,
    });

    const calls = tg.calls.filter((c) => c.params.chat_id === 701);
    expect(calls.map((c) => c.method)).toEqual([
      "sendChatAction",
      "sendChatAction",
      "sendMessage",
      "sendMessage",
    ]);
    expect(result).toMatchObject({ typingActions: 2, outcomes: { sent: 2 } });
    const [typing1, typing2, first, second] = calls;
    expect(typing2!.time - typing1!.time).toBeGreaterThanOrEqual(4_900);
    expect(first!.time - started).toBeGreaterThanOrEqual(5_500);
    expect(second!.time - first!.time).toBeGreaterThanOrEqual(950);
    expect([first!.params.text, second!.params.text]).toEqual(["hm.", "ok, tell me more"]);
    expect((await eventsOf(t.db, p)).map((e) => e.status)).toEqual(["done", "done", "pending"]);
  }, 30_000);

  it("never sends twice when the deliver cron runs at the same time", async () => {
    const p = await insertPlayer(t.db, { telegramChatId: 702 });
    for (let i = 0; i < 4; i++)
      await insertEvent(t.db, { playerId: p, text: `bubble ${i}`, dueAt: inMs(-1000 + i) });
    const fast = { botPerSecond: 1000, chatIntervalMs: 0 };
    await Promise.all([
      deliverSoon(p, { db: t.db, api: api(), pacer: new SendPacer(fast), waitLimitMs: 3_000 }),
      runJob(createDeliverJob({ api: api(), pacer: new SendPacer(fast) }), { db: t.db, budgetMs: 10_000 }),
    ]);
    const texts = tg.callsTo("sendMessage").map((c) => c.params.text);
    expect(texts).toEqual(["bubble 0", "bubble 1", "bubble 2", "bubble 3"]);
  });

  it("does nothing for a player without Telegram or when the bot is off", async () => {
    const webOnly = await insertPlayer(t.db);
    await insertEvent(t.db, { playerId: webOnly, channel: "web", text: "hi", dueAt: inMs(0) });
    expect(await deliverSoon(webOnly, { db: t.db, api: api(), waitLimitMs: 1_000 })).toEqual({
      outcomes: {},
      typingActions: 0,
    });
    expect(await deliverSoon(webOnly, { db: t.db, api: null })).toEqual({ outcomes: {}, typingActions: 0 });
    expect(tg.calls).toHaveLength(0);
  });
});
