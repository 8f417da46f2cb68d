import { withErrors } from "@/lib/http/respond";
import { webhookConfigFromEnv } from "@/lib/telegram/production";
import { createWebhookHandler } from "@/lib/telegram/webhook";

export const dynamic = "force-dynamic";
// Her reply runs after the response (`after()`): the turn, then delivery and "typing…" for as
// long as the function lives; Telegram waits for nothing of it. Later bubbles: the deliver cron.
export const maxDuration = 60;

const handle = createWebhookHandler(webhookConfigFromEnv());

// POST /api/telegram/webhook — Telegram updates: secret checked, update stored once, answered fast
export const POST = withErrors("telegram.webhook", (req: Request) => handle(req), {
  maxDurationSeconds: maxDuration,
});
