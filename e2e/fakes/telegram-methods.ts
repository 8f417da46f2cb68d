/**
 * Bot API method implementations for the fake Telegram server (see telegram.ts).
 *
 * Result shapes follow /work/shared/fixtures/README.md "telegram/" (Bot API as typed by
 * @grammyjs/types 5.0.0): response-getMe.json (UserFromGetMe), response-sendMessage-ok.json
 * (Message key order message_id, from, chat, date, text), response-getWebhookInfo.json (WebhookInfo
 * key order; optional fields omitted when unset). Error texts are the real server's wording.
 */
import { tgError } from "./telegram-faults";

export type Json = Record<string, unknown>;

export interface Chat {
  id: number;
  type: "private" | "group" | "supergroup" | "channel";
  title?: string;
  first_name?: string;
  last_name?: string;
  username?: string;
}

export interface WebhookState {
  url: string;
  secretToken?: string;
  allowedUpdates?: string[];
  maxConnections: number;
  hasCustomCertificate: boolean;
  ipAddress?: string;
  lastErrorDate?: number;
  lastErrorMessage?: string;
}

export interface TelegramState {
  bot: Json & { id: number; first_name: string; username: string };
  nowMs(): number;
  nextMessageId: number;
  chats: Map<string, Chat>;
  messages: Map<string, Json>;
  webhook: WebhookState | null;
  commands: Map<string, unknown[]>;
  /** Updates waiting for getUpdates (or counted as pending while a webhook is set). */
  updates: Json[];
}

export type MethodHandler = (params: Json, state: TelegramState) => unknown;

/** getMe of fixtures/telegram/response-getMe.json. */
export const DEFAULT_BOT = {
  id: 7100000001,
  is_bot: true as const,
  first_name: "Nikita",
  username: "NikitaTestBot",
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

const seconds = (s: TelegramState) => Math.floor(s.nowMs() / 1000);

/** Chat for an id: a registered/learned one, else a plausible default by id sign. */
export function chatFor(state: TelegramState, chatId: unknown): Chat {
  if (chatId === undefined || chatId === null || chatId === "")
    throw tgError(400, "Bad Request: chat_id is empty");
  const known = state.chats.get(String(chatId));
  if (known) return known;
  const id = Number(chatId);
  if (!Number.isSafeInteger(id)) throw tgError(400, "Bad Request: chat not found");
  if (id > 0) return { id, first_name: `User ${id}`, type: "private" };
  return { id, title: `Group ${id}`, type: id < -1_000_000_000_000 ? "supergroup" : "group" };
}

const botAsSender = (s: TelegramState) => ({
  id: s.bot.id,
  is_bot: true,
  first_name: s.bot.first_name,
  username: s.bot.username,
});

/** The button kinds an inline keyboard may carry (exactly one per button). */
const BUTTON_ACTIONS = [
  "url",
  "callback_data",
  "web_app",
  "login_url",
  "switch_inline_query",
  "switch_inline_query_current_chat",
  "switch_inline_query_chosen_chat",
  "copy_text",
  "callback_game",
  "pay",
] as const;

/**
 * Checks an inline keyboard the way the Bot API does: every button has text and exactly one
 * action, callback_data is 1–64 bytes, and a URL is tg:// or http(s) on a dotted host (the
 * real server answers BUTTON_URL_INVALID for `localhost`-style hosts).
 */
function checkInlineKeyboard(keyboard: unknown): void {
  if (!Array.isArray(keyboard) || !keyboard.every(Array.isArray)) {
    throw tgError(400, 'Bad Request: field "inline_keyboard" must be an Array of Arrays');
  }
  for (const button of keyboard.flat() as Json[]) {
    if (typeof button?.text !== "string" || button.text === "") {
      throw tgError(400, "Bad Request: can't parse inline keyboard button: Text must be non-empty");
    }
    const actions = BUTTON_ACTIONS.filter((k) => button[k] !== undefined);
    if (actions.length !== 1) {
      throw tgError(
        400,
        "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
      );
    }
    if (actions[0] === "callback_data") {
      const bytes = Buffer.byteLength(String(button.callback_data), "utf8");
      if (bytes < 1 || bytes > 64) throw tgError(400, "Bad Request: BUTTON_DATA_INVALID");
    }
    if (actions[0] === "url" && !isButtonUrl(String(button.url))) {
      throw tgError(400, "Bad Request: BUTTON_URL_INVALID");
    }
  }
}

function isButtonUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === "tg:") return true;
    return (parsed.protocol === "http:" || parsed.protocol === "https:") && parsed.hostname.includes(".");
  } catch {
    return false;
  }
}

const inlineMarkup = (markup: unknown) => {
  if (!markup || typeof markup !== "object" || !("inline_keyboard" in markup)) return {};
  checkInlineKeyboard(markup.inline_keyboard);
  return { reply_markup: markup };
};

function storedMessage(state: TelegramState, params: Json): Json {
  const chat = chatFor(state, params.chat_id);
  const msg = state.messages.get(`${chat.id}:${params.message_id}`);
  if (!msg) throw tgError(400, "Bad Request: message to edit not found");
  return msg;
}

function edit(state: TelegramState, params: Json, change: Json): Json | true {
  if (params.inline_message_id !== undefined) return true;
  const msg = storedMessage(state, params);
  const next: Json = { ...msg, edit_date: seconds(state), ...change };
  if (next.reply_markup === undefined) delete next.reply_markup;
  if (
    JSON.stringify(next.text) === JSON.stringify(msg.text) &&
    JSON.stringify(next.reply_markup) === JSON.stringify(msg.reply_markup)
  ) {
    throw tgError(
      400,
      "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
    );
  }
  const { message_id, from, chat, date, edit_date, text, ...rest } = next;
  const ordered = { message_id, from, chat, date, edit_date, text, ...rest };
  state.messages.set(`${(chat as Chat).id}:${message_id}`, ordered);
  return ordered;
}

