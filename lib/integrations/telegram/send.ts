// Sending through the Bot API, with every failure sorted into what the caller must do about it:
//   rate_limited  429 — wait `retry_after` seconds, then try again (not the message's fault)
//   blocked       403 — bot blocked, user deactivated, bot kicked: the player is unreachable,
//                       never retry
//   retryable     5xx, network errors, timeouts, 401/404 (a deploy/config problem): back off
//   permanent     other 4xx (chat not found, bad request): retrying cannot help
// Text is sent as plain text (no parse_mode): her words can contain `*`, `_` or `[` and must
// arrive exactly as written, and plain text can never fail to parse. Over-long text is split
// defensively at paragraph, sentence or word boundaries into ≤ 4096-character messages.
import { GrammyError, HttpError } from "grammy";
import { SHAPING_RULES } from "@/lib/engine/rules";
import type { TelegramApi } from "./client";

export type TelegramFailureKind = "rate_limited" | "blocked" | "retryable" | "permanent";

export type TelegramFailure = {
  ok: false;
  kind: TelegramFailureKind;
  /** Telegram's error code, or 0 for network errors and timeouts. */
  code: number;
  /** Telegram's description (never contains message text). */
  description: string;
  /** Seconds to wait, for rate_limited. */
  retryAfterSeconds?: number;
};

export type TelegramSendResult = { ok: true; messageIds: number[] } | TelegramFailure;
export type TelegramActionResult = { ok: true } | TelegramFailure;

const HTTP_FORBIDDEN = 403;
const HTTP_TOO_MANY_REQUESTS = 429;
const HTTP_SERVER_ERROR_FROM = 500;
/** Wrong token or wrong API root: an operator fixes it, so the message should survive until then. */
const CONFIG_ERROR_CODES = new Set([401, 404]);
/** When Telegram answers 429 without a retry_after. */
const DEFAULT_RETRY_AFTER_SECONDS = 1;

export function classifyTelegramError(error: unknown): TelegramFailure {
  if (error instanceof GrammyError) {
    const code = error.error_code;
    const description = error.description;
    if (code === HTTP_TOO_MANY_REQUESTS) {
      const retryAfterSeconds = error.parameters.retry_after ?? DEFAULT_RETRY_AFTER_SECONDS;
      return { ok: false, kind: "rate_limited", code, description, retryAfterSeconds };
    }
    if (code === HTTP_FORBIDDEN) return { ok: false, kind: "blocked", code, description };
    if (code >= HTTP_SERVER_ERROR_FROM || CONFIG_ERROR_CODES.has(code)) {
      return { ok: false, kind: "retryable", code, description };
    }
    return { ok: false, kind: "permanent", code, description };
  }
  if (error instanceof HttpError)
    return { ok: false, kind: "retryable", code: 0, description: error.message };
  return {
    ok: false,
    kind: "retryable",
    code: 0,
    description: error instanceof Error ? error.message : String(error),
  };
}

/** Splits text into pieces of at most `max` UTF-16 units, preferring natural boundaries. */
export function splitTelegramText(text: string, max: number = SHAPING_RULES.telegramMaxChars): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let cut = naturalCut(window);
    if (cut === -1) cut = isHighSurrogate(window.charCodeAt(max - 1)) ? max - 1 : max;
    const head = rest.slice(0, cut).trimEnd();
    if (head) pieces.push(head);
    rest = rest.slice(cut).trimStart();
  }
  if (rest.trim()) pieces.push(rest);
  return pieces;
}

/** The last paragraph, line, sentence or word break in the second half of the window, or -1. */
function naturalCut(window: string): number {
  const sentenceEnds = [...window.matchAll(/[.!?…]\s/g)];
  const lastSentenceEnd =
    sentenceEnds.length > 0 ? (sentenceEnds[sentenceEnds.length - 1]?.index ?? -2) + 1 : -1;
  const candidates = [
    window.lastIndexOf("\n\n"),
    window.lastIndexOf("\n"),
    lastSentenceEnd,
    window.lastIndexOf(" "),
  ];
  // A break in the first half would leave a uselessly short message.
  return candidates.find((c) => c > window.length / 2) ?? -1;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

export interface SendTextParams {
  chatId: number;
  text: string;
  /** Attached to the last piece only. */
  replyMarkup?: unknown;
}

/**
 * Sends one bubble as plain text (split if over the limit). On a failure after some pieces went
 * out, the result is the failure: the caller retries the whole bubble (a repeat of the first
 * pieces is possible only for text over 4096 characters, which shaping already prevents).
 */
export async function sendTelegramText(
  api: TelegramApi,
  params: SendTextParams,
): Promise<TelegramSendResult> {
  const pieces = splitTelegramText(params.text);
  const messageIds: number[] = [];
  for (const [i, piece] of pieces.entries()) {
    const isLast = i === pieces.length - 1;
    try {
      const markup = isLast && params.replyMarkup ? { reply_markup: params.replyMarkup as never } : {};
      const sent = await api.sendMessage(params.chatId, piece, markup);
      messageIds.push(sent.message_id);
    } catch (error) {
      return classifyTelegramError(error);
    }
  }
  return { ok: true, messageIds };
}

/** "typing…" for about five seconds (or until her next message arrives). */
export async function sendTypingAction(api: TelegramApi, chatId: number): Promise<TelegramActionResult> {
  try {
    await api.sendChatAction(chatId, "typing");
    return { ok: true };
  } catch (error) {
    return classifyTelegramError(error);
  }
}
