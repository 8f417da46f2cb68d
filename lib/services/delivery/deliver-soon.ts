// The in-process delivery path: right after the pipeline schedules her reply it calls
// `deliverSoon(playerId)` (awaited inside `after()`), which for as long as the function may
// live (the wait limit) shows "typing…" every 5 s while a reply delay runs (from the event's
// typing_from, however long the delay) and sends each bubble once due, in order, at least the
// per-chat interval apart (1 s: inside the 0.5–2 s band and Telegram's one-message-per-second-
// per-chat). It claims bubbles exactly like the cron, so whichever gets there first sends them,
// once. What falls due after the wait limit — typing included — is the deliver cron's.

import type { Db } from "@/db";
import { getDb } from "@/db";
import {
  claimDueTelegramEvents,
  getTelegramRecipient,
  listUpcomingTelegramEvents,
} from "@/db/queries/delivery";
import { DELAY_RULES, TIME } from "@/lib/engine/rules";
import { getTelegramApi, type TelegramApi } from "@/lib/integrations/telegram/client";
import { sendTypingAction } from "@/lib/integrations/telegram/send";
import { createLogger } from "@/lib/observability/logger";
import { type OutcomeCounts, STALE_CLAIM_MS, sendClaimedEvents } from "./send-claimed-events";
import { getSendPacer, type SendPacer } from "./send-pacer";

/** How long deliverSoon waits for near-due bubbles before leaving them to the cron. */
export const DELIVER_SOON_WAIT_MS = TIME.msPerMinute;
/** Typing is shown for a bubble due this far ahead at most (the longest chapter delay is 30 min). */
const TYPING_LOOKAHEAD_MS = 31 * TIME.msPerMinute;
const TYPING_EVERY_MS = DELAY_RULES.typingIndicatorEverySeconds * TIME.msPerSecond;
/** Never poll the database more often than this while waiting. */
const MIN_POLL_MS = 100;
const MAX_BUBBLES_PER_CLAIM = 20;

const log = createLogger("delivery.soon");

export interface DeliverSoonOptions {
  db?: Db;
  api?: TelegramApi | null;
  pacer?: SendPacer;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  waitLimitMs?: number;
}

export interface DeliverSoonResult {
  outcomes: OutcomeCounts;
  typingActions: number;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function deliverSoon(
  playerId: string,
  options: DeliverSoonOptions = {},
): Promise<DeliverSoonResult> {
  const result: DeliverSoonResult = { outcomes: {}, typingActions: 0 };
  const api = options.api === undefined ? getTelegramApi() : options.api;
  if (!api) return result; // Web bubbles need no sending: the web chat shows them once due.
  const db = options.db ?? (await getDb());
  const now = options.now ?? (() => new Date());
  const sleep = options.sleep ?? realSleep;
  const pacer = options.pacer ?? getSendPacer();
  const recipient = await getTelegramRecipient(db, { playerId });
  if (!recipient || recipient.chatId === null || recipient.isUnreachable) return result;
  const chatId = recipient.chatId;
  const endAt = now().getTime() + (options.waitLimitMs ?? DELIVER_SOON_WAIT_MS);
  let lastTypingAt = Number.NEGATIVE_INFINITY;

  for (;;) {
    const t = now().getTime();
    if (t >= endAt) break;
    const [next] = await listUpcomingTelegramEvents(db, {
      playerId,
      until: new Date(t + TYPING_LOOKAHEAD_MS),
    });
    if (!next) break;
    if (next.dueAt.getTime() <= t) {
      const claimed = await claimDueTelegramEvents(db, {
        now: new Date(t),
        staleBefore: new Date(t - STALE_CLAIM_MS),
        limit: MAX_BUBBLES_PER_CLAIM,
        playerLimit: 1,
        playerId,
      });
      // Nothing to claim: another worker holds them and will send them.
      if (claimed.length === 0) break;
      const counts = await sendClaimedEvents({ db, api, pacer, now }, claimed);
      for (const [k, v] of Object.entries(counts) as [keyof OutcomeCounts, number][]) {
        result.outcomes[k] = (result.outcomes[k] ?? 0) + v;
      }
      if (counts.unreachable) break;
      continue;
    }
    const isTyping = next.typingFrom !== null && next.typingFrom.getTime() <= t;
    // Due after this function's life and not typing yet: nothing to do here; the cron takes it.
    const startsTypingBeforeEnd = next.typingFrom !== null && next.typingFrom.getTime() < endAt;
    if (next.dueAt.getTime() > endAt && !isTyping && !startsTypingBeforeEnd) break;
    if (isTyping && t - lastTypingAt >= TYPING_EVERY_MS) {
      lastTypingAt = t;
      const typed = await sendTypingAction(api, chatId);
      if (typed.ok) result.typingActions++;
      else log.debug("typing action not shown", { playerId, code: typed.code });
    }
    const wakeAt = Math.min(
      endAt,
      next.dueAt.getTime(),
      isTyping ? lastTypingAt + TYPING_EVERY_MS : (next.typingFrom?.getTime() ?? Number.POSITIVE_INFINITY),
    );
    await sleep(Math.max(MIN_POLL_MS, wakeAt - now().getTime()));
  }
  return result;
}
