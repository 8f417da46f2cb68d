// The deliver cron's work: send every due scheduled_event until none is left or time is up.
// Web bubbles are completed in bulk (the web chat shows them once due). Telegram bubbles are
// claimed in batches grouped by player; players are sent to concurrently, each player's bubbles
// one after another in order, all under the process-wide pacer. Safe to run on several workers
// at once: claims skip locked rows and players another worker is sending to. Once nothing is
// due, the run stays while some chat's reply delay runs (GAME.md §8): it shows "typing…" to
// each such chat every 5 s, sends each bubble as it falls due, and ends when no delay is left
// running or its time is up — so a 30-minute chapter delay shows typing whether or not the
// function that scheduled the reply is still alive.
import type { Db } from "@/db";
import {
  type ClaimedEvent,
  claimDueTelegramEvents,
  completeDueWebEvents,
  listTypingTelegramChats,
} from "@/db/queries/delivery";
import { DELAY_RULES, TIME } from "@/lib/engine/rules";
import type { TelegramApi } from "@/lib/integrations/telegram/client";
import { sendTypingAction } from "@/lib/integrations/telegram/send";
import { type OutcomeCounts, STALE_CLAIM_MS, sendClaimedEvents } from "./send-claimed-events";
import type { SendPacer } from "./send-pacer";

export const DELIVERY_BATCH_SIZE = 500;
export const DELIVERY_PLAYERS_PER_CLAIM = 200;
/** Players sent to at the same time by one worker (each player's bubbles stay sequential). */
export const DELIVERY_CONCURRENCY = 16;
const TYPING_EVERY_MS = DELAY_RULES.typingIndicatorEverySeconds * TIME.msPerSecond;
const MAX_TYPING_CHATS = 500;

export interface DeliverDueOptions {
  db: Db;
  /** Null when the bot is off: Telegram events wait, web events still complete. */
  api: TelegramApi | null;
  pacer: SendPacer;
  now: () => Date;
  hasTime: () => boolean;
  /** Real milliseconds left in the run (for waiting between typing actions). */
  timeLeftMs?: () => number;
  sleep?: (ms: number) => Promise<void>;
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
  typingActions: number;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

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
  const result: DeliverDueResult = {
    webDelivered: 0,
    claimed: 0,
    outcomes: {},
    isDrained: false,
    typingActions: 0,
  };
  const typedAt = new Map<number, number>();
  const sleep = options.sleep ?? realSleep;
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
      const waitMs = api ? await showTyping(options, api, typedAt, result) : null;
      if (waitMs === null) {
        result.isDrained = true;
        break;
      }
      await sleep(Math.min(waitMs, options.timeLeftMs?.() ?? waitMs));
    }
  }
  return result;
}

/**
 * Shows "typing…" to every chat in a reply delay that has not seen it for 5 s. Returns how long
 * to wait before the next typing action or due bubble, or null when no delay is running.
 */
async function showTyping(
  options: DeliverDueOptions,
  api: TelegramApi,
  typedAt: Map<number, number>,
  result: DeliverDueResult,
): Promise<number | null> {
  const now = options.now();
  const chats = await listTypingTelegramChats(options.db, { now, limit: MAX_TYPING_CHATS });
  if (chats.length === 0) return null;
  const realNow = Date.now();
  await forEachConcurrently(chats, options.concurrency ?? DELIVERY_CONCURRENCY, async (chat) => {
    if (realNow - (typedAt.get(chat.chatId) ?? 0) < TYPING_EVERY_MS) return;
    typedAt.set(chat.chatId, realNow);
    if ((await sendTypingAction(api, chat.chatId)).ok) result.typingActions++;
  });
  const firstDue = Math.min(...chats.map((c) => c.dueAt.getTime() - now.getTime()));
  return Math.max(100, Math.min(TYPING_EVERY_MS, firstDue));
}
