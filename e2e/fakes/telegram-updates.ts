/**
 * Builders for Telegram Bot API `Update` objects, to feed the fake Telegram server (pushUpdate /
 * deliverWebhook) or a webhook route directly.
 *
 * Shapes and key order copy fixtures/telegram/update-*.json (README "telegram/", Bot API as typed
 * by @grammyjs/types 5.0.0): text, /start payload and /cmd@BotName with a `bot_command` entity,
 * callback_query, photo, sticker, voice, edited_message, my_chat_member (kicked). Defaults are the
 * fixture values (user "Alex Fixture", bot "NikitaTestBot"), so passing the fixture's update_id,
 * message_id and date reproduces each fixture exactly.
 *
 *   const u = createUpdateBuilder({ user: { id: 42, first_name: "Sam" } });
 *   tg.pushUpdate(u.text("hi"), u.start("link_abc"), u.callbackQuery("boss:accept"));
 */

export type Json = Record<string, unknown>;

export interface TgUser {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

export interface BotUser {
  id: number;
  first_name: string;
  username: string;
}

export interface UpdateBuilderOptions {
  /** Default sender (fixture: Alex Fixture, id 100000001). */
  user?: Partial<TgUser>;
  bot?: Partial<BotUser>;
  firstUpdateId?: number;
  firstMessageId?: number;
  /** Clock in unix seconds for `date`. Default now. */
  nowSeconds?: () => number;
}

/** Per-update overrides shared by every builder. */
export interface Common {
  chatId?: number;
  /** Sender; a number is shorthand for { id }. */
  user?: Partial<TgUser> | number;
  updateId?: number;
  messageId?: number;
  date?: number;
}

export const FIXTURE_USER: TgUser = {
  id: 100000001,
  first_name: "Alex",
  last_name: "Fixture",
  username: "alex_fixture",
  language_code: "en",
};
export const FIXTURE_BOT: BotUser = { id: 7100000001, first_name: "Nikita", username: "NikitaTestBot" };

const photoSize = (tag: string, file_size: number, width: number, height: number) => ({
  file_id: `AgACAgIAAxkBAAIBaWfakeFIXTUREphoto${tag}`,
  file_unique_id: `AQADFAKEph0to${tag}`,
  file_size,
  width,
  height,
});
const FIXTURE_PHOTO = [
  photoSize("90", 1314, 90, 68),
  photoSize("320", 18402, 320, 240),
  photoSize("800", 81233, 800, 600),
  photoSize("1280", 156870, 1280, 960),
];

export function createUpdateBuilder(options: UpdateBuilderOptions = {}) {
  let nextUpdateId = options.firstUpdateId ?? 900000101;
  let nextMessageId = options.firstMessageId ?? 101;
  const baseUser = { ...FIXTURE_USER, ...options.user };
  const bot = { ...FIXTURE_BOT, ...options.bot };
  const now = options.nowSeconds ?? (() => Math.floor(Date.now() / 1000));

  const userOf = (c: Common): TgUser => {
    const u = typeof c.user === "number" ? { id: c.user } : (c.user ?? {});
    return { ...baseUser, ...u };
  };
  const from = (u: TgUser) => ({
    id: u.id,
    is_bot: false,
    first_name: u.first_name,
    ...(u.last_name !== undefined ? { last_name: u.last_name } : {}),
    ...(u.username !== undefined ? { username: u.username } : {}),
    ...(u.language_code !== undefined ? { language_code: u.language_code } : {}),
  });
  const chatOf = (c: Common, u: TgUser): Json => {
    const id = c.chatId ?? u.id;
    if (id < 0) return { id, title: `Group ${id}`, type: id < -1_000_000_000_000 ? "supergroup" : "group" };
    return {
      id,
      first_name: u.first_name,
      ...(u.last_name !== undefined ? { last_name: u.last_name } : {}),
      ...(u.username !== undefined ? { username: u.username } : {}),
      type: "private",
    };
  };
  const botFrom = () => ({ id: bot.id, is_bot: true, first_name: bot.first_name, username: bot.username });
  const updateId = (c: Common) => c.updateId ?? nextUpdateId++;
  /** Envelope for a new incoming message; `fields` go after message_id/from/chat/date. */
  const message = (c: Common, fields: Json): Json => {
    const u = userOf(c);
    return {
      update_id: updateId(c),
      message: {
        message_id: c.messageId ?? nextMessageId++,
        from: from(u),
        chat: chatOf(c, u),
        date: c.date ?? now(),
        ...fields,
      },
    };
  };

  const command = (name: string, opts: Common & { botName?: string | boolean; args?: string } = {}) => {
    const mention = opts.botName === true ? `@${bot.username}` : opts.botName ? `@${opts.botName}` : "";
    const head = `/${name}${mention}`;
    const text = opts.args ? `${head} ${opts.args}` : head;
    return message(opts, { text, entities: [{ offset: 0, length: head.length, type: "bot_command" }] });
  };

  return {
    /** Plain private-chat text message (fixtures/telegram/update-text.json). */
    text: (text: string, c: Common = {}) => message(c, { text }),
    /** `/name[@bot] [args]` with a bot_command entity (update-command-with-botname.json). */
    command,
    /** `/start <payload>` deep link (update-start-payload.json). */
    start: (payload?: string, c: Common = {}) => command("start", { ...c, args: payload }),
    /** Inline-button press on a bot message (update-callback-query.json). */
    callbackQuery(
      data: string,
      c: Common & {
        callbackId?: string;
        chatInstance?: string;
        /** The bot message carrying the keyboard; its text, id and date. */
        messageText?: string;
        messageDate?: number;
        inlineKeyboard?: { text: string; callback_data: string }[][];
      } = {},
    ): Json {
      const u = userOf(c);
      const id = updateId(c);
      return {
        update_id: id,
        callback_query: {
          id: c.callbackId ?? `4301${String(id).padStart(15, "0")}`,
          from: from(u),
          message: {
            message_id: c.messageId ?? nextMessageId++,
            from: botFrom(),
            chat: chatOf(c, u),
            date: c.messageDate ?? c.date ?? now(),
            text: c.messageText ?? "Choose:",
            reply_markup: { inline_keyboard: c.inlineKeyboard ?? [[{ text: data, callback_data: data }]] },
          },
          chat_instance: c.chatInstance ?? "-4837261950183746521",
          data,
        },
      };
    },
    /** Photo with PhotoSizes smallest → largest (update-photo.json). */
    photo: (c: Common & { caption?: string; sizes?: Json[] } = {}) =>
      message(c, {
        photo: c.sizes ?? FIXTURE_PHOTO,
        ...(c.caption !== undefined ? { caption: c.caption } : {}),
      }),
    /** Regular sticker with thumbnail (update-sticker.json). */
    sticker: (c: Common & { emoji?: string; setName?: string } = {}) =>
      message(c, {
        sticker: {
          width: 512,
          height: 512,
          emoji: c.emoji ?? "😘",
          set_name: c.setName ?? "FakeFixtureStickers",
          is_animated: false,
          is_video: false,
          type: "regular",
          thumbnail: {
            file_id: "AAMCAgADGQEAAIBbWfakeFIXTUREstickerThumb",
            file_unique_id: "AQADFAKEst1ckTh",
            file_size: 5416,
            width: 128,
            height: 128,
          },
          file_id: "CAACAgIAAxkBAAIBbWfakeFIXTUREsticker",
          file_unique_id: "AgADFAKEst1ck",
          file_size: 24580,
        },
      }),
    /** Voice note, audio/ogg (update-voice.json). */
    voice: (c: Common & { duration?: number; fileSize?: number } = {}) =>
      message(c, {
        voice: {
          duration: c.duration ?? 7,
          mime_type: "audio/ogg",
          file_id: "AwACAgIAAxkBAAIBcWfakeFIXTUREvoice",
          file_unique_id: "AgADFAKEv01ce",
          file_size: c.fileSize ?? 28416,
        },
      }),
    /** Edit of an earlier user message: `messageId`/`date` are the original's (update-edited-message.json). */
    editedMessage(text: string, c: Common & { editDate?: number } = {}): Json {
      const u = userOf(c);
      const date = c.date ?? now();
      return {
        update_id: updateId(c),
        edited_message: {
          message_id: c.messageId ?? nextMessageId - 1,
          from: from(u),
          chat: chatOf(c, u),
          date,
          edit_date: c.editDate ?? Math.max(date, now()),
          text,
        },
      };
    },
    /** The user blocked the bot: member → kicked (update-my-chat-member-kicked.json). */
    myChatMemberKicked(c: Common = {}): Json {
      const u = userOf(c);
      return {
        update_id: updateId(c),
        my_chat_member: {
          chat: chatOf(c, u),
          from: from(u),
          date: c.date ?? now(),
          old_chat_member: { user: botFrom(), status: "member" },
          new_chat_member: { user: botFrom(), status: "kicked", until_date: 0 },
        },
      };
    },
  };
}

export type UpdateBuilder = ReturnType<typeof createUpdateBuilder>;

/** A shared default builder (fixture user and bot, update_id from 900000101). */
export const updates: UpdateBuilder = createUpdateBuilder();
