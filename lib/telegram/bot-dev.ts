// `npm run bot:dev`: the same bot as the webhook, with long polling, for local play with a real
// token (TELEGRAM_BOT_TOKEN, TELEGRAM_BOT_USERNAME; database as configured, PGlite by default —
// PGlite allows one process, so stop `npm run dev` first or set DATABASE_URL). Her replies run
// right after each message; the deliver and process jobs run here every 30 s for anything
// later. A webhook set on the same token blocks long polling: this refuses to start unless
// `--drop-webhook` is given, which removes it.
import { getDb } from "@/db";
import { env } from "@/lib/env";
import { getTelegramApi } from "@/lib/integrations/telegram/client";
import { deliverJob } from "@/lib/jobs/deliver";
import { processJob } from "@/lib/jobs/process";
import { runJob } from "@/lib/jobs/run-job";
import { createLogger } from "@/lib/observability/logger";
import { processPlayerNow } from "@/lib/services/conversation/process-soon";
import { deliverSoon } from "@/lib/services/delivery/deliver-soon";
import {
  deleteTelegramWebhook,
  getTelegramWebhookInfo,
  setTelegramCommands,
  TELEGRAM_ALLOWED_UPDATES,
} from "@/lib/services/telegram/webhook-admin";
import { createNikitaBot } from "@/lib/telegram/bot";

const log = createLogger("bot-dev");
const JOBS_EVERY_MS = 30_000;
const JOB_BUDGET_MS = 25_000;

async function main() {
  const token = env.TELEGRAM_BOT_TOKEN;
  const username = env.TELEGRAM_BOT_USERNAME;
  if (!token || !username) {
    console.error(
      "Set TELEGRAM_BOT_TOKEN and TELEGRAM_BOT_USERNAME (from @BotFather) to run the bot locally.",
    );
    process.exit(1);
  }
  const hook = await getTelegramWebhookInfo();
  if (hook.url) {
    if (!process.argv.includes("--drop-webhook")) {
      console.error(`A webhook is set for this bot (${hook.url}); long polling would be refused.`);
      console.error("Run `npm run bot:dev -- --drop-webhook` to remove it (set it again from /admin later).");
      process.exit(1);
    }
    await deleteTelegramWebhook();
    log.info("webhook removed", { url: hook.url });
  }

  const api = getTelegramApi();
  if (api) await setTelegramCommands(api);
  const background = (what: string, task: Promise<unknown>) =>
    void task.catch((error: unknown) => log.warn(`${what} failed`, { error }));
  const bot = createNikitaBot({
    token,
    username,
    apiRoot: env.TELEGRAM_API_ROOT,
    getDb,
    voiceEnabled: env.voiceEnabled,
    processSoon: (playerId) => background("processing", processPlayerNow(playerId)),
    deliverSoon: (playerId) => background("delivery", deliverSoon(playerId)),
  });
  bot.catch((error) =>
    log.error("update failed; it will not be retried in polling mode", { error: error.error }),
  );

  const db = await getDb();
  const timer = setInterval(() => {
    for (const job of [deliverJob, processJob])
      background(job.name, runJob(job, { db, budgetMs: JOB_BUDGET_MS }));
  }, JOBS_EVERY_MS);
  const stop = () => {
    clearInterval(timer);
    bot
      .stop()
      .catch(() => undefined)
      .finally(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);

  console.log(`@${username} is listening (long polling). Ctrl+C stops.`);
  await bot.start({ allowed_updates: [...TELEGRAM_ALLOWED_UPDATES], drop_pending_updates: false });
}

main().catch((error: unknown) => {
  console.error("bot:dev stopped:", error instanceof Error ? error.message : error);
  process.exit(1);
});
