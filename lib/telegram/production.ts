// The bot as the deployed app runs it: token, username, secret and API root from env; turns
// processed and bubbles delivered after the response (`after()`), so the webhook only stores.
// TELEGRAM_DEFER_PROCESSING=true leaves turns to the process cron instead (load tests).
// `webhookConfigFromEnv()` is null when the bot is off (no TELEGRAM_BOT_TOKEN).
import { getDb } from "@/db";
import { env } from "@/lib/env";
import { afterResponse, timeLeftInFunction } from "@/lib/http/after-response";
import { processSoon } from "@/lib/services/conversation/process-soon";
import { DELIVER_SOON_WAIT_MS, deliverSoon } from "@/lib/services/delivery/deliver-soon";
import { createNikitaBot } from "./bot";
import type { WebhookConfig } from "./webhook";

export function webhookConfigFromEnv(): WebhookConfig | null {
  const token = env.TELEGRAM_BOT_TOKEN;
  if (!token) return null;
  return {
    secret: env.TELEGRAM_WEBHOOK_SECRET ?? "",
    createBot: () =>
      createNikitaBot({
        token,
        username: env.TELEGRAM_BOT_USERNAME ?? "NikitaBot",
        apiRoot: env.TELEGRAM_API_ROOT,
        getDb,
        voiceEnabled: env.voiceEnabled,
        // Deferred: the pending turn waits for the process cron (it recovers turns after 2 min).
        processSoon: env.TELEGRAM_DEFER_PROCESSING ? () => undefined : processSoon,
        deliverSoon: (playerId) =>
          afterResponse("telegram.deliver", () =>
            deliverSoon(playerId, { waitLimitMs: timeLeftInFunction(DELIVER_SOON_WAIT_MS) }),
          ),
      }),
  };
}
