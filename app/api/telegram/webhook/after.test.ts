// The webhook route's work after the response, driven the way the platform drives it: the
// handler answers Telegram at once (nothing of her reply is sent yet), and every piece of work
// it deferred with `after()` is handed to a waitUntil sink. When those promises settle — the
// moment a serverless instance may be frozen — her reply has been processed, "typing…" shown
// during her delay and every bubble sent: nothing was left dangling outside `after()`.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { scheduledEvents } from "@/db/schema";
import { suiteDatabase } from "@/db/testing/suite-db";
import { createUpdateBuilder, type FakeTelegram, FIXTURE_USER, startFakeTelegram } from "@/e2e/fakes";
import { insertPlayer } from "@/lib/jobs/testing/fixtures";
import type { runWithRequestContext as RunWithContext } from "@/lib/observability/request-context";

const SECRET = "webhook-secret-for-the-after-test";

describe("POST /api/telegram/webhook, after the response", () => {
  const t = suiteDatabase("pglite", { forProcess: true });
  let tg: FakeTelegram;
  let POST: (req: Request, ctx: unknown) => Promise<Response>;
  let runWithRequestContext: typeof RunWithContext;

  beforeAll(async () => {
    tg = await startFakeTelegram();
    Object.assign(process.env, {
      TELEGRAM_BOT_TOKEN: tg.token,
      TELEGRAM_BOT_USERNAME: tg.botInfo.username,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_API_ROOT: tg.apiRoot,
      // Her first reply is delayed (a new conversation), kept short for the test.
      REPLY_DELAY_SCALE: "0.3",
    });
    // lib/env is parsed once per module graph: load the route in a fresh one that sees the bot.
    vi.resetModules();
    ({ POST } = await import("./route"));
    ({ runWithRequestContext } = await import("@/lib/observability/request-context"));
  });
  afterAll(async () => tg?.close());

  it("finishes her reply, typing and delivery inside after(), before the promises settle", async () => {
    const playerId = await insertPlayer(t.db, {
      telegramId: FIXTURE_USER.id,
      telegramChatId: FIXTURE_USER.id,
      gameStartedAt: new Date(Date.now() - 86_400_000),
      darkness: 3,
    });
    const update = createUpdateBuilder().text("hey, what are you breaking today?");
    const deferred: (() => Promise<unknown>)[] = [];
    const req = new Request("http://localhost/api/telegram/webhook", {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: JSON.stringify(update),
    });

    const res = await runWithRequestContext(
      { requestId: "after-test-request", waitUntil: (w) => deferred.push(w) },
      () => POST(req, {}),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toBe("after-test-request");
    // Answered before any of her reply went out.
    expect(tg.callsTo("sendMessage")).toHaveLength(0);
    expect(deferred.length).toBeGreaterThan(0);

    // The platform's waitUntil: the instance lives until these settle, and not a moment longer.
    await Promise.all(deferred.map((work) => work()));
    const sent = tg.callsTo("sendMessage").filter((c) => c.params.chat_id === FIXTURE_USER.id);
    const events = await t.db.select().from(scheduledEvents).where(eq(scheduledEvents.playerId, playerId));
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.status === "done")).toBe(true);
    expect(sent.map((c) => c.params.text)).toEqual(events.map((e) => e.payload.text));
    const typing = tg.callsTo("sendChatAction").filter((c) => c.params.chat_id === FIXTURE_USER.id);
    expect(typing.length).toBeGreaterThan(0);
    expect(typing[0]!.time).toBeLessThan(sent[0]!.time);
  }, 60_000);
});
