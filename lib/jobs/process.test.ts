// Nothing a player said is lost: a turn stuck for 2 minutes is answered by the process job
// (the real pipeline, offline model), idle conversations close after 15 minutes and are
// summarised and mined into memory exactly once, also when two runs overlap.
import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { saveEngineState } from "@/db/queries/engine-state";
import { queryRows } from "@/db/query-rows";
import { conversations, pendingTurns } from "@/db/schema";
import { suiteDatabase } from "@/db/testing/suite-db";
import { testDrivers } from "@/db/testing/test-db";
import { completeOnboarding, createEngineState } from "@/lib/engine";
import { TIME } from "@/lib/engine/rules";
import { acceptPlayerMessage } from "@/lib/services/conversation/accept-player-message";
import { createProcessJob, type RecoverTurns } from "./process";
import { runJob } from "./run-job";
import { countRows, insertConversation, insertMessage, insertPlayer } from "./testing/fixtures";

const T0 = new Date("2031-11-05T18:00:00.000Z");
const MIN = TIME.msPerMinute;
const noRecovery: RecoverTurns = async () => ({ processed: 0, retried: 0, failed: 0 });

describe.each(testDrivers())("process job on %s", (driver) => {
  const t = suiteDatabase(driver, { forProcess: true });
  beforeEach(async () => t.reset());

  const run = (deps: Parameters<typeof createProcessJob>[0] = {}, now = T0) =>
    runJob(createProcessJob(deps), { db: t.db, now: () => now, budgetMs: 30_000 });

  async function onboardedPlayer(name: string) {
    const id = await insertPlayer(t.db, { name, timezone: "Europe/Berlin", status: "onboarding" });
    const startedAt = new Date(T0.getTime() - 10 * MIN);
    const onboarded = completeOnboarding(
      createEngineState(startedAt),
      { darkness: 2, isAdultConfirmed: true },
      startedAt,
    );
    if (!onboarded.ok) throw new Error("onboarding failed");
    await saveEngineState(t.db, { playerId: id, state: onboarded.state, now: startedAt });
    return id;
  }

  it("answers a turn still pending after 2 minutes, and leaves a younger one to its own after()", async () => {
    const stuck = await onboardedPlayer("Alex");
    const young = await onboardedPlayer("Bo");
    const old = await acceptPlayerMessage(
      t.db,
      { playerId: stuck, platform: "web", content: "what are you breaking into this week?" },
      new Date(T0.getTime() - 3 * MIN),
    );
    const fresh = await acceptPlayerMessage(
      t.db,
      { playerId: young, platform: "web", content: "hey you" },
      new Date(T0.getTime() - 30_000),
    );

    const result = await run();

    expect(result.counts.turnsProcessed).toBe(1);
    const [turn] = await t.db.select().from(pendingTurns).where(eq(pendingTurns.id, old.turnId));
    expect(turn?.status).toBe("done");
    const replies = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from messages where player_id = ${stuck} and role = 'nikita'`,
    );
    expect(replies[0]?.n).toBeGreaterThan(0);
    const [waiting] = await t.db.select().from(pendingTurns).where(eq(pendingTurns.id, fresh.turnId));
    expect(waiting?.status).toBe("pending");
  });

  /** A conversation whose last message was `idleMinutes` before T0. */
  async function conversation(playerId: string, idleMinutes: number, text = "i work as a nurse in hamburg") {
    const last = new Date(T0.getTime() - idleMinutes * MIN);
    const conv = await insertConversation(t.db, {
      playerId,
      startedAt: new Date(last.getTime() - 5 * MIN),
      lastMessageAt: last,
    });
    await insertMessage(t.db, {
      playerId,
      conversationId: conv,
      role: "player",
      content: text,
      at: new Date(last.getTime() - MIN),
    });
    await insertMessage(t.db, {
      playerId,
      conversationId: conv,
      role: "nikita",
      content: "hm. tell me more.",
      at: last,
    });
    return conv;
  }

  it("closes conversations idle for 15 minutes and mines each once into memory", async () => {
    const p = await insertPlayer(t.db, { name: "Sam" });
    const idle = await conversation(p, 20);
    const active = await conversation(p, 5);
    const waiting = await conversation(p, 30);
    await queryRows(
      t.db,
      sql`insert into pending_turns (player_id, message_id, conversation_id)
          select player_id, id, conversation_id from messages where conversation_id = ${waiting} and role = 'player'`,
    );

    const first = await run({ recoverTurns: noRecovery });
    expect(first.counts).toMatchObject({ closed: 1, mined: 1 });

    const [mined] = await t.db.select().from(conversations).where(eq(conversations.id, idle));
    expect(mined?.closedAt?.getTime()).toBe(T0.getTime());
    expect(mined?.minedAt?.getTime()).toBe(T0.getTime());
    expect(mined?.summary?.length).toBeGreaterThan(0);
    expect(Array.isArray(mined?.topics)).toBe(true);
    expect(await countRows(t.db, "memory_episodes", `conversation_id = '${idle}'`)).toBe(1);
    expect(await countRows(t.db, "memory_facts", `player_id = '${p}'`)).toBeGreaterThan(0);
    for (const open of [active, waiting]) {
      const [c] = await t.db.select().from(conversations).where(eq(conversations.id, open));
      expect(c?.closedAt).toBeNull();
    }

    const second = await run({ recoverTurns: noRecovery }, new Date(T0.getTime() + MIN));
    expect(second.counts.mined ?? 0).toBe(0);
    expect(await countRows(t.db, "memory_episodes")).toBe(1);
  });

  it("two overlapping runs mine each conversation once", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push(await conversation(await insertPlayer(t.db), 20 + i, `my sister lives in lisbon ${i}`));
    const job = createProcessJob({ recoverTurns: noRecovery });
    const [a, b] = await Promise.all([
      runJob(job, { db: t.db, now: () => T0, budgetMs: 30_000 }),
      runJob(job, { db: t.db, now: () => T0, budgetMs: 30_000 }),
    ]);
    expect((a.counts.mined ?? 0) + (b.counts.mined ?? 0)).toBe(5);
    expect(await countRows(t.db, "memory_episodes")).toBe(5);
    expect(await countRows(t.db, "conversations", "mined_at is null")).toBe(0);
  });
});
