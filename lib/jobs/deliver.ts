// deliver (every minute): sends every due scheduled_event — web bubbles are completed, Telegram
// bubbles claimed with SKIP LOCKED and sent within Telegram's limits — and shows "typing…"
// every 5 s to chats whose reply delay is running, sending each bubble as it falls due, until
// nothing is left or the run's time is up (then `partial`; the next minute continues).
import { getTelegramApi, type TelegramApi } from "@/lib/integrations/telegram/client";
import { deliverDueEvents } from "@/lib/services/delivery/deliver-due-events";
import { getSendPacer, type SendPacer } from "@/lib/services/delivery/send-pacer";
import { defineJob } from "./job";

export interface DeliverJobDeps {
  /** Defaults to the process client (null when the bot is off). */
  api?: TelegramApi | null;
  pacer?: SendPacer;
  batchSize?: number;
  concurrency?: number;
}

export function createDeliverJob(deps: DeliverJobDeps = {}) {
  return defineJob("deliver", async (ctx) => {
    const result = await deliverDueEvents({
      db: ctx.db,
      api: deps.api === undefined ? getTelegramApi() : deps.api,
      pacer: deps.pacer ?? getSendPacer(),
      now: ctx.now,
      hasTime: ctx.hasTime,
      timeLeftMs: ctx.timeLeftMs,
      batchSize: deps.batchSize,
      concurrency: deps.concurrency,
    });
    ctx.count("web", result.webDelivered);
    ctx.count("claimed", result.claimed);
    if (result.typingActions > 0) ctx.count("typing", result.typingActions);
    for (const [outcome, n] of Object.entries(result.outcomes)) ctx.count(outcome, n);
    return result.isDrained ? "ok" : "partial";
  });
}

export const deliverJob = createDeliverJob();
