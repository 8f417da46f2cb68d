// The player's account on every test driver: settings written as the player under RLS (only
// their own row, only valid values), the data export (everything about them, nothing of
// anyone else, no bubble she has not sent yet), deleting the account (nothing of the player
// remains anywhere — every public table and auth.users scanned — while another player is
// untouched), and starting over after the game ended.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { openConversation } from "@/db/queries/conversations";
import { loadEngineState, saveEngineState } from "@/db/queries/engine-state";
import { scheduleOutbound } from "@/db/queries/outbound";
import { queryRows } from "@/db/query-rows";
import {
  adminAuditLog,
  dailySummaries,
  devMailbox,
  errorLogs,
  llmCalls,
  players,
  safetyEvents,
  scoreHistory,
  telegramUpdates,
} from "@/db/schema";
import { createTestDatabase, type TestDatabase, testDrivers } from "@/db/testing/test-db";
import { withPlayerOn } from "@/db/with-player";
import { createOfflineModel } from "@/lib/agents/offline-model";
import { findOrCreateAuthUserByEmail } from "@/lib/auth/auth-users";
import { endGame } from "@/lib/engine";
import type { MemoryStore } from "@/lib/memory";
import { createPostgresMemoryStore } from "@/lib/memory/postgres-store";
import { acceptPlayerMessage } from "@/lib/services/conversation/accept-player-message";
import { processPlayerTurns } from "@/lib/services/conversation/process-turn";
import { ensurePlayer } from "@/lib/services/ensure-player";
import { createLinkCode } from "@/lib/services/link-codes";
import { finishOnboarding } from "@/lib/services/onboarding";
import { deleteAccount, isDeleteConfirmed } from "./delete-account";
import { exportPlayerData } from "./export-data";
import { findPortalPlayer } from "./portal-player";
import { restartGame } from "./restart-game";
import { updateSettings } from "./settings";

