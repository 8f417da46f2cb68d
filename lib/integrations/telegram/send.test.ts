// The thin Bot API client against the fake Telegram server (real grammY, real HTTP): plain-text
// sends, and every failure sorted into what the caller must do about it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeTelegram, startFakeTelegram } from "@/e2e/fakes/telegram";
import { createTelegramApi } from "./client";
import { sendTelegramText, sendTypingAction, splitTelegramText } from "./send";

describe("telegram send", () => {
  let tg: FakeTelegram;
  beforeAll(async () => {
    tg = await startFakeTelegram();
  });
  afterAll(async () => tg?.close());
  beforeEach(() => tg.reset());

  const api = () => createTelegramApi({ token: tg.token, apiRoot: tg.apiRoot, timeoutSeconds: 1 });

  it("sends text exactly as written, with no parse mode", async () => {
    const text = "*not bold* _not italic_ [not a link](x) <b>";
    const result = await sendTelegramText(api(), { chatId: 42, text });
    expect(result).toEqual({ ok: true, messageIds: [tg.sentMessages(42)[0]?.message_id] });
    const [call] = tg.callsTo("sendMessage");
    expect(call?.params).toMatchObject({ chat_id: 42, text });
    expect(call?.params.parse_mode).toBeUndefined();
  });

  it.each([
    [{ kind: "429", retryAfter: 12 } as const, { kind: "rate_limited", code: 429, retryAfterSeconds: 12 }],
    [{ kind: "403" } as const, { kind: "blocked", code: 403 }],
    [{ kind: "403", description: "Forbidden: user is deactivated" } as const, { kind: "blocked", code: 403 }],
    [{ kind: "500" } as const, { kind: "retryable", code: 500 }],
    [{ kind: "network" } as const, { kind: "retryable", code: 0 }],
    [{ kind: "timeout", ms: 2500 } as const, { kind: "retryable", code: 0 }],
    [
      { kind: "error", code: 400, description: "Bad Request: chat not found" } as const,
      { kind: "permanent", code: 400 },
    ],
  ])("classifies %j", async (failure, expected) => {
    tg.failNext("sendMessage", failure);
    const result = await sendTelegramText(api(), { chatId: 7, text: "hi" });
    expect(result).toMatchObject({ ok: false, ...expected });
  });

  it("treats a wrong token as retryable (an operator fixes it; the message should survive)", async () => {
    const wrong = createTelegramApi({ token: "1:wrong", apiRoot: tg.apiRoot });
    expect(await sendTelegramText(wrong, { chatId: 7, text: "hi" })).toMatchObject({
      ok: false,
      kind: "retryable",
      code: 401,
    });
  });

  it("sends the typing action", async () => {
    expect(await sendTypingAction(api(), 9)).toEqual({ ok: true });
    expect(tg.callsTo("sendChatAction")[0]?.params).toMatchObject({ chat_id: 9, action: "typing" });
  });

  it("splits over-long text at natural boundaries, never above the limit, losing nothing", () => {
    const sentence = "She thinks firewalls are underrated and so are long walks. ";
    const text = sentence.repeat(200).trim();
    const pieces = splitTelegramText(text);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((p) => p.length <= 4096 && p.endsWith("."))).toBe(true);
    expect(pieces.join(" ")).toBe(text);
    const unbroken = "x".repeat(9000);
    expect(splitTelegramText(unbroken).map((p) => p.length)).toEqual([4096, 4096, 808]);
    expect(splitTelegramText("short")).toEqual(["short"]);
    // Never cuts an emoji (a surrogate pair) in half.
    const emoji = `${"a".repeat(4095)}😏tail`;
    expect(splitTelegramText(emoji)).toEqual(["a".repeat(4095), "😏tail"]);
  });
});
