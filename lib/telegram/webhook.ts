// POST /api/telegram/webhook, behind the route: the bot is off → 404 with a clear message; the
// secret header is compared in constant time before the body is read (wrong or missing → 401;
// an unset secret never matches); a body that is not JSON or not an update → 200 and a log line
// (Telegram would otherwise redeliver it forever). A valid update then goes through grammY's
// `std/http` webhook adapter (`webhookCallback` with the same secretToken, its timeout set to
// throw), which runs the bot on it. A database outage or a handler slower than the timeout
// surfaces as a thrown error → 503, so Telegram retries later; an update that would fail the
// same way on every delivery (invalid data) is recorded and acknowledged with 200 instead.
import { createHash, timingSafeEqual } from "node:crypto";
import { type Bot, webhookCallback } from "grammy";
import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { createLogger } from "@/lib/observability/logger";
import { recordError } from "@/lib/observability/record-error";
import { updateIdOf } from "./inbound";
import { isPermanentUpdateError } from "./permanent-error";

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

export function createWebhookHandler(config: WebhookConfig | null): Handler {
  let callback: Handler | undefined;
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
    callback ??= webhookCallback(config.createBot(), "std/http", {
      secretToken: config.secret,
      timeoutMilliseconds: WEBHOOK_TIMEOUT_MS,
      onTimeout: "throw",
    });
    try {
      // The adapter reads the update from its request; the original's body is already read.
      return await callback(new Request(req.url, { method: "POST", headers: req.headers, body: raw }));
    } catch (error) {
      if (isPermanentUpdateError(error)) {
        // A redelivery would fail the same way: acknowledge it, never loop.
        await recordError("telegram.webhook", error, { updateId: updateIdOf(body), acknowledged: true });
        return ok();
      }
      log.error("update not handled; Telegram will retry", { updateId: updateIdOf(body), error });
      throw new AppError("unavailable:telegram", "The update could not be stored right now; retry later.");
    }
  };
}
