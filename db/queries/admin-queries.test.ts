// Admin reads on a real database: player search matches name, email, Telegram username and
// id (LIKE wildcards literal), filters and sorts server-side with a total for pagination; the
// overview counts players, daily activity, cost and boss pass rates; latency percentiles.
import { beforeEach, describe, expect, it } from "vitest";
import { llmCalls, messages, players, requestMetrics, scoreHistory } from "@/db/schema";
import { suiteDatabase } from "@/db/testing/suite-db";
import { testDrivers } from "@/db/testing/test-db";
import { loadOverview } from "@/lib/services/admin/overview";
import { modelUsage, routeLatency } from "./admin-ops";
import { type PlayerSearch, searchPlayers } from "./admin-players";
import { openConversation } from "./conversations";

const NOW = new Date("2026-11-21T12:00:00Z");
const base: PlayerSearch = { sort: "name", dir: "asc", page: 1, pageSize: 2 };

describe.each(testDrivers())("admin queries on %s", (driver) => {
  const t = suiteDatabase(driver);

  beforeEach(async () => {
    await t.reset();
    await t.db.insert(players).values([
      { name: "Mara", email: "mara@example.com", status: "active", chapter: 2, relationshipScore: 70 },
      {
        name: "Jonas",
        telegramId: 4242,
        telegramUsername: "jonas_tg",
        status: "active",
        chapter: 1,
        relationshipScore: 40,
      },
      { name: "Lea 100%", email: "lea@example.com", status: "game_over", chapter: 3, relationshipScore: 0 },
      { name: "Omar", email: "omar@example.org", status: "won", chapter: 5, relationshipScore: 90 },
    ]);
  });

  const names = async (p: Partial<PlayerSearch>) =>
    (await searchPlayers(t.db, { ...base, pageSize: 10, ...p })).rows.map((r) => r.name);

  it("searches by name, email, Telegram username or id, case-insensitively", async () => {
    expect(await names({ q: "MARA" })).toEqual(["Mara"]);
    expect(await names({ q: "mar" })).toEqual(["Mara", "Omar"]);
    expect(await names({ q: "example.org" })).toEqual(["Omar"]);
    expect(await names({ q: "@jonas_tg" })).toEqual(["Jonas"]);
    expect(await names({ q: "4242" })).toEqual(["Jonas"]);
    expect(await names({ q: "100%" })).toEqual(["Lea 100%"]);
    expect(await names({ q: "%" })).toEqual(["Lea 100%"]);
  });

  it("filters, sorts and paginates in the database with a total", async () => {
    expect(await names({ status: "active" })).toEqual(["Jonas", "Mara"]);
    expect(await names({ chapter: 5 })).toEqual(["Omar"]);
    expect(await names({ sort: "score", dir: "desc" })).toEqual(["Omar", "Mara", "Jonas", "Lea 100%"]);
    const page2 = await searchPlayers(t.db, { ...base, page: 2 });
    expect(page2.total).toBe(4);
    expect(page2.rows.map((r) => r.name)).toEqual(["Mara", "Omar"]);
  });

  it("summarises players, activity, cost and boss outcomes for the overview", async () => {
    const [mara] = await t.db
      .select()
      .from(players)
      .where(undefined)
      .orderBy(players.name)
      .limit(1)
      .offset(2);
    const id = mara?.id ?? "";
    const conversationId = await openConversation(t.db, { playerId: id, platform: "web", now: NOW });
    await t.db.insert(messages).values([
      { playerId: id, conversationId, role: "player", content: "hi", createdAt: NOW },
      { playerId: id, conversationId, role: "nikita", content: "hey", createdAt: NOW },
    ]);
    await t.db.insert(llmCalls).values([
      {
        purpose: "reply",
        model: "m",
        costUsd: 0.25,
        latencyMs: 1,
        status: "ok",
        inputTokens: 100,
        cacheReadTokens: 300,
        createdAt: NOW,
      },
      { purpose: "reply", model: "m", costUsd: 0.5, latencyMs: 1, status: "error", createdAt: NOW },
    ]);
    await t.db.insert(scoreHistory).values([
      { playerId: id, kind: "boss_pass", scoreBefore: 60, scoreAfter: 60, chapter: 1, createdAt: NOW },
      { playerId: id, kind: "boss_fail", scoreBefore: 60, scoreAfter: 60, chapter: 1, createdAt: NOW },
      { playerId: id, kind: "boss_pass", scoreBefore: 60, scoreAfter: 60, chapter: 2, createdAt: NOW },
    ]);
    const o = await loadOverview(t.db, NOW, 7);
    expect(o.totals).toMatchObject({ active: 2, game_over: 1, won: 1, onboarding: 0 });
    expect(o.byChapter[1]).toMatchObject({ chapter: "Ch 2", active: 1 });
    expect(o.daily).toHaveLength(7);
    expect(o.daily.at(-1)).toMatchObject({ day: "11-21", active: 1, player: 1, nikita: 1, cost: 0.75 });
    expect(o.daily[0]).toMatchObject({ active: 0, cost: 0 });
    expect(o.boss).toEqual([
      { chapter: "Ch 1", pass: 1, fail: 1, partial: 0, passRate: 50 },
      { chapter: "Ch 2", pass: 1, fail: 0, partial: 0, passRate: 100 },
    ]);
    const [usage] = await modelUsage(t.db, { since: new Date("2026-11-20T00:00:00Z") });
    expect(usage).toMatchObject({
      calls: 2,
      errors: 1,
      inputTokens: 100,
      cacheReadTokens: 300,
      cacheHitRate: 0.75,
      costUsd: 0.75,
    });
  });

  it("computes route latency percentiles from the samples", async () => {
    await t.db.insert(requestMetrics).values(
      Array.from({ length: 100 }, (_, i) => ({
        route: "POST /api/chat",
        method: "POST",
        status: i < 2 ? 500 : 200,
        durationMs: i + 1,
        createdAt: NOW,
      })),
    );
    const [r] = await routeLatency(t.db, { since: new Date("2026-11-21T00:00:00Z") });
    expect(r).toMatchObject({ route: "POST /api/chat", samples: 100, errors: 2 });
    expect(r?.p50).toBeCloseTo(50.5, 1);
    expect(r?.p95).toBeCloseTo(95.05, 1);
    expect(r?.p99).toBeCloseTo(99.01, 1);
  });
});
