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
/**
 * Concurrent batch walkers, one per slice of the id space (each on its own pooled connection;
 * serialised on PGlite). Each batch is CPU-bound in the database, so more lanes than its cores
 * only contend: on a 2-core server 2 lanes ran 10k players ~15% faster than 4.
 */
export const DECAY_LANES = 2;

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

    const runBatch = (afterId: string | null, range: IdRange) =>
      ctx.db.transaction(async (tx) => {
        await tuneBatchTransaction(tx);
        const result = await applyDecayBatch(tx, { now, afterId, limit, range });
        for (const p of result.gameOvers) {
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

    // Each lane walks its own slice of the id space by keyset, so lanes never scan or wait on
    // each other's rows; an overlapping run's rows are skipped (SKIP LOCKED) and decayed by it.
    const lane = async (range: IdRange): Promise<JobOutcome> => {
      let afterId: string | null = null;
      for (;;) {
        if (!ctx.hasTime()) return "partial";
        const batch = await runBatch(afterId, range);
        ctx.count("players", batch.scanned);
        ctx.count("decayed", batch.decayed);
        ctx.count("gameOver", batch.gameOvers.length);
        ctx.count("warned", batch.warned);
        if (batch.scanned < limit || batch.lastId === null) return "ok";
        afterId = batch.lastId;
      }
    };
    const outcomes = await Promise.all(idRanges(lanes).map(lane));
    return outcomes.includes("partial") ? "partial" : "ok";
  });
}

export type IdRange = { fromId: string | null; toId: string | null };

const UUID_PREFIX_SPACE = 2 ** 32;

/** Splits the uuid space into `n` contiguous ranges by the first 32 bits ([from, to), open ends). */
export function idRanges(n: number): IdRange[] {
  const bound = (k: number) =>
    `${Math.floor((k * UUID_PREFIX_SPACE) / n)
      .toString(16)
      .padStart(8, "0")}-0000-0000-0000-000000000000`;
  return Array.from({ length: n }, (_, k) => ({
    fromId: k === 0 ? null : bound(k),
    toId: k === n - 1 ? null : bound(k + 1),
  }));
}

/**
 * One round trip of transaction-local settings for a batch:
 * - Batches touch a few thousand rows of tables that may hold millions: walking the players
 *   primary key in id order (no sequential or bitmap scan, which read every due player and
 *   sort them) and nested loops over the primary keys (no hash or merge joins, which scan a
 *   whole table) keep each batch proportional to its own size. JIT is off: with those plan
 *   types disabled the cost estimates look huge and JIT compiling would cost seconds.
 * - No wait for the WAL flush at commit: decay is recomputed from `decayed_through`, so a batch
 *   lost in a server crash is simply charged again by the next run, exactly once.
 */
async function tuneBatchTransaction(tx: DbOrTx) {
  await tx.execute(sql`select set_config('enable_hashjoin', 'off', true), set_config('enable_mergejoin', 'off', true),
    set_config('enable_seqscan', 'off', true), set_config('enable_bitmapscan', 'off', true),
    set_config('jit', 'off', true), set_config('synchronous_commit', 'off', true)`);
}

export const decayJob = createDecayJob();
