// The bot as the deployed app runs it: token, username, secret and API root from env; turns
// processed and bubbles delivered after the response (`after()`), so the webhook only stores.
// TELEGRAM_DEFER_PROCESSING=true leaves turns to the process cron instead (load tests).
// `webhookConfigFromEnv()` is null when the bot is off (no TELEGRAM_BOT_TOKEN).
import { after } from "next/server";
import { getDb } from "@/db";
import { env } from "@/lib/env";
import { createLogger } from "@/lib/logger";
import { processSoon } from "@/lib/services/conversation/process-soon";
import { deliverSoon } from "@/lib/services/delivery/deliver-soon";
import { createNikitaBot } from "./bot";
import type { WebhookConfig } from "./webhook";

const log = createLogger("telegram");

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
          after(() =>
            deliverSoon(playerId).then(
              () => undefined,
              (error: unknown) => log.warn("deliverSoon after onboarding failed", { playerId, error }),
            ),
          ),
      }),
  };
}
