// Her diary: one entry per player per local day with activity, once that day has ended in the
// player's timezone, with the day's score start/end, decay and conversation count. A diary
// line the output guard blocks is never stored; a neutral entry is, and the block recorded.
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { conversations, dailySummaries, safetyEvents, scoreHistory } from "@/db/schema";
import { suiteDatabase } from "@/db/testing/suite-db";
import { testDrivers } from "@/db/testing/test-db";
import { TIME } from "@/lib/engine/rules";
import { guardOutput } from "@/lib/safety";
import { DIARY_FALLBACK_ENTRIES } from "./guard-job-text";
import { runJob } from "./run-job";
import { createSummaryJob } from "./summary";
import { insertConversation, insertMessage, insertPlayer } from "./testing/fixtures";
import { offlineJobWriter } from "./writer";

const BERLIN = "Europe/Berlin"; // UTC+2 in September
// Local 2031-09-10 in Berlin: 2031-09-09T22:00Z … 2031-09-10T22:00Z.
const DAY_START = new Date("2031-09-09T22:00:00.000Z");
const NEXT_MORNING = new Date("2031-09-10T23:00:00.000Z");
const H = TIME.msPerHour;

describe.each(testDrivers())("summary job on %s", (driver) => {
  const t = suiteDatabase(driver);
  beforeEach(async () => t.reset());

  const run = (now: Date) => runJob(createSummaryJob(), { db: t.db, now: () => now, budgetMs: 30_000 });
  const at = (hours: number) => new Date(DAY_START.getTime() + hours * H);

  async function activeDay(name = "Kai") {
    const id = await insertPlayer(t.db, { timezone: BERLIN, name, lastPlayerMessageAt: at(15) });
    const morning = await insertConversation(t.db, { playerId: id, startedAt: at(9) });
    const evening = await insertConversation(t.db, { playerId: id, startedAt: at(15) });
    await t.db
      .update(conversations)
      .set({ topics: ["bouldering"] })
      .where(eq(conversations.id, morning));
    await t.db
      .update(conversations)
      .set({ topics: ["bouldering", "kreuzberg"] })
      .where(eq(conversations.id, evening));
    await insertMessage(t.db, {
      playerId: id,
      conversationId: morning,
      role: "player",
      content: "morning!",
      at: at(9),
    });
    await insertMessage(t.db, {
      playerId: id,
      conversationId: morning,
      role: "nikita",
      content: "hey",
      at: at(9.1),
    });
    await insertMessage(t.db, {
      playerId: id,
      conversationId: evening,
      role: "player",
      content: "climbing today",
      at: at(15),
    });
    await t.db.insert(scoreHistory).values([
      { playerId: id, kind: "conversation", scoreBefore: 50, scoreAfter: 52, chapter: 1, createdAt: at(9) },
      {
        playerId: id,
        kind: "decay",
        scoreBefore: 52,
        scoreAfter: 51.2,
        chapter: 1,
        details: { hours: 1, amount: 0.8 },
        createdAt: at(14),
      },
      // The next day's change must not count for this one.
      {
        playerId: id,
        kind: "conversation",
        scoreBefore: 51.2,
        scoreAfter: 53,
        chapter: 1,
        createdAt: at(25),
      },
    ]);
    return id;
  }

  it("writes one in-character entry for a finished local day with activity", async () => {
    const id = await activeDay();
    const quiet = await insertPlayer(t.db, { timezone: BERLIN, lastPlayerMessageAt: at(-30) });

    expect((await run(at(20))).counts.summaries ?? 0).toBe(0); // the day is not over in Berlin yet
    const result = await run(NEXT_MORNING);
    expect(result.counts.summaries).toBe(1);

    const [entry] = await t.db.select().from(dailySummaries).where(eq(dailySummaries.playerId, id));
    expect(entry).toMatchObject({
      localDate: "2031-09-10",
      scoreStart: 50,
      scoreEnd: 51.2,
      decayApplied: 0.8,
      conversationCount: 2,
      messageCount: 2,
    });
    expect(entry?.text).toMatch(/bouldering/);
    expect(entry?.text).not.toMatch(/\d/);
    expect(await t.db.select().from(dailySummaries).where(eq(dailySummaries.playerId, quiet))).toHaveLength(
      0,
    );
  });

  it("never writes a day twice, even when runs overlap", async () => {
    const ids = [await activeDay("A"), await activeDay("B"), await activeDay("C")];
    const job = createSummaryJob();
    await Promise.all([
      runJob(job, { db: t.db, now: () => NEXT_MORNING, budgetMs: 30_000 }),
      runJob(job, { db: t.db, now: () => NEXT_MORNING, budgetMs: 30_000 }),
    ]);
    await run(new Date(NEXT_MORNING.getTime() + H));
    for (const id of ids) {
      expect(await t.db.select().from(dailySummaries).where(eq(dailySummaries.playerId, id))).toHaveLength(1);
    }
  });

  it("stores a neutral entry instead of one the output guard blocks, and records the block once", async () => {
    const leaky = "dear diary: he asked for his relationship score, it's 61 points. i'm an AI anyway.";
    expect(guardOutput(leaky, { chapter: 1 }).ok).toBe(false);
    const id = await activeDay("Leo");
    const job = createSummaryJob({ writer: { ...offlineJobWriter, diaryEntry: async () => leaky } });
    await Promise.all([
      runJob(job, { db: t.db, now: () => NEXT_MORNING, budgetMs: 30_000 }),
      runJob(job, { db: t.db, now: () => NEXT_MORNING, budgetMs: 30_000 }),
    ]);
    const entries = await t.db.select().from(dailySummaries).where(eq(dailySummaries.playerId, id));
    expect(entries).toHaveLength(1);
    expect(DIARY_FALLBACK_ENTRIES).toContain(entries[0]?.text);
    const blocks = await t.db.select().from(safetyEvents).where(eq(safetyEvents.playerId, id));
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ kind: "guard_block", content: leaky, sentInstead: entries[0]?.text });
  });
});
