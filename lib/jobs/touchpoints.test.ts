// She writes first only when the rules allow it: inside the player's local window (one draw
// per window), or after a day of silence; never to a player who turned notifications off,
// blocked the bot, paused her, is age-locked, is in a heated conflict or heard from her in the
// last 4 h. What she remembers reaches the writer; every line passes the output guard.
import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { conflictState, messages, players, safetyEvents, scheduledEvents } from "@/db/schema";
import { suiteDatabase } from "@/db/testing/suite-db";
import { testDrivers } from "@/db/testing/test-db";
import type { Rng } from "@/lib/engine/rng";
import { TIME } from "@/lib/engine/rules";
import { createPostgresMemoryStore } from "@/lib/memory/postgres-store";
import { guardOutput } from "@/lib/safety";
import { runJob } from "./run-job";
import { insertConversation, insertMessage, insertPlayer } from "./testing/fixtures";
import { createTouchpointsJob } from "./touchpoints";
import { type JobWriter, offlineJobWriter } from "./writer";

// 06:30 UTC = 08:30 in Berlin (summer): inside her morning window there, outside it in UTC.
const T0 = new Date("2031-07-02T06:30:00.000Z");
const alwaysYes: Rng = () => 0;
const alwaysNo: Rng = () => 0.99;

