// Runs a player's pending turns right after the response has been sent (`after()`), so an
// entry point only accepts and stores. Everything that follows is awaited inside that one
// `after()`: the turns, then delivery of her bubbles due while the function lives, with
// "typing…" for the whole delay (what is due later goes to the deliver cron). If this process
// dies first, the process cron recovers the turn after PIPELINE.recoverAfterMs; claims make
// sure only one of them answers it.
import { getDb } from "@/db";
import { afterResponse, timeLeftInFunction } from "@/lib/http/after-response";
import { createLogger } from "@/lib/observability/logger";
import { DELIVER_SOON_WAIT_MS, deliverSoon } from "@/lib/services/delivery/deliver-soon";
import { createPipelineDeps } from "./pipeline-deps";
import { processPlayerTurns } from "./process-turn";

const log = createLogger("pipeline.soon");

/**
 * One delivery loop per player at a time: each scheduling asks for delivery; a request while a
 * loop runs makes it go round once more. `settled()` resolves when no loop is left running.
 */
function deliveryRuns(playerId: string, waitLimitMs: () => number) {
  let running: Promise<void> | null = null;
  let again = false;
  const kick = () => {
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        await deliverSoon(playerId, { waitLimitMs: waitLimitMs() });
      } while (again && waitLimitMs() > 0);
    })()
      .catch((error: unknown) => log.warn("delivery after processing failed", { playerId, error }))
      .finally(() => {
        running = null;
      });
  };
  return { kick, settled: async () => running ?? undefined };
}

/** Processes the player's turns and delivers what falls due within `waitLimitMs`. Never throws. */
export async function processPlayerNow(
  playerId: string,
  options: { waitLimitMs?: () => number } = {},
): Promise<void> {
  const waitLimitMs = options.waitLimitMs ?? (() => timeLeftInFunction(DELIVER_SOON_WAIT_MS));
  const delivery = deliveryRuns(playerId, waitLimitMs);
  try {
    const db = await getDb();
    await processPlayerTurns(createPipelineDeps(db, undefined, { onScheduled: delivery.kick }), playerId);
  } catch (error) {
    log.error("processing after accept failed; the process cron will recover", { playerId, error });
  }
  await delivery.settled();
}

/** Schedules processing after the current response (inside a route handler or server action). */
export function processSoon(playerId: string): void {
  afterResponse("pipeline", () => processPlayerNow(playerId));
}