function webhookInfo(state: TelegramState): Json {
  const w = state.webhook;
  if (!w) return { url: "", has_custom_certificate: false, pending_update_count: state.updates.length };
  const info: Json = {
    url: w.url,
    has_custom_certificate: w.hasCustomCertificate,
    pending_update_count: state.updates.length,
  };
  if (w.ipAddress) info.ip_address = w.ipAddress;
  if (w.lastErrorDate !== undefined) {
    info.last_error_date = w.lastErrorDate;
    info.last_error_message = w.lastErrorMessage;
  }
  info.max_connections = w.maxConnections;
  if (w.allowedUpdates) info.allowed_updates = w.allowedUpdates;
  return info;
}

/** A result with the `description` Telegram adds to some ok:true answers (setWebhook, deleteWebhook). */
export class Described {
  constructor(
    readonly result: unknown,
    readonly description: string,
  ) {}
}
const described = (description: string) => new Described(true, description);

export const METHODS: Record<string, MethodHandler> = {
  getMe: (_p, s) => s.bot,
  sendMessage(p, s) {
    const chat = chatFor(s, p.chat_id);
    const text = typeof p.text === "string" ? p.text : p.text === undefined ? "" : String(p.text);
    if (text.trim() === "") throw tgError(400, "Bad Request: message text is empty");
    if (text.length > 4096) throw tgError(400, "Bad Request: message is too long");
    const message: Json = {
      message_id: s.nextMessageId++,
      from: botAsSender(s),
      chat,
      date: seconds(s),
      text,
      ...(Array.isArray(p.entities) ? { entities: p.entities } : {}),
      ...inlineMarkup(p.reply_markup),
    };
    s.messages.set(`${chat.id}:${message.message_id}`, message);
    return message;
  },
  sendChatAction(p, s) {
    chatFor(s, p.chat_id);
    if (typeof p.action !== "string") throw tgError(400, "Bad Request: wrong parameter action in request");
    return true;
  },
  answerCallbackQuery(p) {
    if (!p.callback_query_id)
      throw tgError(400, "Bad Request: query is too old and response timeout expired or query ID is invalid");
    return true;
  },
  editMessageText(p, s) {
    if (typeof p.text !== "string" || p.text.trim() === "")
      throw tgError(400, "Bad Request: message text is empty");
    return edit(s, p, { text: p.text, reply_markup: inlineMarkup(p.reply_markup).reply_markup });
  },
  editMessageReplyMarkup: (p, s) => edit(s, p, { reply_markup: inlineMarkup(p.reply_markup).reply_markup }),
  deleteMessage(p, s) {
    const chat = chatFor(s, p.chat_id);
    if (!s.messages.delete(`${chat.id}:${p.message_id}`))
      throw tgError(400, "Bad Request: message to delete not found");
    return true;
  },
  setWebhook(p, s) {
    const url = typeof p.url === "string" ? p.url : "";
    if (url === "") {
      s.webhook = null;
      return described("Webhook was deleted");
    }
    if (p.drop_pending_updates === true) s.updates.length = 0;
    s.webhook = {
      url,
      secretToken: typeof p.secret_token === "string" ? p.secret_token : undefined,
      allowedUpdates: Array.isArray(p.allowed_updates)
        ? (p.allowed_updates as string[])
        : s.webhook?.allowedUpdates,
      maxConnections: typeof p.max_connections === "number" ? p.max_connections : 40,
      hasCustomCertificate: p.certificate !== undefined,
      ipAddress: typeof p.ip_address === "string" ? p.ip_address : undefined,
    };
    return described("Webhook was set");
  },
  deleteWebhook(p, s) {
    if (p.drop_pending_updates === true) s.updates.length = 0;
    const had = s.webhook !== null;
    s.webhook = null;
    return described(had ? "Webhook was deleted" : "Webhook is already deleted");
  },
  getWebhookInfo: (_p, s) => webhookInfo(s),
  setMyCommands(p, s) {
    if (!Array.isArray(p.commands)) throw tgError(400, "Bad Request: can't parse commands JSON object");
    s.commands.set(JSON.stringify([p.scope ?? { type: "default" }, p.language_code ?? ""]), p.commands);
    return true;
  },
  getMyCommands: (p, s) =>
    s.commands.get(JSON.stringify([p.scope ?? { type: "default" }, p.language_code ?? ""])) ?? [],
  deleteMyCommands(p, s) {
    s.commands.delete(JSON.stringify([p.scope ?? { type: "default" }, p.language_code ?? ""]));
    return true;
  },
};

/** Learns chat objects from updates so replies echo the same chat (as in the fixtures). */
export function learnChats(state: TelegramState, update: Json): void {
  for (const value of Object.values(update)) {
    if (!value || typeof value !== "object") continue;
    const v = value as Json;
    const chat = (v.chat ?? (v.message as Json | undefined)?.chat) as Chat | undefined;
    if (chat && typeof chat.id === "number") state.chats.set(String(chat.id), chat);
  }
}

/** Update type of an Update object ("message", "callback_query", …). */
export const updateType = (u: Json) => Object.keys(u).find((k) => k !== "update_id") ?? "unknown";
