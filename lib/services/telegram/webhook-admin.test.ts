// The admin's webhook actions against the fake Bot API: setWebhook sends our secret, the
// allowed updates and drop_pending_updates, and getWebhookInfo is read back; bad input and a
// bot that is off are clear 4xx/503 errors.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeTelegram, startFakeTelegram } from "@/e2e/fakes/telegram";
import { AppError } from "@/lib/errors";
import { createTelegramApi } from "@/lib/integrations/telegram/client";
import { getTelegramWebhookInfo, setTelegramWebhook, TELEGRAM_ALLOWED_UPDATES } from "./webhook-admin";

describe("webhook admin", () => {
  let tg: FakeTelegram;
  beforeAll(async () => {
    tg = await startFakeTelegram();
  });
  afterAll(async () => tg?.close());
  beforeEach(() => tg.reset());
  const api = () => createTelegramApi({ token: tg.token, apiRoot: tg.apiRoot, timeoutSeconds: 2 });

  it("sets the webhook with secret, allowed updates and drop_pending_updates, and reads it back", async () => {
    const info = await setTelegramWebhook(
      {
        url: "https://nikita.example/api/telegram/webhook",
        secret: "s3cret_token",
        dropPendingUpdates: true,
      },
      { api: api() },
    );
    const [call] = tg.callsTo("setWebhook");
    expect(call?.params).toMatchObject({
      url: "https://nikita.example/api/telegram/webhook",
      secret_token: "s3cret_token",
      allowed_updates: [...TELEGRAM_ALLOWED_UPDATES],
      drop_pending_updates: true,
    });
    expect(tg.callsTo("setMyCommands")[0]?.params.commands).toEqual(
      expect.arrayContaining([expect.objectContaining({ command: "status" })]),
    );
    expect(info).toMatchObject({ url: "https://nikita.example/api/telegram/webhook", pendingUpdateCount: 0 });
    expect(tg.webhook()?.url).toBe("https://nikita.example/api/telegram/webhook");
    expect((await getTelegramWebhookInfo({ api: api() })).url).toBe(
      "https://nikita.example/api/telegram/webhook",
    );
  });

  it("rejects non-https URLs and bad secrets before calling Telegram", async () => {
    await expect(
      setTelegramWebhook({ url: "http://x.example/hook", secret: "ok" }, { api: api() }),
    ).rejects.toThrow();
    await expect(
      setTelegramWebhook({ url: "https://x.example/hook", secret: "bad secret!" }, { api: api() }),
    ).rejects.toThrow();
    expect(tg.callsTo("setWebhook")).toHaveLength(0);
  });

  it("reports the bot being off as unavailable", async () => {
    await expect(getTelegramWebhookInfo({ api: null })).rejects.toBeInstanceOf(AppError);
  });

  it("turns a Telegram refusal into a readable error", async () => {
    tg.failNext("setWebhook", {
      kind: "error",
      code: 400,
      description: "Bad Request: bad webhook: HTTPS url must be provided",
    });
    await expect(
      setTelegramWebhook({ url: "https://x.example/hook", secret: "ok" }, { api: api() }),
    ).rejects.toThrow(/bad webhook/);
  });
});
