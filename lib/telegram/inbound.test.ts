// Reading updates: commands with and without @BotName, text, every non-text kind, button
// presses, block/unblock, and everything the game ignores (edits, groups, other bots).
import { describe, expect, it } from "vitest";
import { createUpdateBuilder } from "@/e2e/fakes/telegram-updates";
import { parseInbound, updateIdOf } from "./inbound";

const BOT = "NikitaTestBot";
const u = createUpdateBuilder({ user: { id: 42, first_name: "Sam" } });

describe("parseInbound", () => {
  it("reads commands, with or without this bot's name, and their arguments", () => {
    expect(parseInbound(u.command("help"), BOT)).toMatchObject({ type: "command", name: "help", args: "" });
    expect(parseInbound(u.command("Status", { botName: true }), BOT)).toMatchObject({ name: "status" });
    expect(parseInbound(u.start("link_abc"), BOT)).toMatchObject({ name: "start", args: "link_abc" });
    expect(parseInbound(u.command("help", { botName: "nikitatestbot" }), BOT)).toMatchObject({
      name: "help",
    });
    expect(parseInbound(u.command("help", { botName: "OtherBot" }), BOT)).toBeNull();
  });

  it("reads text, media (with captions) and button presses from private chats", () => {
    expect(parseInbound(u.text("hi"), BOT)).toMatchObject({
      type: "text",
      text: "hi",
      userId: 42,
      chatId: 42,
    });
    expect(parseInbound(u.photo({ caption: " look " }), BOT)).toMatchObject({
      type: "media",
      kind: "photo",
      caption: "look",
    });
    expect(parseInbound(u.sticker(), BOT)).toMatchObject({ type: "media", kind: "sticker", caption: null });
    expect(parseInbound(u.voice(), BOT)).toMatchObject({ type: "media", kind: "voice" });
    expect(parseInbound(u.callbackQuery("age:yes"), BOT)).toMatchObject({
      type: "callback",
      data: "age:yes",
    });
    expect(parseInbound(u.myChatMemberKicked(), BOT)).toMatchObject({ type: "member", blocked: true });
  });

  it("ignores edits, groups, channel posts and things that are not updates", () => {
    expect(parseInbound(u.editedMessage("x"), BOT)).toBeNull();
    expect(parseInbound(u.text("hi all", { chatId: -100123 }), BOT)).toBeNull();
    expect(parseInbound({ update_id: 1, channel_post: { message_id: 1 } }, BOT)).toBeNull();
    expect(parseInbound({ message: { text: "no id" } }, BOT)).toBeNull();
    expect(updateIdOf([1, 2])).toBeNull();
    expect(updateIdOf({ update_id: 7 })).toBe(7);
  });
});
