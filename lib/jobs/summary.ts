// summary (hourly): her diary (GAME.md §8) — once per player per local day with activity,
// after that day has ended in the player's timezone: an in-character entry from the writer
// (topics of the day's conversations, her mood from how the score moved, how often they
// talked), passed through the output guard, stored with score start/end, decay applied and
// conversation count. The entry is inserted with `on conflict do nothing` on (player, local
// date), so re-runs and overlapping runs leave exactly one; days missed during an outage are
// caught up for a few days back.
import {
  type DayFacts,
  insertDailySummary,
  listSummaryCandidates,
  listSummaryDates,
  readDayFacts,
} from "@/db/queries/daily-summaries";
import { TIME } from "@/lib/engine/rules";
import { localDayKey } from "@/lib/engine/time";
import type { Chapter } from "@/lib/engine/vocabulary";
import { guardDiaryEntry, recordGuardBlocks } from "./guard-job-text";
import { defineJob } from "./job";
import { addDays, endedLocalDays, localDay, safeTimeZone } from "./local-day";
import { type DiaryMood, defaultJobWriter, type JobWriter } from "./writer";

const BATCH_SIZE = 500;
/** Ended local days looked at per player each run (yesterday and a couple before it). */
export const SUMMARY_LOOKBACK_DAYS = 3;

export interface SummaryJobDeps {
  writer?: JobWriter;
}

export function moodOf(facts: Pick<DayFacts, "scoreStart" | "scoreEnd">): DiaryMood {
  if (facts.scoreEnd > facts.scoreStart) return "up";
  if (facts.scoreEnd < facts.scoreStart) return "down";
  return "flat";
}

export function createSummaryJob(deps: SummaryJobDeps = {}) {
  return defineJob("summary", async (ctx) => {
    const writer = deps.writer ?? defaultJobWriter();
    const now = ctx.now();
    // Anyone who wrote within the lookback (plus a day for timezones ahead of UTC).
    const since = new Date(now.getTime() - (SUMMARY_LOOKBACK_DAYS + 1) * TIME.msPerDay);
    let afterId: string | null = null;
    for (;;) {
      if (!ctx.hasTime()) return "partial";
      const page = await listSummaryCandidates(ctx.db, { since, afterId, limit: BATCH_SIZE });
      for (const c of page) {
        if (!ctx.hasTime()) return "partial";
        const timeZone = safeTimeZone(c.timeZone);
        const today = localDayKey(now, timeZone);
        const days = endedLocalDays({
          afterKey: addDays(today, -SUMMARY_LOOKBACK_DAYS - 1),
          now,
          timeZone,
          max: SUMMARY_LOOKBACK_DAYS,
        });
        const written = await listSummaryDates(ctx.db, {
          playerId: c.playerId,
          from: days[0] ?? today,
          to: today,
        });
        for (const key of days.filter((d) => !written.has(d))) {
          const { start, end } = localDay(key, timeZone);
          const facts = await readDayFacts(ctx.db, { playerId: c.playerId, start, end });
          if (facts.playerMessages === 0) continue;
          let text: string;
          try {
            text = await writer.diaryEntry({
              playerId: c.playerId,
              playerName: c.name ?? "",
              chapter: c.chapter as Chapter,
              localDate: key,
              topics: facts.topics,
              mood: moodOf(facts),
              conversationCount: facts.conversationCount,
            });
          } catch (error) {
            ctx.count("writerFailures");
            ctx.log.warn("writer failed; the diary entry waits for the next run", {
              playerId: c.playerId,
              error,
            });
            continue;
          }
          // The diary is shown in the portal: it passes the output guard like her texts.
          const guarded = guardDiaryEntry(text, c.chapter, `${c.playerId}:${key}`);
          const isNew = await ctx.db.transaction(async (tx) => {
            const inserted = await insertDailySummary(tx, {
              playerId: c.playerId,
              localDate: key,
              text: guarded.text,
              facts,
              now,
            });
            if (inserted) await recordGuardBlocks(tx, { playerId: c.playerId, messageId: null, guarded });
            return inserted;
          });
          if (isNew) ctx.count("summaries");
          if (isNew && guarded.blocked.length > 0) ctx.count("guardBlocks");
        }
      }
      if (page.length < BATCH_SIZE) return "ok";
      afterId = page.at(-1)?.playerId ?? null;
    }
  });
}

export const summaryJob = createSummaryJob();
