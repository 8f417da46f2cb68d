import { withErrors } from "@/lib/http/respond";
import { webhookConfigFromEnv } from "@/lib/telegram/production";
import { createWebhookHandler } from "@/lib/telegram/webhook";

export const dynamic = "force-dynamic";

const handle = createWebhookHandler(webhookConfigFromEnv());

// POST /api/telegram/webhook — Telegram updates: secret checked, update stored once, answered fast
export const POST = withErrors("telegram.webhook", (req: Request) => handle(req));
