// The process cron's recovery: turns still pending 2 minutes after they were accepted (the
// `after()` that should have handled them died with its process), and processing claims
// abandoned by a crash, are processed here, player by player, until done or out of time.
import { playersWithDueTurns } from "@/db/queries/conversations";
import { PIPELINE, type PipelineDeps } from "./deps";
import { processPlayerTurns, type TurnOutcome } from "./process-turn";

export type RecoveryCounts = { players: number; processed: number; retried: number; failed: number };

export async function processPendingTurns(
  deps: PipelineDeps,
  options: { limit: number; deadline: number },
): Promise<RecoveryCounts> {
  const counts: RecoveryCounts = { players: 0, processed: 0, retried: 0, failed: 0 };
  const seen = new Set<string>();
  while (Date.now() < options.deadline) {
    const now = deps.now();
    const due = await playersWithDueTurns(deps.db, {
      now,
      olderThan: new Date(now.getTime() - PIPELINE.recoverAfterMs),
      staleBefore: new Date(now.getTime() - PIPELINE.staleClaimMs),
      limit: options.limit,
    });
    const fresh = due.filter((id) => !seen.has(id));
    if (fresh.length === 0) break;
    for (const playerId of fresh) {
      if (Date.now() >= options.deadline) break;
      seen.add(playerId);
      counts.players += 1;
      const outcomes: TurnOutcome[] = await processPlayerTurns(deps, playerId);
      for (const o of outcomes) {
        // A turn another worker took over is counted by that worker.
        if (o === "superseded") continue;
        if (o === "retry") counts.retried += 1;
        else if (o === "failed") counts.failed += 1;
        else counts.processed += 1;
      }
    }
  }
  return counts;
}