const T0 = new Date("2026-11-21T12:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describe.each(testDrivers())("player account on %s", (driver) => {
  let t: TestDatabase;
  let memory: MemoryStore;

  beforeAll(async () => {
    t = await createTestDatabase(driver);
    memory = createPostgresMemoryStore(t.db);
  }, 120_000);
  afterAll(async () => t?.close());
  beforeEach(async () => t.reset());

  /** A web player who has played a little: onboarding, two exchanges, memory, diary, ops rows. */
  async function playedPlayer(email: string, name: string) {
    const user = await findOrCreateAuthUserByEmail(t.db, { email, now: T0 });
    const { playerId } = await ensurePlayer(t.db, { authUserId: user.id, email });
    await t.db.transaction((tx) =>
      finishOnboarding(tx, {
        playerId,
        answers: { name, isAdultConfirmed: true, timezone: "Europe/Berlin", darkness: 3 },
        platform: "web",
        now: T0,
        seed: 2,
      }),
    );
    const deps = (minute: number) => ({
      db: t.db,
      model: createOfflineModel(),
      memory: {
        recall: async () => [],
        remember: async (p: { playerId: string; facts: never[]; sourceMessageId: number; now: Date }) => {
          await memory.addFacts({ playerId: p.playerId, facts: p.facts, now: p.now });
        },
      },
      now: () => at(minute),
      seed: () => 5,
      delayScale: 0,
    });
    for (const [minute, text] of [
      [1, `I'm ${name}, I work as a locksmith in Hamburg and I love climbing`],
      [3, "What are you breaking into this week?"],
    ] as const) {
      await acceptPlayerMessage(t.db, { playerId, platform: "web", content: text }, at(minute));
      await processPlayerTurns(deps(minute), playerId);
    }
    await memory.addFacts({
      playerId,
      now: at(4),
      facts: [
        { subject: name, predicate: "works as", object: `locksmith-${name}`, about: "user", confidence: 0.9 },
      ],
    });
    await memory.addEpisode({ playerId, summary: `${name} talked about climbing`, occurredAt: at(4) });
    await t.db.insert(dailySummaries).values({
      playerId,
      localDate: "2026-11-21",
      text: `Diary: ${name} was fun today`,
      scoreStart: 50,
      scoreEnd: 52,
    });
    await t.db.insert(safetyEvents).values({ playerId, kind: "guard_block", content: `about ${name}` });
    await t.db
      .insert(llmCalls)
      .values({ playerId, purpose: "reply", model: "m", latencyMs: 5, status: "ok" });
    await t.db.insert(telegramUpdates).values({ updateId: Math.floor(Math.random() * 1e9), playerId });
    await t.db.insert(adminAuditLog).values({
      adminUserId: "00000000-0000-4000-8000-00000000ad01",
      action: "adjust_score",
      playerId,
      before: { name },
      after: { name },
      reason: "test",
    });
    await t.db.insert(errorLogs).values({ scope: "test", message: "boom", context: { playerId } });
    await t.db.insert(devMailbox).values({ toEmail: email, subject: "Sign in", body: "link" });
    await createLinkCode(t.db, { purpose: "telegram_link", playerId, now: at(5) });
    await createLinkCode(t.db, { purpose: "magic_link", authUserId: user.id, email, now: at(5) });
    return { playerId, authUserId: user.id, email, name };
  }

  /** Every row in every public table, and auth.users, mentioning any of `needles`. */
  async function rowsMentioning(needles: string[]): Promise<string[]> {
    const tables = await queryRows<{ tablename: string }>(
      t.db,
      sql`select tablename from pg_tables where schemaname = 'public' order by tablename`,
    );
    const found: string[] = [];
    for (const table of [...tables.map((r) => `public."${r.tablename}"`), "auth.users"]) {
      const rows = await queryRows<{ row: string }>(t.db, sql.raw(`select t::text as row from ${table} t`));
      for (const { row } of rows) {
        const hit = needles.find((n) => row.toLowerCase().includes(n.toLowerCase()));
        if (hit) found.push(`${table}: ${hit}`);
      }
    }
    return found;
  }

  it("saves settings as the player, only valid values, only on their own row", async () => {
    const a = await playedPlayer("ana@example.com", "Ana");
    const b = await playedPlayer("bo@example.com", "Bo");
    const saved = await withPlayerOn(t.db, a.authUserId, (tx) =>
      updateSettings(tx, {
        playerId: a.playerId,
        input: { timezone: "America/New_York", notificationsEnabled: false, hardMode: true },
        now: at(10),
      }),
    );
    expect(saved).toEqual({ timezone: "America/New_York", notificationsEnabled: false, hardMode: true });
    const mine = await withPlayerOn(t.db, a.authUserId, (tx) => findPortalPlayer(tx, a.authUserId));
    expect(mine).toMatchObject({ timezone: "America/New_York", notificationsEnabled: false, hardMode: true });

    await expect(
      withPlayerOn(t.db, a.authUserId, (tx) =>
        updateSettings(tx, {
          playerId: a.playerId,
          input: { timezone: "Mars/Olympus", notificationsEnabled: true, hardMode: false },
          now: at(11),
        }),
      ),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(
      withPlayerOn(t.db, a.authUserId, (tx) =>
        updateSettings(tx, {
          playerId: b.playerId,
          input: { timezone: "UTC", notificationsEnabled: false, hardMode: true },
          now: at(11),
        }),
      ),
    ).rejects.toMatchObject({ code: "not_found:player" });
    const other = await withPlayerOn(t.db, b.authUserId, (tx) => findPortalPlayer(tx, b.authUserId));
    expect(other).toMatchObject({ timezone: "Europe/Berlin", notificationsEnabled: true, hardMode: false });
  });

  it("exports everything about the player and nothing about anyone else", async () => {
    const a = await playedPlayer("ana@example.com", "Ana");
    await playedPlayer("bo@example.com", "Bo");
    const conversationId = await openConversation(t.db, {
      playerId: a.playerId,
      platform: "web",
      now: at(6),
    });
    await scheduleOutbound(t.db, {
      playerId: a.playerId,
      conversationId,
      channel: "web",
      source: "reply",
      bubbles: [{ text: "not sent yet", dueAt: at(600) }],
      dedupeKey: "test:future",
    });

    const data = await exportPlayerData(t.db, { playerId: a.playerId, memory, now: at(20) });
    expect(data.profile).toMatchObject({ id: a.playerId, name: "Ana", email: "ana@example.com" });
    expect(data.game.metrics).not.toBeNull();
    expect(data.vices.length).toBeGreaterThan(0);
    expect(data.scoreHistory.length).toBeGreaterThan(0);
    const allMessages = data.conversations.flatMap((c) => c.messages);
    expect(allMessages.some((m) => m.role === "player" && m.content.includes("locksmith"))).toBe(true);
    expect(allMessages.some((m) => m.role === "nikita")).toBe(true);
    expect(allMessages.some((m) => m.content === "not sent yet")).toBe(false);
    expect(data.diary.map((d) => d.text)).toEqual(["Diary: Ana was fun today"]);
    expect(data.memory.facts.map((f) => f.object)).toContain("locksmith-Ana");
    expect(data.memory.episodes.map((e) => e.summary)).toContain("Ana talked about climbing");

    const json = JSON.stringify(data);
    expect(json).not.toMatch(/\bBo\b|bo@example\.com/);
  });

  it("deletes the account so that nothing of the player remains, and leaves other players alone", async () => {
    const a = await playedPlayer("ana@example.com", "Anastasia");
    const b = await playedPlayer("bo@example.com", "Bonifatius");
    const before = await rowsMentioning([a.playerId, a.authUserId, a.email, "Anastasia"]);
    expect(before.length).toBeGreaterThan(10);
    expect(new Set(before.map((r) => r.split(":")[0])).size).toBeGreaterThan(8);

    const result = await deleteAccount(t.db, { playerId: a.playerId, memory });
    expect(result.facts).toBeGreaterThan(0);
    expect(result.authUserDeleted).toBe(true);

    expect(await rowsMentioning([a.playerId, a.authUserId, a.email, "Anastasia"])).toEqual([]);
    expect(await memory.listFacts({ playerId: a.playerId, include: "all" })).toEqual([]);
    const calls = await queryRows<{ calls: number }>(t.db, sql`select count(*)::int as calls from llm_calls`);
    expect(calls[0]?.calls).toBe(2);

    const kept = await rowsMentioning([b.playerId, "Bonifatius"]);
    expect(kept.length).toBeGreaterThan(10);
    expect(await memory.listFacts({ playerId: b.playerId })).not.toEqual([]);
    await expect(deleteAccount(t.db, { playerId: a.playerId, memory })).rejects.toMatchObject({
      code: "not_found:player",
    });
  });

  it("deletes nothing when her memory cannot be reached, so the player can retry", async () => {
    const a = await playedPlayer("ana@example.com", "Ana");
    const down: MemoryStore = {
      ...memory,
      deletePlayer: async () => {
        throw new Error("memory store unreachable");
      },
    };
    await expect(deleteAccount(t.db, { playerId: a.playerId, memory: down })).rejects.toThrow(/unreachable/);
    const left = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from players where id = ${a.playerId}`,
    );
    expect(left[0]?.n).toBe(1);
  });

  it("asks for the exact confirmation words", () => {
    expect(isDeleteConfirmed("delete my account")).toBe(true);
    expect(isDeleteConfirmed("  Delete My Account ")).toBe(true);
    expect(isDeleteConfirmed("delete")).toBe(false);
    expect(isDeleteConfirmed(null)).toBe(false);
  });

  it("starts over after game over, once, and leaves a running game alone", async () => {
    const a = await playedPlayer("ana@example.com", "Ana");
    expect(
      await t.db.transaction((tx) => restartGame(tx, { playerId: a.playerId, now: at(30), seed: 1 })),
    ).toEqual({
      status: "not_over",
    });

    await t.db.transaction(async (tx) => {
      const loaded = await loadEngineState(tx, { playerId: a.playerId, forUpdate: true });
      if (!loaded) throw new Error("no state");
      const ended = endGame(loaded.state.game, "score_zero", at(40));
      await saveEngineState(tx, {
        playerId: a.playerId,
        state: { ...loaded.state, game: ended.game },
        now: at(40),
      });
    });
    const outcomes = await Promise.all(
      [1, 2, 3].map((seed) =>
        t.db.transaction((tx) => restartGame(tx, { playerId: a.playerId, now: at(50), seed })),
      ),
    );
    expect(outcomes.filter((o) => o.status === "restarted")).toHaveLength(1);
    const [player] = await t.db.select().from(players).where(sql`${players.id} = ${a.playerId}`);
    expect(player).toMatchObject({
      status: "active",
      chapter: 1,
      relationshipScore: 50,
      gameOverReason: null,
    });
    const resets = await t.db.select().from(scoreHistory).where(sql`kind = 'reset'`);
    expect(resets).toHaveLength(1);
    const welcome = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from messages where player_id = ${a.playerId} and role = 'nikita' and created_at >= ${at(50).toISOString()}::timestamptz`,
    );
    expect(welcome[0]?.n).toBeGreaterThan(0);
  });
});
