// The portal's read models against a real database (PGlite and, with TEST_DATABASE_URL, the
// server), always through withPlayerOn so row-level security is in force as on the pages.
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scoreHistory } from "@/db/schema";
import { createTestDatabase, type TestDatabase, testDrivers } from "@/db/testing/test-db";
import { withPlayerOn } from "@/db/with-player";
import { CHAPTER_RULES, TIME } from "@/lib/engine";
import { conversationBelongsToPlayer, getConversationDetail, listConversations } from "./conversations";
import { loadDashboard } from "./dashboard";
import { listDiary } from "./diary";
import { findPortalPlayer } from "./player";
import { loadScoreSeries, MAX_CHART_POINTS } from "./score-series";
import { type SeededHistory, seedPlayerHistory } from "./testing/seed-history";
import { listDiscoveredVices } from "./vices";

const NOW = new Date("2026-11-20T12:00:00Z");
const USER_A = "00000000-0000-4000-8000-0000000000a1";
const USER_B = "00000000-0000-4000-8000-0000000000b2";

describe.each(testDrivers())("portal read models on %s", (driver) => {
  let t: TestDatabase;
  let a: SeededHistory;
  let b: SeededHistory;

  beforeAll(async () => {
    t = await createTestDatabase(driver);
    a = await seedPlayerHistory(t.db, {
      authUserId: USER_A,
      email: "a@example.com",
      days: 365,
      messages: 4000,
      now: NOW,
    });
    b = await seedPlayerHistory(t.db, {
      authUserId: USER_B,
      email: "b@example.com",
      days: 10,
      messages: 40,
      now: NOW,
      lastMessageHoursAgo: 40,
    });
  }, 180_000);
  afterAll(async () => t?.close());

  const asA = <T>(fn: Parameters<typeof withPlayerOn<T>>[2]) => withPlayerOn(t.db, USER_A, fn);

  it("resolves a session to its own player only", async () => {
    const player = await asA((tx) => findPortalPlayer(tx, { authUserId: USER_A }));
    expect(player?.id).toBe(a.playerId);
    expect(await asA((tx) => findPortalPlayer(tx, { authUserId: USER_B }))).toBeNull();
  });

  it("builds the dashboard from the chapter table and the engine", async () => {
    const view = await asA((tx) => loadDashboard(tx, { playerId: a.playerId, now: NOW }));
    expect(view).not.toBeNull();
    expect(view!.chapterName).toBe(CHAPTER_RULES[3].name);
    expect(view!.bossThreshold).toBe(CHAPTER_RULES[3].bossThreshold);
    expect(view!.metrics.map((m) => m.metric)).toEqual(["intimacy", "passion", "trust", "secureness"]);
    // Last message an hour ago: still inside chapter 3's grace.
    expect(view!.decay).toMatchObject({ kind: "grace" });
    if (view!.decay.kind === "grace")
      expect(view!.decay.hoursLeft).toBeCloseTo(CHAPTER_RULES[3].decayGraceHours - 1);
    expect(view!.engagement.state).toBe("IN_ZONE");
    expect(view!.conflict.zone).toBe("WARM");
  });

  it("shows points lost per hour once grace has run out, and hides other players' dashboards", async () => {
    const view = await withPlayerOn(t.db, USER_B, (tx) =>
      loadDashboard(tx, { playerId: b.playerId, now: NOW }),
    );
    expect(view!.decay).toMatchObject({ kind: "decaying", pointsPerHour: CHAPTER_RULES[3].decayRatePerHour });
    expect(await asA((tx) => loadDashboard(tx, { playerId: b.playerId, now: NOW }))).toBeNull();
  });

  it("downsamples a year of score history to a bounded series ending at the current score", async () => {
    const dash = await asA((tx) => loadDashboard(tx, { playerId: a.playerId, now: NOW }));
    for (const range of ["7d", "30d", "90d", "all"] as const) {
      const series = await asA((tx) =>
        loadScoreSeries(tx, {
          playerId: a.playerId,
          range,
          now: NOW,
          gameStartedAt: dash!.startedAt,
          currentScore: dash!.score,
        }),
      );
      expect(series.length).toBeGreaterThan(2);
      expect(series.length).toBeLessThanOrEqual(MAX_CHART_POINTS);
      expect(series.at(-1)!.score).toBe(dash!.score);
      const times = series.map((p) => Date.parse(p.at));
      expect([...times].sort((x, y) => x - y)).toEqual(times);
    }
    const week = await asA((tx) =>
      loadScoreSeries(tx, {
        playerId: a.playerId,
        range: "7d",
        now: NOW,
        gameStartedAt: dash!.startedAt,
        currentScore: dash!.score,
      }),
    );
    expect(Date.parse(week[0]!.at)).toBeGreaterThanOrEqual(NOW.getTime() - 7 * TIME.msPerDay);
    // Each sampled point is the score after the latest change at or before that moment.
    const rows = await t.db
      .select({ at: scoreHistory.createdAt, score: scoreHistory.scoreAfter })
      .from(scoreHistory)
      .where(eq(scoreHistory.playerId, a.playerId))
      .orderBy(asc(scoreHistory.createdAt), asc(scoreHistory.id));
    for (const point of week.slice(0, -1)) {
      const expected = rows.filter((r) => r.at.getTime() <= Date.parse(point.at)).at(-1)!.score;
      expect(point.score).toBe(expected);
    }
  });

  it("pages through conversations across platforms, newest first", async () => {
    const first = await asA((tx) => listConversations(tx, { playerId: a.playerId, page: 1 }));
    expect(first.total).toBe(a.conversationIds.length);
    expect(first.items).toHaveLength(20);
    expect(new Set(first.items.map((c) => c.platform))).toEqual(new Set(["telegram", "web", "voice"]));
    const last = await asA((tx) => listConversations(tx, { playerId: a.playerId, page: 9999 }));
    expect(last.page).toBe(first.pageCount);
    expect(first.items[0]!.startedAt.getTime()).toBeGreaterThan(last.items[0]!.startedAt.getTime());
  });

  it("puts each exchange's score change and reason on her reaction", async () => {
    const id = a.conversationIds.at(-1)!;
    const detail = await asA((tx) => getConversationDetail(tx, { playerId: a.playerId, conversationId: id }));
    expect(detail).not.toBeNull();
    const reactions = detail!.messages.filter((m) => m.role === "nikita");
    expect(reactions.length).toBeGreaterThan(0);
    for (const r of reactions) {
      expect(r.move).not.toBeNull();
      expect(r.move!.explanation).toBeTruthy();
      expect(Object.keys(r.move!.metrics)).toContain("trust");
    }
    expect(detail!.messages.filter((m) => m.role === "player").every((m) => m.move === null)).toBe(true);
  });

  it("finds nothing for another player's conversation, even with their player id", async () => {
    const foreign = b.conversationIds[0]!;
    expect(
      await asA((tx) => getConversationDetail(tx, { playerId: a.playerId, conversationId: foreign })),
    ).toBeNull();
    expect(
      await asA((tx) => getConversationDetail(tx, { playerId: b.playerId, conversationId: foreign })),
    ).toBeNull();
    expect(
      await asA((tx) => getConversationDetail(tx, { playerId: a.playerId, conversationId: "not-a-uuid" })),
    ).toBeNull();
    const owns = (playerId: string, conversationId: string) =>
      asA((tx) => conversationBelongsToPlayer(tx, { playerId, conversationId }));
    expect(await owns(b.playerId, foreign)).toBe(false);
    expect(await owns(a.playerId, "x")).toBe(false);
    expect(await owns(a.playerId, a.conversationIds[0]!)).toBe(true);
  });

  it("lists the diary newest first with the day's trend", async () => {
    const diary = await asA((tx) => listDiary(tx, { playerId: a.playerId, page: 1 }));
    expect(diary.entries.length).toBeGreaterThan(0);
    const dates = diary.entries.map((e) => e.localDate);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(["up", "down", "flat"]).toContain(diary.entries[0]!.trend);
  });

  it("shows only discovered vices, in words without numbers", async () => {
    const vices = await asA((tx) => listDiscoveredVices(tx, { playerId: a.playerId }));
    expect(vices.map((v) => v.category)).toEqual(["dark_humor", "intellectual_dominance"]);
    for (const v of vices) expect(`${v.label} ${v.description} ${v.strength}`).not.toMatch(/\d/);
    expect(await asA((tx) => listDiscoveredVices(tx, { playerId: b.playerId }))).toEqual([]);
  });
});
