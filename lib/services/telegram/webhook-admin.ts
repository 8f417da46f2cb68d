// Operations on the bot's webhook for the admin console: point Telegram at this deployment
// (URL, secret header, the update types the bot handles, optionally dropping the backlog) and
// read back Telegram's view of it (getWebhookInfo: pending updates, last error). The admin UI
// calls these after its own admin check; they talk to the Bot API only, never the database.
import { z } from "zod";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { getTelegramApi, type TelegramApi } from "@/lib/integrations/telegram/client";
import { classifyTelegramError } from "@/lib/integrations/telegram/send";

/** The update types the bot handles; everything else is never sent to us. */
export const TELEGRAM_ALLOWED_UPDATES = ["message", "callback_query", "my_chat_member"] as const;
export type TelegramAllowedUpdate = (typeof TELEGRAM_ALLOWED_UPDATES)[number];

/** The command menu Telegram shows next to the text field (GAME.md §10). */
export const TELEGRAM_COMMANDS = [
  { command: "start", description: "Start, or pick up where you left off" },
  { command: "status", description: "Where things stand with Nikita" },
  { command: "portal", description: "A one-time sign-in link to your portal" },
  { command: "call", description: "Whether she picks up, and where to call" },
  { command: "settings", description: "Time zone, notifications, hard mode" },
  { command: "stop", description: "She stops texting first" },
  { command: "help", description: "All commands" },
];

/** Telegram accepts 1–256 characters of A–Z, a–z, 0–9, _ and - as the secret token. */
const secretSchema = z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, "The secret may use A–Z, a–z, 0–9, _ and -.");

export const setWebhookSchema = z.object({
  url: z
    .string()
    .url("Give the full https:// URL of /api/telegram/webhook.")
    .refine((u) => u.startsWith("https://"), "Telegram only delivers to https:// URLs."),
  /** Defaults to TELEGRAM_WEBHOOK_SECRET (what the webhook route checks). */
  secret: secretSchema.optional(),
  allowedUpdates: z.array(z.enum(TELEGRAM_ALLOWED_UPDATES)).min(1).optional(),
  dropPendingUpdates: z.boolean().default(false),
});
export type SetWebhookInput = z.input<typeof setWebhookSchema>;

export type WebhookInfo = {
  url: string;
  hasCustomCertificate: boolean;
  pendingUpdateCount: number;
  lastErrorAt: Date | null;
  lastErrorMessage: string | null;
  maxConnections: number | null;
  allowedUpdates: string[];
  ipAddress: string | null;
};

function requireApi(api?: TelegramApi | null): TelegramApi {
  const resolved = api === undefined ? getTelegramApi() : api;
  if (!resolved) throw new AppError("unavailable:telegram", "The bot is off: TELEGRAM_BOT_TOKEN is not set.");
  return resolved;
}

function telegramFailure(action: string, error: unknown): AppError {
  const failure = classifyTelegramError(error);
  return new AppError("unavailable:telegram", `Telegram refused ${action}: ${failure.description}`, {
    code: failure.code,
  });
}

/** setWebhook with our secret and allowed updates. Returns Telegram's view afterwards. */
export async function setTelegramWebhook(
  input: SetWebhookInput,
  options: { api?: TelegramApi | null } = {},
): Promise<WebhookInfo> {
  const parsed = setWebhookSchema.parse(input);
  const secret = parsed.secret ?? env.TELEGRAM_WEBHOOK_SECRET;
  if (!secret) {
    throw new AppError(
      "unavailable:telegram",
      "TELEGRAM_WEBHOOK_SECRET is not set; the webhook would be open.",
    );
  }
  const api = requireApi(options.api);
  try {
    await api.setWebhook(parsed.url, {
      secret_token: secret,
      allowed_updates: [...(parsed.allowedUpdates ?? TELEGRAM_ALLOWED_UPDATES)],
      drop_pending_updates: parsed.dropPendingUpdates,
    });
  } catch (error) {
    throw telegramFailure("the webhook", error);
  }
  await setTelegramCommands(api);
  return getTelegramWebhookInfo({ api });
}

/** Publishes the command menu (best effort: the webhook works without it). */
export async function setTelegramCommands(api: TelegramApi): Promise<boolean> {
  try {
    await api.setMyCommands(TELEGRAM_COMMANDS);
    return true;
  } catch {
    return false;
  }
}

/** Removes the webhook (e.g. before `npm run bot:dev` long-polls with the same token). */
export async function deleteTelegramWebhook(
  options: { dropPendingUpdates?: boolean; api?: TelegramApi | null } = {},
): Promise<void> {
  const api = requireApi(options.api);
  try {
    await api.deleteWebhook({ drop_pending_updates: options.dropPendingUpdates ?? false });
  } catch (error) {
    throw telegramFailure("deleting the webhook", error);
  }
}

/** Telegram's view of the webhook: URL, backlog, last delivery error. */
export async function getTelegramWebhookInfo(
  options: { api?: TelegramApi | null } = {},
): Promise<WebhookInfo> {
  const api = requireApi(options.api);
  try {
    const info = await api.getWebhookInfo();
    return {
      url: info.url ?? "",
      hasCustomCertificate: info.has_custom_certificate,
      pendingUpdateCount: info.pending_update_count,
      lastErrorAt: info.last_error_date ? new Date(info.last_error_date * 1000) : null,
      lastErrorMessage: info.last_error_message ?? null,
      maxConnections: info.max_connections ?? null,
      allowedUpdates: info.allowed_updates ?? [],
      ipAddress: info.ip_address ?? null,
    };
  } catch (error) {
    throw telegramFailure("getWebhookInfo", error);
  }
}
