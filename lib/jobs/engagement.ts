// engagement (hourly): closes every player day that has ended in the player's own timezone
// (GAME.md §5). For each ended, not yet closed local day the day's inputs come from `messages`
// (player messages, her-to-him reply gaps, average length, three-within-a-minute bursts), and
// the engine's `closeEngagementDay` moves the state machine; a point of no return ends the game
// with its goodbye. Days missed while the job was down are closed in order (up to two weeks).
// Each player is claimed with SKIP LOCKED and handled in one transaction; the engine skips a
// day already closed, so re-runs and overlapping runs change nothing.

import type { DbOrTx } from "@/db";
import { listDayMessages, listEngagementCandidates, lockPlayerIfFree } from "@/db/queries/engagement-days";
import { loadEngineState, saveEngineState } from "@/db/queries/engine-state";
import { closeEngagementDay, summarizePlayerDay } from "@/lib/engine/engagement";
import { localDayKey } from "@/lib/engine/time";
import type { GameOverReason } from "@/lib/engine/types";
import { env } from "@/lib/env";
import { goodbyeKey } from "./decay";
import { defineJob } from "./job";
import { addDays, endedLocalDays, localDay, safeTimeZone } from "./local-day";
import { scheduleJobLine } from "./schedule-line";
import { defaultJobWriter, type JobWriter } from "./writer";

const BATCH_SIZE = 1_000;
/** After an outage, at most this many missed days are closed per player (the latest ones). */
export const MAX_CATCH_UP_DAYS = 14;

export interface EngagementJobDeps {
  writer?: JobWriter;
  isTelegramEnabled?: boolean;
}

interface PlayerClose {
  days: number;
  transitions: number;
  gameOver: boolean;
}

async function closePlayerDays(
  db: DbOrTx,
  params: {
    playerId: string;
    days: string[];
    timeZone: string;
    now: Date;
    writer: JobWriter;
    isTelegramEnabled: boolean;
  },
): Promise<PlayerClose | null> {
  if (!(await lockPlayerIfFree(db, { playerId: params.playerId }))) return null;
  const loaded = await loadEngineState(db, { playerId: params.playerId });
  if (!loaded) return null;
  let state = loaded.state;
  const outcome: PlayerClose = { days: 0, transitions: 0, gameOver: false };
  let reason: GameOverReason | null = null;
  // Re-checked on the locked row: another run may have closed some of these days meanwhile.
  const lastClosed = state.engagement.lastClosedDay;
  for (const key of params.days.filter((d) => lastClosed === null || d > lastClosed)) {
    const { start, end } = localDay(key, params.timeZone);
    const input = summarizePlayerDay(await listDayMessages(db, { playerId: params.playerId, start, end }));
    const result = closeEngagementDay(state, key, input, params.now);
    if (result.state === state) continue;
    state = result.state;
    outcome.days++;
    for (const event of result.events) {
      if (event.type === "engagement_changed") outcome.transitions++;
      if (event.type === "game_over") reason = event.reason;
    }
    if (reason) break;
  }
  if (outcome.days === 0) return outcome;
  await saveEngineState(db, { playerId: params.playerId, state, now: params.now });
  if (reason) {
    outcome.gameOver = true;
    await scheduleJobLine(db, {
      playerId: params.playerId,
      recipient: { telegramChatId: loaded.player.telegramChatId, isUnreachable: loaded.player.isUnreachable },
      isTelegramEnabled: params.isTelegramEnabled,
      text: params.writer.goodbye({ playerName: loaded.player.name ?? "", reason }),
      source: "system",
      dueAt: params.now,
      dedupeKey: goodbyeKey(params.playerId, params.now),
    });
  }
  return outcome;
}

export function createEngagementJob(deps: EngagementJobDeps = {}) {
  return defineJob("engagement", async (ctx) => {
    const writer = deps.writer ?? defaultJobWriter();
    const isTelegramEnabled = deps.isTelegramEnabled ?? env.telegramEnabled;
    const now = ctx.now();
    let afterId: string | null = null;
    for (;;) {
      if (!ctx.hasTime()) return "partial";
      const page = await listEngagementCandidates(ctx.db, { afterId, limit: BATCH_SIZE });
      for (const c of page) {
        const timeZone = safeTimeZone(c.timeZone);
        // Never closed: start with the day the game began.
        const afterKey = c.lastClosedDay ?? addDays(localDayKey(c.startedAt, timeZone), -1);
        const days = endedLocalDays({ afterKey, now, timeZone, max: MAX_CATCH_UP_DAYS });
        if (days.length === 0) continue;
        if (!ctx.hasTime()) return "partial";
        const closed = await ctx.db.transaction((tx) =>
          closePlayerDays(tx, { playerId: c.playerId, days, timeZone, now, writer, isTelegramEnabled }),
        );
        if (!closed) {
          ctx.count("skippedLocked");
          continue;
        }
        ctx.count("daysClosed", closed.days);
        ctx.count("transitions", closed.transitions);
        if (closed.gameOver) ctx.count("gameOver");
      }
      if (page.length < BATCH_SIZE) return "ok";
      afterId = page.at(-1)?.playerId ?? null;
    }
  });
}

export const engagementJob = createEngagementJob();
