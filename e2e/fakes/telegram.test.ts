/**
 * Drives the real grammY client against the fake Telegram Bot API (telegram.ts).
 * Shapes: fixtures README "telegram/".
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Bot, GrammyError, HttpError, InputFile, webhookCallback } from "grammy";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { fixtureJson, fixturesDir } from "./fixture-files";
import { type FakeTelegram, startFakeTelegram } from "./telegram";
import { createUpdateBuilder } from "./telegram-updates";

const TOKEN = "123:abc";
let tg: FakeTelegram;
const newBot = (token = TOKEN, timeoutSeconds?: number) =>
  new Bot(token, { client: { apiRoot: tg.url, timeoutSeconds }, botInfo: tg.botInfo });
const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );

beforeAll(async () => {
  tg = await startFakeTelegram({ token: TOKEN });
});
afterEach(() => tg.reset());
afterAll(() => tg.close());

describe("fake Telegram Bot API via grammY", () => {
  it("getMe and sendMessage return fixture-shaped results with incrementing ids", async () => {
    const bot = newBot();
    expect(await bot.api.getMe()).toEqual(tg.botInfo);
    const a = await bot.api.sendMessage(100000001, "hello");
    const b = await bot.api.sendMessage(100000001, "again");
    expect(b.message_id).toBe(a.message_id + 1);
    expect(Object.keys(a)).toEqual(["message_id", "from", "chat", "date", "text"]);
    expect(a.from).toEqual({ id: 7100000001, is_bot: true, first_name: "Nikita", username: "NikitaTestBot" });
    expect(a.chat).toMatchObject({ id: 100000001, type: "private" });
    const call = tg.callsTo("sendMessage")[0]!;
    expect(call.params).toMatchObject({ chat_id: 100000001, text: "hello" });
    expect(call.headers["content-type"]).toContain("application/json");
    expect(call.time).toBeTypeOf("number");
  });

  it("echoes the chat learned from a pushed update", async () => {
    tg.pushUpdate(createUpdateBuilder().text("hi"));
    const msg = await newBot().api.sendMessage(100000001, "yo");
    expect(msg.chat).toEqual({
      id: 100000001,
      first_name: "Alex",
      last_name: "Fixture",
      username: "alex_fixture",
      type: "private",
    });
  });

  it("wrong token → 401 Unauthorized", async () => {
    const err = await errorOf(newBot("999:wrong").api.sendMessage(1, "x"));
    expect(err).toBeInstanceOf(GrammyError);
    expect((err as GrammyError).error_code).toBe(401);
    expect((err as GrammyError).description).toBe("Unauthorized");
  });

  it("failNext 429 → GrammyError with parameters.retry_after", async () => {
    tg.failNext("sendMessage", { kind: "429", retryAfter: 7 });
    const err = (await errorOf(newBot().api.sendMessage(1, "x"))) as GrammyError;
    expect(err).toBeInstanceOf(GrammyError);
    expect(err.error_code).toBe(429);
    expect(err.parameters.retry_after).toBe(7);
    expect(err.description).toBe("Too Many Requests: retry after 7");
    expect(tg.calls[0]!.status).toBe(429);
    await expect(newBot().api.sendMessage(1, "x")).resolves.toBeTruthy();
  });

  it("failNext 403 only for one chat, count 2", async () => {
    tg.failNext("sendMessage", { kind: "403" }, { chatId: 5, count: 2 });
    const bot = newBot();
    await expect(bot.api.sendMessage(6, "other chat")).resolves.toBeTruthy();
    const err = (await errorOf(bot.api.sendMessage(5, "x"))) as GrammyError;
    expect(err.error_code).toBe(403);
    expect(err.description).toBe("Forbidden: bot was blocked by the user");
    expect(err.parameters).toEqual({});
    await expect(bot.api.sendMessage(5, "x")).rejects.toBeInstanceOf(GrammyError);
    await expect(bot.api.sendMessage(5, "x")).resolves.toBeTruthy();
  });

  it("blockChat makes every call to that chat 403 until unblocked", async () => {
    tg.blockChat(9);
    await expect(newBot().api.sendChatAction(9, "typing")).rejects.toMatchObject({ error_code: 403 });
    tg.unblockChat(9);
    await expect(newBot().api.sendChatAction(9, "typing")).resolves.toBe(true);
  });

  it("500, network and timeout failures surface as grammY errors", async () => {
    tg.failNext("*", { kind: "500" });
    await expect(newBot().api.sendMessage(1, "x")).rejects.toMatchObject({ error_code: 500 });
    tg.failNext("sendMessage", { kind: "network" });
    await expect(newBot().api.sendMessage(1, "x")).rejects.toBeInstanceOf(HttpError);
    tg.failNext("sendMessage", { kind: "timeout", ms: 3000 });
    const started = Date.now();
    await expect(newBot(TOKEN, 0.3).api.sendMessage(1, "x")).rejects.toBeInstanceOf(HttpError);
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it("enforceLimits answers 429 with retry_after when a chat exceeds 1 msg/s", async () => {
    tg.enforceLimits({ perChatPerSecond: 1, perBotPerSecond: 30 });
    const bot = newBot();
    await bot.api.sendMessage(1, "first");
    await bot.api.sendMessage(2, "other chat is fine");
    const err = (await errorOf(bot.api.sendMessage(1, "too fast"))) as GrammyError;
    expect(err.error_code).toBe(429);
    expect(err.parameters.retry_after).toBe(1);
    await expect(bot.api.sendChatAction(1, "typing")).resolves.toBe(true);
  });

  it("setWebhook is reflected by getWebhookInfo; deleteWebhook clears it", async () => {
    const bot = newBot();
    expect(await bot.api.getWebhookInfo()).toEqual({
      url: "",
      has_custom_certificate: false,
      pending_update_count: 0,
    });
    await bot.api.setWebhook("https://nikita.example.com/api/telegram/webhook", {
      allowed_updates: ["message", "edited_message", "callback_query", "my_chat_member"],
      secret_token: "s3cret",
    });
    const info = await bot.api.getWebhookInfo();
    expect(info).toEqual({
      url: "https://nikita.example.com/api/telegram/webhook",
      has_custom_certificate: false,
      pending_update_count: 0,
      max_connections: 40,
      allowed_updates: ["message", "edited_message", "callback_query", "my_chat_member"],
    });
    expect(tg.webhook()?.secretToken).toBe("s3cret");
    await expect(bot.api.getUpdates()).rejects.toMatchObject({ error_code: 409 });
    await bot.api.deleteWebhook();
    expect((await bot.api.getWebhookInfo()).url).toBe("");
  });

  it("accepts multipart uploads (setWebhook with a certificate InputFile)", async () => {
    await newBot().api.setWebhook("https://example.com/hook", {
      certificate: new InputFile(Buffer.from("-----BEGIN CERTIFICATE-----"), "cert.pem"),
      max_connections: 10,
    });
    const call = tg.callsTo("setWebhook")[0]!;
    expect(call.headers["content-type"]).toContain("multipart/form-data");
    expect(Object.values(call.files)[0]).toMatchObject({ filename: "cert.pem", size: 27 });
    expect(call.params.max_connections).toBe(10);
    expect(await newBot().api.getWebhookInfo()).toMatchObject({
      has_custom_certificate: true,
      max_connections: 10,
    });
  });

  it("accepts form-urlencoded and GET query parameters", async () => {
    const form = await fetch(`${tg.url}/bot${TOKEN}/sendMessage`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        chat_id: "77",
        text: "form",
        reply_markup: '{"inline_keyboard":[[{"text":"a","callback_data":"b"}]]}',
      }),
    });
    expect(await form.json()).toMatchObject({
      ok: true,
      result: { chat: { id: 77 }, text: "form", reply_markup: { inline_keyboard: [[{ text: "a" }]] } },
    });
    const get = await fetch(`${tg.url}/bot${TOKEN}/getMe`);
    expect(await get.json()).toMatchObject({ ok: true, result: { username: "NikitaTestBot" } });
    const unknown = await fetch(`${tg.url}/bot${TOKEN}/noSuchMethod`, { method: "POST" });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ ok: false, error_code: 404, description: "Not Found" });
  });

  it("checks inline keyboards like the Bot API: one action per button, data ≤ 64 bytes, dotted URL hosts", async () => {
    const bot = newBot();
    const send = (button: Record<string, unknown>) =>
      bot.api.sendMessage(1, "pick", { reply_markup: { inline_keyboard: [[button as never]] } });
    await expect(send({ text: "Open", url: "https://nikita.example.com/x?code=1" })).resolves.toMatchObject({
      reply_markup: { inline_keyboard: [[{ text: "Open", url: "https://nikita.example.com/x?code=1" }]] },
    });
    await expect(send({ text: "Open", url: "http://127.0.0.1:3000/x" })).resolves.toBeDefined();
    await expect(send({ text: "Open", url: "http://localhost:3000/x" })).rejects.toMatchObject({
      error_code: 400,
      description: "Bad Request: BUTTON_URL_INVALID",
    });
    await expect(send({ text: "Just text" })).rejects.toMatchObject({ error_code: 400 });
    await expect(send({ text: "Both", url: "https://a.example", callback_data: "x" })).rejects.toMatchObject({
      error_code: 400,
    });
    await expect(send({ text: "Long", callback_data: "x".repeat(65) })).rejects.toMatchObject({
      description: "Bad Request: BUTTON_DATA_INVALID",
    });
  });

  it("editMessageText / editMessageReplyMarkup / answerCallbackQuery / setMyCommands", async () => {
    const bot = newBot();
    const keyboard = { inline_keyboard: [[{ text: "Bring it on", callback_data: "boss:accept" }]] };
    const sent = await bot.api.sendMessage(1, "Ready?", { reply_markup: keyboard });
    expect(sent.reply_markup).toEqual(keyboard);
    const edited = await bot.api.editMessageText(1, sent.message_id, "Let's go");
    expect(edited).toMatchObject({ message_id: sent.message_id, text: "Let's go" });
    expect((edited as { edit_date?: number }).edit_date).toBeTypeOf("number");
    await expect(bot.api.editMessageText(1, sent.message_id, "Let's go")).rejects.toMatchObject({
      error_code: 400,
    });
    await expect(bot.api.editMessageText(1, 9999, "nope")).rejects.toMatchObject({
      description: "Bad Request: message to edit not found",
    });
    await bot.api.editMessageReplyMarkup(1, sent.message_id, { reply_markup: { inline_keyboard: [] } });
    expect(await bot.api.answerCallbackQuery("4301000000000000104", { text: "ok" })).toBe(true);
    expect(await bot.api.setMyCommands([{ command: "status", description: "Relationship status" }])).toBe(
      true,
    );
    expect(await bot.api.getMyCommands()).toEqual([
      { command: "status", description: "Relationship status" },
    ]);
    expect(tg.sentMessages(1)).toHaveLength(1);
  });

  it("long polling: bot.start() receives pushed updates and its replies are recorded", async () => {
    const u = createUpdateBuilder();
    const bot = newBot();
    const seen: string[] = [];
    bot.command("start", (ctx) => ctx.reply(`linked ${ctx.match}`));
    bot.command("status", (ctx) => ctx.reply("status ok"));
    bot.on("callback_query:data", (ctx) => ctx.answerCallbackQuery({ text: ctx.callbackQuery.data }));
    bot.on("message:text", (ctx) => ctx.reply(`echo ${ctx.message.text}`));
    bot.on("my_chat_member", () => void seen.push("kicked"));
    tg.pushUpdate(u.start("link_FAKEc0de1234"), u.command("status", { botName: true }));
    const running = bot.start({ timeout: 1 });
    await waitFor(() => tg.callsTo("sendMessage").length === 2);
    tg.pushUpdate(u.text("hello"), u.callbackQuery("boss:accept"), u.myChatMemberKicked());
    await waitFor(() => tg.callsTo("answerCallbackQuery").length === 1 && seen.length === 1);
    await waitFor(() => tg.callsTo("sendMessage").length === 3);
    await bot.stop();
    await running;
    expect(tg.callsTo("sendMessage").map((c) => c.params.text)).toEqual([
      "linked link_FAKEc0de1234",
      "status ok",
      "echo hello",
    ]);
    expect(tg.callsTo("answerCallbackQuery")[0]!.params).toMatchObject({ text: "boss:accept" });
    expect(tg.pendingUpdates()).toEqual([]);
  });

  it("a second getUpdates terminates the waiting one with 409", async () => {
    const bot = newBot();
    const first = errorOf(bot.api.getUpdates({ timeout: 5 }));
    await waitFor(() => tg.callsTo("getUpdates").length === 1);
    await bot.api.getUpdates({ timeout: 0 });
    expect(await first).toMatchObject({ error_code: 409 });
  });

  describe("webhook delivery", () => {
    let app: Server;
    let appUrl: string;
    beforeAll(async () => {
      const bot = newBot();
      bot.on("message:text", (ctx) => ctx.reply(`hook ${ctx.message.text}`));
      app = createServer(webhookCallback(bot, "http", { secretToken: "s3cret" }));
      await new Promise<void>((r) => app.listen(0, "127.0.0.1", r));
      appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}/tg`;
    });
    afterAll(() => new Promise<void>((r) => app.close(() => r())));

    it("POSTs updates with the secret header; the bot's reply reaches the fake", async () => {
      await newBot().api.setWebhook(appUrl, { secret_token: "s3cret" });
      const res = await tg.deliverWebhook(createUpdateBuilder().text("ping"));
      expect(res.status).toBe(200);
      await waitFor(() => tg.callsTo("sendMessage").length === 1);
      expect(tg.callsTo("sendMessage")[0]!.params).toMatchObject({ chat_id: 100000001, text: "hook ping" });
    });

    it("a wrong secret is rejected and recorded as last_error in getWebhookInfo", async () => {
      await newBot().api.setWebhook(appUrl, { secret_token: "wrong" });
      const res = await tg.deliverWebhook(createUpdateBuilder().text("ping"));
      expect(res.status).toBe(401);
      const info = await newBot().api.getWebhookInfo();
      expect(info.last_error_message).toMatch(/^Wrong response from the webhook: 401/);
    });
  });
});

describe.skipIf(!fixturesDir)("fixture shapes", () => {
  it("getMe equals response-getMe.json", async () => {
    const res = await fetch(`${tg.url}/bot${TOKEN}/getMe`);
    expect(JSON.stringify(await res.json())).toBe(
      JSON.stringify(fixtureJson("telegram/response-getMe.json")),
    );
  });

  it("429 and 403 bodies equal the fixtures", async () => {
    tg.failNext("sendMessage", { kind: "429", retryAfter: 7 });
    tg.failNext("sendMessage", { kind: "403" });
    const send = () =>
      fetch(`${tg.url}/bot${TOKEN}/sendMessage`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: '{"chat_id":1,"text":"x"}',
      });
    const r429 = await send();
    expect(r429.status).toBe(429);
    expect(JSON.stringify(await r429.json())).toBe(JSON.stringify(fixtureJson("telegram/response-429.json")));
    const r403 = await send();
    expect(r403.status).toBe(403);
    expect(JSON.stringify(await r403.json())).toBe(
      JSON.stringify(fixtureJson("telegram/response-403-blocked.json")),
    );
  });

  it("sendMessage equals response-sendMessage-ok.json given the same chat, id and clock", async () => {
    const fx = fixtureJson<{ result: { chat: { id: number }; text: string } }>(
      "telegram/response-sendMessage-ok.json",
    );
    const local = await startFakeTelegram({ token: TOKEN, firstMessageId: 202, now: () => 1795262475_000 });
    try {
      local.setChat(fx.result.chat as never);
      const res = await fetch(`${local.url}/bot${TOKEN}/sendMessage`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ chat_id: fx.result.chat.id, text: fx.result.text }),
      });
      expect(JSON.stringify(await res.json())).toBe(JSON.stringify(fx));
    } finally {
      await local.close();
    }
  });

  it("getWebhookInfo keeps the fixture's key order", async () => {
    const fx = fixtureJson<{ result: Record<string, unknown> }>("telegram/response-getWebhookInfo.json");
    await newBot().api.setWebhook(fx.result.url as string, {
      allowed_updates: fx.result.allowed_updates as never,
      ip_address: fx.result.ip_address as string,
    });
    const hook = tg.webhook()!;
    hook.lastErrorDate = fx.result.last_error_date as number;
    hook.lastErrorMessage = fx.result.last_error_message as string;
    const res = await fetch(`${tg.url}/bot${TOKEN}/getWebhookInfo`);
    expect(JSON.stringify(await res.json())).toBe(JSON.stringify(fx));
  });
});

async function waitFor(cond: () => boolean, timeoutMs = 5000) {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error("waitFor: condition not met in time");
    await new Promise((r) => setTimeout(r, 10));
  }
}
