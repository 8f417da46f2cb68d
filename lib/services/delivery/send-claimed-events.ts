// Sends one player's claimed Telegram bubbles in order and settles each claim:
//   sent          → done (+ messages.telegram_message_id)
//   429           → pending again at now + retry_after (no attempt used); the chat is paused
//   403           → player unreachable, this event failed, their other Telegram events cancelled
//   network / 5xx → pending again with exponential backoff until MAX_ATTEMPTS, then failed
//   other 4xx     → failed
// When a bubble cannot go out now, the player's later bubbles are handed back (not before the
// retry time), so her messages never arrive out of order. The payload text already passed the
// output guard upstream; it is sent as plain text and never logged.
//
// The one gap: a crash after Telegram accepted a message but before the row is marked done
// leaves the claim to go stale and be sent again (at most once more, after the stale window).
import type { DbOrTx } from "@/db";
import {
  type ClaimedEvent,
  failEvent,
  holdBackLaterEvents,
  markEventSent,
  markPlayerUnreachable,
  rescheduleEvent,
} from "@/db/queries/delivery";
import { TIME } from "@/lib/engine/rules";
import type { TelegramApi } from "@/lib/integrations/telegram/client";
import { sendTelegramText, type TelegramFailure } from "@/lib/integrations/telegram/send";
import { createLogger } from "@/lib/observability/logger";
import type { SendPacer } from "./send-pacer";

/** Sends per event before it is marked failed (network errors, 5xx). */
export const MAX_ATTEMPTS = 5;
/** First retry after this; doubles with each attempt (5 s, 10 s, 20 s, 40 s). */
export const RETRY_BASE_MS = 5 * TIME.msPerSecond;
/** A `processing` claim older than this belongs to a worker that died; it may be claimed again. */
export const STALE_CLAIM_MS = 5 * TIME.msPerMinute;

const log = createLogger("delivery");

export interface DeliveryDeps {
  db: DbOrTx;
  api: TelegramApi;
  pacer: SendPacer;
  now: () => Date;
}

export type EventOutcome = "sent" | "retry" | "rate_limited" | "failed" | "unreachable" | "cancelled";
export type OutcomeCounts = Partial<Record<EventOutcome, number>>;

export function retryDelayMs(attempts: number): number {
  return RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1);
}

const failureText = (f: TelegramFailure) => `telegram ${f.code || "network"}: ${f.description}`;

/** Sends `events` (one player's, in due order). Returns what happened to each. */
export async function sendClaimedEvents(deps: DeliveryDeps, events: ClaimedEvent[]): Promise<OutcomeCounts> {
  const counts: OutcomeCounts = {};
  const tally = (o: EventOutcome, by = 1) => {
    counts[o] = (counts[o] ?? 0) + by;
  };
  for (const [i, event] of events.entries()) {
    const later = events.slice(i + 1);
    if (event.isUnreachable || event.chatId === null || !event.payload || event.payload.text.trim() === "") {
      const reason = event.isUnreachable
        ? "player unreachable"
        : event.chatId === null
          ? "no telegram chat"
          : "empty or invalid payload";
      await failEvent(deps.db, { event, error: reason });
      tally("failed");
      continue;
    }
    await deps.pacer.acquire(event.chatId);
    const result = await sendTelegramText(deps.api, {
      chatId: event.chatId,
      text: event.payload.text,
      replyMarkup: event.payload.replyMarkup,
    });
    deps.pacer.sent(event.chatId);
    if (result.ok) {
      await markEventSent(deps.db, {
        event,
        sentAt: deps.now(),
        telegramMessageId: result.messageIds.at(-1) ?? null,
      });
      tally("sent");
      continue;
    }
    const logFields = {
      eventId: event.id,
      playerId: event.playerId,
      attempts: event.attempts,
      code: result.code,
    };
    switch (result.kind) {
      case "blocked": {
        const cancelled = await markPlayerUnreachable(deps.db, {
          event,
          held: later,
          error: failureText(result),
        });
        log.info("player unreachable on telegram; pending messages cancelled", { ...logFields, cancelled });
        tally("unreachable");
        tally("cancelled", later.length);
        return counts;
      }
      case "rate_limited": {
        const waitMs = (result.retryAfterSeconds ?? 1) * TIME.msPerSecond;
        deps.pacer.pauseChat(event.chatId, waitMs);
        const dueAt = new Date(deps.now().getTime() + waitMs);
        await rescheduleEvent(deps.db, { event, dueAt, error: failureText(result), countsAsAttempt: false });
        await holdBackLaterEvents(deps.db, { event, held: later, notBefore: dueAt });
        log.warn("telegram asked to slow down", {
          ...logFields,
          retryAfterSeconds: result.retryAfterSeconds,
        });
        tally("rate_limited");
        return counts;
      }
      case "retryable": {
        if (event.attempts >= MAX_ATTEMPTS) {
          await failEvent(deps.db, { event, error: failureText(result) });
          log.error("telegram send failed for good", logFields);
          tally("failed");
          continue;
        }
        const dueAt = new Date(deps.now().getTime() + retryDelayMs(event.attempts));
        await rescheduleEvent(deps.db, { event, dueAt, error: failureText(result), countsAsAttempt: true });
        await holdBackLaterEvents(deps.db, { event, held: later, notBefore: dueAt });
        log.warn("telegram send will be retried", {
          ...logFields,
          retryInMs: dueAt.getTime() - deps.now().getTime(),
        });
        tally("retry");
        return counts;
      }
      case "permanent": {
        await failEvent(deps.db, { event, error: failureText(result) });
        log.warn("telegram rejected a message", logFields);
        tally("failed");
        continue;
      }
    }
  }
  return counts;
}
