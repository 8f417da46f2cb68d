// decay (hourly): GAME.md §4 for every eligible player, set-based. The whole run happens at one
// instant (`now` read once), batch after batch by player id, each batch one transaction: the
// decay statement (db/queries/decay.ts, the SQL twin of the engine's computeDecay) plus the
// goodbye line for every player whose score reached 0. A player who crossed below the warning
// line gets `last_decay_warning_at`; the touchpoints job (every 15 min) writes and queues the
// "still there?" line itself, so a slow writer never holds decay's row locks or its deadline.
// Safe to re-run and to overlap: decayed_through only moves forward in whole hours, rows are
// claimed with SKIP LOCKED, and the goodbye has a dedupe key.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { applyDecayBatch } from "@/db/queries/decay";
import { env } from "@/lib/env";
import { defineJob, type JobOutcome } from "./job";
import { scheduleJobLine } from "./schedule-line";
import { defaultJobWriter, type JobWriter } from "./writer";

export const DECAY_BATCH_SIZE = 2_000;
/** Concurrent batch walkers (each on its own pooled connection; serialised on PGlite). */
export const DECAY_LANES = 4;

export interface DecayJobDeps {
  writer?: JobWriter;
  batchSize?: number;
  lanes?: number;
  isTelegramEnabled?: boolean;
}

export const goodbyeKey = (playerId: string, endedAt: Date) => `goodbye:${playerId}:${endedAt.getTime()}`;

export function createDecayJob(deps: DecayJobDeps = {}) {
  const limit = deps.batchSize ?? DECAY_BATCH_SIZE;
  const lanes = deps.lanes ?? DECAY_LANES;
  return defineJob("decay", async (ctx) => {
    const writer = deps.writer ?? defaultJobWriter();
    const isTelegramEnabled = deps.isTelegramEnabled ?? env.telegramEnabled;
    const now = ctx.now();

    const runBatch = (afterId: string | null) =>
      ctx.db.transaction(async (tx) => {
        await preferIndexLookups(tx);
        const result = await applyDecayBatch(tx, { now, afterId, limit });
        for (const p of result.players.filter((x) => x.isGameOver)) {
          await scheduleJobLine(tx, {
            playerId: p.playerId,
            recipient: p,
            isTelegramEnabled,
            text: writer.goodbye({ playerName: p.name ?? "", reason: "score_zero" }),
            source: "system",
            dueAt: now,
            dedupeKey: goodbyeKey(p.playerId, now),
          });
        }
        return result;
      });

    // Each lane walks the players by id; rows another lane holds are skipped (SKIP LOCKED) and
    // decayed by that lane, so lanes split the work without coordinating.
    const lane = async (): Promise<JobOutcome> => {
      let afterId: string | null = null;
      for (;;) {
        if (!ctx.hasTime()) return "partial";
        const batch = await runBatch(afterId);
        ctx.count("players", batch.players.length);
        for (const p of batch.players) {
          if (p.amount > 0) ctx.count("decayed");
          if (p.isGameOver) ctx.count("gameOver");
          if (p.isWarned) ctx.count("warned");
        }
        if (batch.players.length < limit || batch.lastId === null) return "ok";
        afterId = batch.lastId;
      }
    };
    const outcomes = await Promise.all(Array.from({ length: lanes }, lane));
    return outcomes.includes("partial") ? "partial" : "ok";
  });
}

/**
 * Batches touch a few thousand rows of tables that may hold millions: nested loops over the
 * primary keys keep each batch proportional to its own size, where the planner's default hash
 * joins would scan the whole table once per batch.
 */
async function preferIndexLookups(tx: DbOrTx) {
  await tx.execute(sql`set local enable_hashjoin = off`);
  await tx.execute(sql`set local enable_mergejoin = off`);
}

export const decayJob = createDecayJob();