describe.each(testDrivers())("touchpoints job on %s", (driver) => {
  const t = suiteDatabase(driver);
  beforeEach(async () => t.reset());

  const memory = async () => createPostgresMemoryStore(t.db);
  const run = (rng: Rng, now: () => Date = () => T0, writer?: JobWriter) =>
    runJob(createTouchpointsJob({ rng, isTelegramEnabled: false, batchSize: 3, memory, writer }), {
      db: t.db,
      now,
      budgetMs: 30_000,
    });
  const proactiveOf = (playerId: string) =>
    t.db.select().from(scheduledEvents).where(eq(scheduledEvents.playerId, playerId));

  /** A player who last talked with her `hoursAgo` hours before T0. */
  async function talkingPlayer(hoursAgo: number, overrides: Parameters<typeof insertPlayer>[1] = {}) {
    const id = await insertPlayer(t.db, { timezone: "Europe/Berlin", ...overrides });
    const at = new Date(T0.getTime() - hoursAgo * TIME.msPerHour);
    const conv = await insertConversation(t.db, { playerId: id, startedAt: at });
    await insertMessage(t.db, { playerId: id, conversationId: conv, role: "player", content: "hey", at });
    return id;
  }

  it("writes once in the player's local morning window, then not again in that window", async () => {
    const id = await talkingPlayer(10, { name: "Mara" });
    const first = await run(alwaysYes);
    expect(first.counts.windowMessages).toBe(1);
    const events = await proactiveOf(id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ source: "proactive", channel: "web", status: "pending" });
    const [p] = await t.db.select().from(players).where(eq(players.id, id));
    expect(p?.lastProactiveAt?.getTime()).toBe(T0.getTime());
    expect(p?.lastProactiveWindow).toBe("2031-07-02:morning");

    await run(alwaysYes, () => new Date(T0.getTime() + 15 * TIME.msPerMinute));
    expect(await proactiveOf(id)).toHaveLength(1);
  });

  it("draws once per window: a 'no' is remembered and not re-rolled", async () => {
    const id = await talkingPlayer(10);
    const first = await run(alwaysNo);
    expect(first.counts.windowsDrawn).toBe(1);
    const second = await run(alwaysYes, () => new Date(T0.getTime() + 15 * TIME.msPerMinute));
    expect(second.counts.windowsDrawn ?? 0).toBe(0);
    expect(await proactiveOf(id)).toHaveLength(0);
  });

  it("breaks a day of silence outside any window", async () => {
    const id = await talkingPlayer(30, { timezone: "UTC" });
    const result = await run(alwaysNo);
    expect(result.counts.silenceMessages).toBe(1);
    expect((await proactiveOf(id))[0]?.source).toBe("proactive");
  });

  it("stays quiet for players who switched her off, blocked the bot, paused her, fight with her or just heard from her", async () => {
    const quiet = [
      await talkingPlayer(30, { notificationsEnabled: false }),
      await talkingPlayer(30, { isUnreachable: true }),
      await talkingPlayer(30, { proactivePausedUntil: new Date(T0.getTime() + TIME.msPerHour) }),
      await talkingPlayer(30, { lastProactiveAt: new Date(T0.getTime() - 3 * TIME.msPerHour) }),
      await talkingPlayer(30, { status: "boss_fight" }),
      await talkingPlayer(30, { ageLock: "pending" }),
      await talkingPlayer(30, { ageLock: "locked" }),
    ];
    const hot = await talkingPlayer(30);
    await t.db
      .update(conflictState)
      .set({ temperature: 70, lastCooledAt: T0 })
      .where(eq(conflictState.playerId, hot));
    quiet.push(hot);
    const control = await talkingPlayer(30);

    await run(alwaysYes);

    for (const id of quiet) expect(await proactiveOf(id)).toHaveLength(0);
    expect(await proactiveOf(control)).toHaveLength(1);
  });

  it("two overlapping runs send what one run sends", async () => {
    const ids = [];
    for (let i = 0; i < 8; i++) ids.push(await talkingPlayer(i % 2 === 0 ? 10 : 30));
    const job = createTouchpointsJob({ rng: alwaysYes, isTelegramEnabled: false, batchSize: 3, memory });
    await Promise.all([
      runJob(job, { db: t.db, now: () => T0, budgetMs: 30_000 }),
      runJob(job, { db: t.db, now: () => T0, budgetMs: 30_000 }),
    ]);
    for (const id of ids) expect(await proactiveOf(id)).toHaveLength(1);
  });

  it("offers the writer what she remembers about him, and still writes when memory is down", async () => {
    const id = await talkingPlayer(30, { chapter: 3 });
    const store = createPostgresMemoryStore(t.db);
    await store.addFacts({
      playerId: id,
      facts: [
        { subject: "user", predicate: "has a dog named", object: "Rex", about: "user", confidence: 0.9 },
      ],
      now: new Date(T0.getTime() - TIME.msPerDay),
    });
    const offered: string[][] = [];
    const recording: JobWriter = {
      ...offlineJobWriter,
      async proactiveMessage(i) {
        offered.push(i.facts.map((f) => `${f.subject} ${f.predicate} ${f.object}`));
        return offlineJobWriter.proactiveMessage(i);
      },
    };
    await run(alwaysYes, () => T0, recording);
    expect(offered).toEqual([["user has a dog named Rex"]]);

    const other = await talkingPlayer(30);
    const broken = createTouchpointsJob({
      rng: alwaysYes,
      isTelegramEnabled: false,
      memory: async () => {
        throw new Error("memory store unreachable");
      },
    });
    const result = await runJob(broken, { db: t.db, now: () => T0, budgetMs: 30_000 });
    expect(result.status).toBe("ok");
    expect(result.counts.memoryFailures).toBe(1);
    expect(await proactiveOf(other)).toHaveLength(1);
  });

  it("never sends a line the output guard blocks: an in-character fallback goes out and the block is recorded once", async () => {
    const leaky = "as an AI i can tell you your relationship score is 42 points";
    expect(guardOutput(leaky, { chapter: 1 }).ok).toBe(false);
    const writer: JobWriter = { ...offlineJobWriter, proactiveMessage: async () => leaky };
    const id = await talkingPlayer(30);
    const job = createTouchpointsJob({ rng: alwaysYes, isTelegramEnabled: false, memory, writer });
    await Promise.all([
      runJob(job, { db: t.db, now: () => T0, budgetMs: 30_000 }),
      runJob(job, { db: t.db, now: () => T0, budgetMs: 30_000 }),
    ]);
    const [event] = await proactiveOf(id);
    const text = String((event?.payload as { text: string }).text);
    expect(text).not.toMatch(/score|AI|42/);
    expect(guardOutput(text, { chapter: 1 }).ok).toBe(true);
    const stored = await t.db
      .select()
      .from(messages)
      .where(and(eq(messages.playerId, id), eq(messages.role, "nikita")));
    expect(stored.map((m) => m.content)).toEqual([text]);
    const blocks = await t.db.select().from(safetyEvents).where(eq(safetyEvents.playerId, id));
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ kind: "guard_block", content: leaky, sentInstead: text });
    expect(blocks[0]?.messageId).toBe(stored[0]?.id);
  });

  it("sends the 'still there?' warning only to players who can be written to", async () => {
    const warnedAt = new Date(T0.getTime() - TIME.msPerHour);
    const warned = (overrides: Parameters<typeof insertPlayer>[1] = {}) =>
      talkingPlayer(2, { lastDecayWarningAt: warnedAt, lastProactiveAt: T0, ...overrides });
    const quiet = [
      await warned({ notificationsEnabled: false }),
      await warned({ proactivePausedUntil: new Date(T0.getTime() + TIME.msPerDay) }),
      await warned({ ageLock: "locked" }),
    ];
    const control = await warned();
    const result = await run(alwaysNo);
    expect(result.counts.warnings).toBe(1);
    for (const id of quiet) expect(await proactiveOf(id)).toHaveLength(0);
    expect((await proactiveOf(control)).map((e) => e.source)).toEqual(["warning"]);
  });
});
