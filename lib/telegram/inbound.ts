// What a Telegram update means to the game, decided without touching anything: a command
// (`/name[@bot] args`), text, a non-text message (photo, sticker, voice…), an inline-button
// press, or the player blocking/unblocking the bot. Anything else (edits, channel posts, group
// chats, other bots' commands) is `null`: acknowledged with 200 and otherwise ignored.
// Every string the game keeps is cleaned of control characters here (a NUL byte cannot be
// stored, and a failing update would be redelivered forever).
import type { NonTextKind } from "@/lib/agents/offline";
import { stripControlCharacters } from "@/lib/text/clean";

type Base = { updateId: number; userId: number; chatId: number; username: string | null; firstName: string };

export type Inbound =
  | (Base & { type: "command"; name: string; args: string; messageId: number })
  | (Base & { type: "text"; text: string; messageId: number })
  | (Base & { type: "media"; kind: NonTextKind; caption: string | null; messageId: number })
  | (Base & { type: "callback"; data: string; callbackId: string; messageId: number | null })
  | (Base & { type: "member"; blocked: boolean });

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
/** A string to keep: control characters removed. */
const clean = (v: unknown): string | null => (typeof v === "string" ? stripControlCharacters(v) : null);
const int = (v: unknown): number | null => (typeof v === "number" && Number.isSafeInteger(v) ? v : null);

/** The `update_id` of anything shaped like an update, or null (then it is not an update at all). */
export function updateIdOf(body: unknown): number | null {
  return isObject(body) ? int(body.update_id) : null;
}

const MEDIA_FIELDS: [string, NonTextKind][] = [
  ["photo", "photo"],
  ["sticker", "sticker"],
  ["voice", "voice"],
  ["video_note", "video"],
  ["video", "video"],
  ["animation", "video"],
  ["audio", "voice"],
  ["document", "document"],
  ["location", "location"],
  ["venue", "location"],
];

function sender(from: unknown, chat: unknown, updateId: number): Base | null {
  if (!isObject(from) || !isObject(chat) || chat.type !== "private" || from.is_bot === true) return null;
  const userId = int(from.id);
  const chatId = int(chat.id);
  if (userId === null || chatId === null) return null;
  return {
    updateId,
    userId,
    chatId,
    username: clean(from.username) || null,
    firstName: clean(from.first_name) ?? "",
  };
}

/** `/start@NikitaBot payload` → { name: "start", args: "payload" }; null if it is not for this bot. */
export function parseCommand(
  text: string,
  entities: unknown,
  botUsername: string,
): { name: string; args: string } | null {
  const first = Array.isArray(entities) ? entities[0] : undefined;
  if (!isObject(first) || first.type !== "bot_command" || first.offset !== 0) return null;
  const length = int(first.length) ?? 0;
  const head = text.slice(1, length);
  const [name = "", mention] = head.split("@");
  if (mention !== undefined && mention.toLowerCase() !== botUsername.toLowerCase()) return null;
  return {
    name: stripControlCharacters(name).toLowerCase(),
    args: stripControlCharacters(text.slice(length)).trim(),
  };
}

function fromMessage(updateId: number, message: Json, botUsername: string): Inbound | null {
  const base = sender(message.from, message.chat, updateId);
  const messageId = int(message.message_id);
  if (!base || messageId === null) return null;
  const text = str(message.text);
  if (text !== null) {
    const command = parseCommand(text, message.entities, botUsername);
    if (command) return { ...base, type: "command", ...command, messageId };
    if (text.startsWith("/") && /^\/\S+@\S+/.test(text)) return null; // another bot's command
    return { ...base, type: "text", text: stripControlCharacters(text), messageId };
  }
  for (const [field, kind] of MEDIA_FIELDS) {
    if (message[field] !== undefined) {
      const caption = clean(message.caption)?.trim() || null;
      return { ...base, type: "media", kind, caption, messageId };
    }
  }
  return null;
}

/** Reads an update; null means "not something the game reacts to". */
export function parseInbound(body: unknown, botUsername: string): Inbound | null {
  const updateId = updateIdOf(body);
  if (!isObject(body) || updateId === null) return null;
  if (isObject(body.message)) return fromMessage(updateId, body.message, botUsername);
  if (isObject(body.callback_query)) {
    const q = body.callback_query;
    const message = isObject(q.message) ? q.message : null;
    const base = sender(q.from, message?.chat, updateId);
    const data = clean(q.data);
    const callbackId = str(q.id);
    if (!base || data === null || callbackId === null) return null;
    return { ...base, type: "callback", data, callbackId, messageId: int(message?.message_id) };
  }
  if (isObject(body.my_chat_member)) {
    const m = body.my_chat_member;
    const base = sender(m.from, m.chat, updateId);
    const status = isObject(m.new_chat_member) ? str(m.new_chat_member.status) : null;
    if (!base || status === null) return null;
    return { ...base, type: "member", blocked: status === "kicked" || status === "left" };
  }
  return null;
}
