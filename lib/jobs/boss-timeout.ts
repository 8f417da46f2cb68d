// boss-timeout (hourly): a boss fight whose latest boss message waited more than 24 h for the
// player counts as a FAIL (GAME.md §3), through the engine's `checkBossTimeout`: an attempt
// counted, a 24 h cooldown, status back to active — or game over at the third failed attempt.
// Each player is claimed on their own (FOR UPDATE SKIP LOCKED) and resolved in one
// transaction with her in-character line (a timeout line, or the goodbye at game over), so a
// re-run or an overlapping run finds nothing left to do.
import { claimBossFight, listTimedOutBossFights } from "@/db/queries/boss-timeouts";
import { insertScoreHistory, loadEngineState, saveEngineState } from "@/db/queries/engine-state";
import { checkBossTimeout } from "@/lib/engine/boss";
import { env } from "@/lib/env";
import { bossTimeoutLine } from "./boss-timeout-lines";
import { goodbyeKey } from "./decay";
import { defineJob, type JobContext } from "./job";
import { scheduleJobLine } from "./schedule-line";
import { defaultJobWriter, type JobWriter } from "./writer";

const BATCH_SIZE = 100;

export interface BossTimeoutJobDeps {
  writer?: JobWriter;
  isTelegramEnabled?: boolean;
}

type Outcome = "failed" | "gameOver" | "skipped";

async function resolveOne(
  ctx: JobContext,
  deps: Required<BossTimeoutJobDeps>,
  playerId: string,
  now: Date,
): Promise<Outcome> {
  return ctx.db.transaction(async (tx) => {
    if (!(await claimBossFight(tx, { playerId }))) return "skipped";
    const loaded = await loadEngineState(tx, { playerId });
    if (!loaded) return "skipped";
    const result = checkBossTimeout(loaded.state, now);
    if (result.events.length === 0) return "skipped";
    await saveEngineState(tx, { playerId, state: result.state, now });
    await insertScoreHistory(tx, { playerId, entries: result.history });
    const isGameOver = result.events.some((e) => e.type === "game_over");
    const startedAt = loaded.state.game.bossStartedAt?.getTime() ?? 0;
    await scheduleJobLine(tx, {
      playerId,
      recipient: { telegramChatId: loaded.player.telegramChatId, isUnreachable: loaded.player.isUnreachable },
      isTelegramEnabled: deps.isTelegramEnabled,
      text: isGameOver
        ? deps.writer.goodbye({ playerName: loaded.player.name ?? "", reason: "boss_fails" })
        : bossTimeoutLine(`${playerId}:${startedAt}`),
      source: isGameOver ? "system" : "boss",
      dueAt: now,
      dedupeKey: isGameOver ? goodbyeKey(playerId, now) : `boss_timeout:${playerId}:${startedAt}`,
    });
    return isGameOver ? "gameOver" : "failed";
  });
}

export function createBossTimeoutJob(deps: BossTimeoutJobDeps = {}) {
  return defineJob("boss-timeout", async (ctx) => {
    const resolved: Required<BossTimeoutJobDeps> = {
      writer: deps.writer ?? defaultJobWriter(),
      isTelegramEnabled: deps.isTelegramEnabled ?? env.telegramEnabled,
    };
    const now = ctx.now();
    const seen = new Set<string>();
    for (;;) {
      if (!ctx.hasTime()) return "partial";
      const due = (await listTimedOutBossFights(ctx.db, { now, limit: BATCH_SIZE })).filter(
        (id) => !seen.has(id),
      );
      if (due.length === 0) return "ok";
      for (const playerId of due) {
        if (!ctx.hasTime()) return "partial";
        seen.add(playerId);
        ctx.count(await resolveOne(ctx, resolved, playerId, now));
      }
    }
  });
}

export const bossTimeoutJob = createBossTimeoutJob();
