// Runs a player's pending turns right after the response has been sent (`after()`), so an
// entry point only accepts and stores. If this process dies first, the process cron recovers
// the turn after PIPELINE.recoverAfterMs; claims make sure only one of them answers it.
import { after } from "next/server";
import { getDb } from "@/db";
import { createLogger } from "@/lib/logger";
import { createPipelineDeps } from "./pipeline-deps";
import { processPlayerTurns } from "./process-turn";

const log = createLogger("pipeline.soon");

/** Runs the pipeline for a player now, in the background of this process. Never throws. */
export async function processPlayerNow(playerId: string): Promise<void> {
  try {
    const db = await getDb();
    await processPlayerTurns(createPipelineDeps(db), playerId);
  } catch (error) {
    log.error("processing after accept failed; the process cron will recover", { playerId, error });
  }
}

/** Schedules processing after the current response (inside a route handler or server action). */
export function processSoon(playerId: string): void {
  after(() => processPlayerNow(playerId));
}
