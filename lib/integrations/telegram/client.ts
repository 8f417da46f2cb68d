// The thin Telegram Bot API client: grammY's `Api` with our root URL (the real Bot API, or the
// local fake in tests via TELEGRAM_API_ROOT) and a request timeout far below grammY's 500 s
// default, so a hung connection costs one retry instead of a whole cron run. One per process.
import { Api } from "grammy";
import { env } from "@/lib/env";

/** A Bot API call that takes longer than this is treated as a network failure and retried. */
export const TELEGRAM_TIMEOUT_SECONDS = 10;

export interface TelegramClientConfig {
  token: string;
  apiRoot?: string;
  timeoutSeconds?: number;
}

export type TelegramApi = Api;

export function createTelegramApi(config: TelegramClientConfig): TelegramApi {
  return new Api(config.token, {
    ...(config.apiRoot ? { apiRoot: config.apiRoot } : {}),
    timeoutSeconds: config.timeoutSeconds ?? TELEGRAM_TIMEOUT_SECONDS,
  });
}

let shared: TelegramApi | undefined;

/** The process-wide client, or null when the bot is off (no TELEGRAM_BOT_TOKEN). */
export function getTelegramApi(): TelegramApi | null {
  if (!env.TELEGRAM_BOT_TOKEN) return null;
  shared ??= createTelegramApi({ token: env.TELEGRAM_BOT_TOKEN, apiRoot: env.TELEGRAM_API_ROOT });
  return shared;
}
