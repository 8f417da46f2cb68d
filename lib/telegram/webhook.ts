// POST /api/telegram/webhook, behind the route: the bot is off → 404 with a clear message; the
// secret header is compared in constant time before the body is read (wrong or missing → 401);
// a body that is not JSON or not an update → 200 and a log line (Telegram would otherwise
// redeliver it forever); then the bot handles the parsed update (`bot.handleUpdate`, what
// grammY's webhook adapters call after the same checks; calling it directly spares a second
// Request and JSON parse per update). A database outage or a handler slower than the timeout
// surfaces as a thrown error → 503, so Telegram retries later.
import { createHash, timingSafeEqual } from "node:crypto";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { createLogger } from "@/lib/logger";
import { updateIdOf } from "./inbound";

const log = createLogger("telegram.webhook");
export const SECRET_HEADER = "x-telegram-bot-api-secret-token";
/** Telegram gives up on a webhook answer after about a minute; we answer well before. */
const WEBHOOK_TIMEOUT_MS = 10_000;
/** Updates are small; anything bigger is not from Telegram. */
const MAX_BODY_BYTES = 1_000_000;

type Handler = (req: Request) => Promise<Response>;

export interface WebhookConfig {
  secret: string;
  /** Builds the bot once, on first use. */
  createBot: () => Bot;
}

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

/** Constant-time comparison of the header with the configured secret; an empty secret never matches. */
export function isValidSecret(header: string | null, secret: string): boolean {
  if (!secret || header === null) return false;
  return timingSafeEqual(digest(header), digest(secret));
}

const ok = () => NextResponse.json({ ok: true });

/** Rejects after `ms`; the handling itself runs on (its transaction commits or rolls back). */
async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`update not handled within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function createWebhookHandler(config: WebhookConfig | null): Handler {
  let bot: Bot | undefined;
  return async (req) => {
    if (!config) {
      throw new AppError(
        "not_found:telegram",
        "The Telegram bot is not enabled on this server (TELEGRAM_BOT_TOKEN is not set).",
      );
    }
    if (!isValidSecret(req.headers.get(SECRET_HEADER), config.secret)) {
      throw new AppError("unauthorized:telegram", "Missing or wrong X-Telegram-Bot-Api-Secret-Token.");
    }
    const raw = await req.text();
    let body: unknown;
    try {
      if (raw.length > MAX_BODY_BYTES) throw new Error("too large");
      body = JSON.parse(raw);
    } catch {
      log.warn("webhook body is not JSON; acknowledged and ignored", { bytes: raw.length });
      return ok();
    }
    if (updateIdOf(body) === null) {
      log.warn("webhook body is not an update; acknowledged and ignored");
      return ok();
    }
    bot ??= config.createBot();
    try {
      await bot.init();
      await withTimeout(bot.handleUpdate(body as Update), WEBHOOK_TIMEOUT_MS);
      return ok();
    } catch (error) {
      log.error("update not handled; Telegram will retry", { updateId: updateIdOf(body), error });
      throw new AppError("unavailable:telegram", "The update could not be stored right now; retry later.");
    }
  };
}
