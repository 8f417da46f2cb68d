/**
 * The update builders (telegram-updates.ts) reproduce fixtures/telegram/update-*.json exactly and
 * route to the right grammY handlers.
 */
import { Bot } from "grammy";
import { describe, expect, it } from "vitest";
import { fixtureJson, fixturesDir } from "./fixture-files";
import { createUpdateBuilder, updates } from "./telegram-updates";

const u = createUpdateBuilder();
const same = (built: unknown, file: string) =>
  expect(JSON.stringify(built, null, 2)).toBe(JSON.stringify(fixtureJson(file), null, 2));

describe.skipIf(!fixturesDir)("builders equal the fixtures (values and key order)", () => {
  it("text, /start payload, /cmd@BotName", () => {
    same(
      u.text("hey, how was the conference? 🙂", { updateId: 900000101, messageId: 101, date: 1795262400 }),
      "telegram/update-text.json",
    );
    same(
      u.start("link_FAKEc0de1234", { updateId: 900000102, messageId: 102, date: 1795262405 }),
      "telegram/update-start-payload.json",
    );
    same(
      u.command("status", {
        botName: "NikitaTestBot",
        updateId: 900000103,
        messageId: 103,
        date: 1795262410,
      }),
      "telegram/update-command-with-botname.json",
    );
  });

  it("callback_query", () => {
    same(
      u.callbackQuery("boss:accept", {
        updateId: 900000104,
        callbackId: "4301000000000000104",
        messageId: 201,
        messageDate: 1795262420,
        messageText: "So. Are you ready to prove you're worth my time?",
        inlineKeyboard: [
          [
            { text: "Bring it on", callback_data: "boss:accept" },
            { text: "Not now", callback_data: "boss:later" },
          ],
        ],
      }),
      "telegram/update-callback-query.json",
    );
  });

  it("photo, sticker, voice", () => {
    same(
      u.photo({
        caption: "view from the office today",
        updateId: 900000105,
        messageId: 105,
        date: 1795262430,
      }),
      "telegram/update-photo.json",
    );
    same(
      u.sticker({ updateId: 900000106, messageId: 106, date: 1795262440 }),
      "telegram/update-sticker.json",
    );
    same(u.voice({ updateId: 900000107, messageId: 107, date: 1795262450 }), "telegram/update-voice.json");
  });

  it("edited_message and my_chat_member kicked", () => {
    same(
      u.editedMessage("hey, how was the conference? did you give your talk? 🙂", {
        updateId: 900000108,
        messageId: 101,
        date: 1795262400,
        editDate: 1795262462,
      }),
      "telegram/update-edited-message.json",
    );
    same(
      u.myChatMemberKicked({ updateId: 900000109, date: 1795266000 }),
      "telegram/update-my-chat-member-kicked.json",
    );
  });
});

describe("builder behaviour", () => {
  it("increments update_id and message_id and takes chat/user ids", () => {
    const b = createUpdateBuilder({
      firstUpdateId: 10,
      firstMessageId: 5,
      user: { id: 42, first_name: "Sam", last_name: undefined, username: undefined },
    });
    const a = b.text("one") as {
      update_id: number;
      message: { message_id: number; chat: unknown; from: unknown };
    };
    const c = b.text("two", { user: 43, chatId: -100 }) as {
      update_id: number;
      message: { message_id: number; chat: unknown; from: { id: number } };
    };
    expect([a.update_id, c.update_id]).toEqual([10, 11]);
    expect([a.message.message_id, c.message.message_id]).toEqual([5, 6]);
    expect(a.message.chat).toEqual({ id: 42, first_name: "Sam", type: "private" });
    expect(c.message.from.id).toBe(43);
    expect(c.message.chat).toEqual({ id: -100, title: "Group -100", type: "group" });
  });

  it("routes through grammY handlers (bot.handleUpdate)", async () => {
    const bot = new Bot("1:x", {
      botInfo: { id: 7100000001, is_bot: true, first_name: "Nikita", username: "NikitaTestBot" } as never,
    });
    const hits: string[] = [];
    bot.command("start", (ctx) => void hits.push(`start:${ctx.match}`));
    bot.command("status", () => void hits.push("status"));
    bot.on("callback_query:data", (ctx) => void hits.push(`cb:${ctx.callbackQuery.data}`));
    bot.on("message:photo", () => void hits.push("photo"));
    bot.on("message:sticker", () => void hits.push("sticker"));
    bot.on("message:voice", () => void hits.push("voice"));
    bot.on("edited_message:text", () => void hits.push("edited"));
    bot.on("my_chat_member", (ctx) => void hits.push(ctx.myChatMember.new_chat_member.status));
    bot.on("message:text", (ctx) => void hits.push(`text:${ctx.message.text}`));
    bot.api.config.use(() => Promise.resolve({ ok: true, result: true } as never));
    for (const update of [
      updates.start("link_1"),
      updates.command("status", { botName: true }),
      updates.callbackQuery("boss:accept"),
      updates.photo(),
      updates.sticker(),
      updates.voice(),
      updates.editedMessage("changed"),
      updates.myChatMemberKicked(),
      updates.text("plain"),
    ]) {
      await bot.handleUpdate(update as never);
    }
    expect(hits).toEqual([
      "start:link_1",
      "status",
      "cb:boss:accept",
      "photo",
      "sticker",
      "voice",
      "edited",
      "kicked",
      "text:plain",
    ]);
  });
});
