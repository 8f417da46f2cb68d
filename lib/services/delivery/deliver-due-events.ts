// The deliver cron's work: send every due scheduled_event until none is left or time is up.
// Web bubbles are completed in bulk (the web chat shows them once due). Telegram bubbles are
// claimed in batches grouped by player; players are sent to concurrently, each player's bubbles
// one after another in order, all under the process-wide pacer. Safe to run on several workers
// at once: claims skip locked rows and players another worker is sending to.
import type { Db } from "@/db";
import { type ClaimedEvent, claimDueTelegramEvents, completeDueWebEvents } from "@/db/queries/delivery";
import type { TelegramApi } from "@/lib/integrations/telegram/client";
import { type OutcomeCounts, STALE_CLAIM_MS, sendClaimedEvents } from "./send-claimed-events";
import type { SendPacer } from "./send-pacer";

export const DELIVERY_BATCH_SIZE = 500;
export const DELIVERY_PLAYERS_PER_CLAIM = 200;
/** Players sent to at the same time by one worker (each player's bubbles stay sequential). */
export const DELIVERY_CONCURRENCY = 16;

export interface DeliverDueOptions {
  db: Db;
  /** Null when the bot is off: Telegram events wait, web events still complete. */
  api: TelegramApi | null;
  pacer: SendPacer;
  now: () => Date;
  hasTime: () => boolean;
  batchSize?: number;
  playersPerClaim?: number;
  concurrency?: number;
}

export interface DeliverDueResult {
  webDelivered: number;
  claimed: number;
  outcomes: OutcomeCounts;
  /** False when the run stopped at its deadline with events possibly left. */
  isDrained: boolean;
}

export function groupByPlayer(events: ClaimedEvent[]): ClaimedEvent[][] {
  const groups = new Map<string, ClaimedEvent[]>();
  for (const e of events) {
    const group = groups.get(e.playerId);
    if (group) group.push(e);
    else groups.set(e.playerId, [e]);
  }
  return [...groups.values()];
}

async function forEachConcurrently<T>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  });
  await Promise.all(lanes);
}

export async function deliverDueEvents(options: DeliverDueOptions): Promise<DeliverDueResult> {
  const batchSize = options.batchSize ?? DELIVERY_BATCH_SIZE;
  const result: DeliverDueResult = { webDelivered: 0, claimed: 0, outcomes: {}, isDrained: false };
  const merge = (counts: OutcomeCounts) => {
    for (const [k, v] of Object.entries(counts) as [keyof OutcomeCounts, number][]) {
      result.outcomes[k] = (result.outcomes[k] ?? 0) + v;
    }
  };
  while (options.hasTime()) {
    const web = await completeDueWebEvents(options.db, { now: options.now(), limit: batchSize });
    result.webDelivered += web;
    let claimed: ClaimedEvent[] = [];
    const api = options.api;
    if (api) {
      const now = options.now();
      claimed = await claimDueTelegramEvents(options.db, {
        now,
        staleBefore: new Date(now.getTime() - STALE_CLAIM_MS),
        limit: batchSize,
        playerLimit: options.playersPerClaim ?? DELIVERY_PLAYERS_PER_CLAIM,
      });
      result.claimed += claimed.length;
      const deps = { db: options.db, api, pacer: options.pacer, now: options.now };
      await forEachConcurrently(
        groupByPlayer(claimed),
        options.concurrency ?? DELIVERY_CONCURRENCY,
        async (group) => merge(await sendClaimedEvents(deps, group)),
      );
    }
    if (web < batchSize && claimed.length === 0) {
      result.isDrained = true;
      break;
    }
  }
  return result;
}
