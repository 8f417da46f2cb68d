// The Telegram webhook over real HTTP (`next start`) with the fake Bot API: secrets checked
// before anything else, junk acknowledged without side effects, onboarding in the chat, every
// command, a normal exchange whose reply arrives through delivery, and 100 concurrent copies of
// one update answered once. Runs on the app's own PGlite and, with TEST_DATABASE_URL, on a
// fresh PostgreSQL database whose rows the test also checks.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messages, players } from "@/db/schema";
import { createTestDatabase, type TestDatabase, testDrivers } from "@/db/testing/test-db";
import { type FakeTelegram, startFakeTelegram } from "@/e2e/fakes/telegram";
import { createUpdateBuilder, type Json } from "@/e2e/fakes/telegram-updates";
import { createLinkCode } from "@/lib/services/link-codes";
import { type AppServer, startAppServer } from "../support/app-server";

const SECRET = "test-webhook-secret_123";
const BOT = "NikitaTestBot";

const until = async <T>(read: () => T | undefined | false, ms = 20_000): Promise<T> => {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 100));
  }
};

describe.each(testDrivers())("Telegram webhook over HTTP on %s", (driver) => {
  let tg: FakeTelegram;
  let app: AppServer;
  let t: TestDatabase | undefined;
  let userSeq = 700_000_000;

  beforeAll(async () => {
    tg = await startFakeTelegram();
    t = driver === "postgres" ? await createTestDatabase("postgres") : undefined;
    const dbUrl = t ? new URL(process.env.TEST_DATABASE_URL ?? "") : undefined;
    if (dbUrl && t) dbUrl.pathname = `/${t.name}`;
    app = await startAppServer({
      TELEGRAM_BOT_TOKEN: tg.token,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_BOT_USERNAME: BOT,
      TELEGRAM_API_ROOT: tg.apiRoot,
      REPLY_DELAY_SCALE: "0",
      LOG_LEVEL: "info",
      ...(dbUrl ? { DATABASE_URL: dbUrl.toString() } : {}),
    });
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
    await tg?.close();
    await t?.close();
  });

  const post = (
    body: unknown,
    headers: Record<string, string> = { "x-telegram-bot-api-secret-token": SECRET },
  ) =>
    fetch(`${app.url}/api/telegram/webhook`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  /** A fresh Telegram user with its own update builder. */
  const newUser = () => {
    const id = ++userSeq;
    return { id, u: createUpdateBuilder({ user: { id, first_name: "Sam" }, firstUpdateId: id * 100 }) };
  };
  const textsTo = (chatId: number) => tg.sentMessages(chatId).map((m) => String(m.text));
  /** Posts an update and waits until the chat has received `count` more messages. */
  async function say(chatId: number, update: Json, count = 1): Promise<string[]> {
    const before = textsTo(chatId).length;
    const res = await post(update);
    expect(res.status).toBe(200);
    return until(() => {
      const all = textsTo(chatId);
      return all.length >= before + count && all.slice(before);
    });
  }
  async function onboard() {
    const user = newUser();
    await say(user.id, user.u.start());
    await say(user.id, user.u.text("Sam"));
    await say(user.id, user.u.callbackQuery("age:yes"));
    await say(user.id, user.u.text("Berlin"), 2);
    const first = await say(user.id, user.u.callbackQuery("dark:3"));
    return { ...user, first };
  }

  it("answers 401 to a missing or wrong secret before reading the body", async () => {
    const { u } = newUser();
    const before = tg.calls.length;
    const attempts: Record<string, string>[] = [
      {},
      { "x-telegram-bot-api-secret-token": "wrong" },
      { "x-telegram-bot-api-secret-token": "" },
    ];
    for (const headers of attempts) {
      const res = await post(u.start(), headers);
      expect(res.status).toBe(401);
      expect((await res.json()).error.message).toMatch(/Secret-Token/);
    }
    expect((await post("{not json", {})).status).toBe(401);
    expect(tg.calls.length).toBe(before);
  });

  it("acknowledges malformed bodies and unknown update types with 200 and does nothing", async () => {
    const { id, u } = newUser();
    const before = tg.calls.length;
    expect((await post("{not json")).status).toBe(200);
    expect((await post("")).status).toBe(200);
    expect((await post({ hello: "world" })).status).toBe(200);
    expect((await post(u.editedMessage("edited"))).status).toBe(200);
    expect(
      (
        await post({
          update_id: 42,
          channel_post: { message_id: 1, date: 1, chat: { id: -5, type: "channel" } },
        })
      ).status,
    ).toBe(200);
    expect((await post(u.text("hi from a group", { chatId: -1001234 }))).status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(tg.calls.length).toBe(before);
    expect(textsTo(id)).toHaveLength(0);
    expect(app.logs()).toMatch(/not JSON; acknowledged/);
    expect(app.logs()).toMatch(/update ignored/);
    if (t) expect(await t.db.select().from(players).where(eq(players.telegramId, id))).toHaveLength(0);
  });

  it("onboards in the chat: name, 18+ buttons, place understood, darkness buttons, her first message", async () => {
    const { id, u } = newUser();
    expect((await say(id, u.start()))[0]).toMatch(/what should i call you/);
    const [askAdult] = await say(id, u.text("Sam"));
    expect(askAdult).toMatch(/Sam.*18 or older/);
    const adultCall = tg.callsTo("sendMessage").at(-1);
    expect(JSON.stringify(adultCall?.params.reply_markup)).toContain("age:yes");
    expect((await say(id, u.callbackQuery("age:yes")))[0]).toMatch(/city or a time zone/);
    expect(tg.callsTo("answerCallbackQuery").length).toBeGreaterThan(0);
    const [understood, askDarkness] = await say(id, u.text("Tokyo"), 2);
    expect(understood).toMatch(/Asia\/Tokyo/);
    expect(askDarkness).toMatch(/1 is sweet/);
    expect(JSON.stringify(tg.callsTo("sendMessage").at(-1)?.params.reply_markup)).toContain("dark:5");
    const [first] = await say(id, u.callbackQuery("dark:2"));
    expect(first).toMatch(/sam/i);
    if (t) {
      const [p] = await t.db.select().from(players).where(eq(players.telegramId, id));
      expect(p).toMatchObject({ status: "active", name: "Sam", timezone: "Asia/Tokyo", darkness: 2 });
    }
  });

  it("refuses politely when the player is not 18+", async () => {
    const { id, u } = newUser();
    await say(id, u.start());
    await say(id, u.text("Kim"));
    expect((await say(id, u.callbackQuery("age:no")))[0]).toMatch(/only talk to adults/);
    expect((await say(id, u.text("wait i am 18")))[0]).toMatch(/only talk to adults/);
    if (t) {
      const [p] = await t.db.select().from(players).where(eq(players.telegramId, id));
      expect(p).toMatchObject({ name: null, onboardingStep: "refused" });
    }
  });

  it("reacts in character to photos, stickers and voice notes, never silence", async () => {
    const stranger = newUser();
    const [reaction, askName] = await say(stranger.id, stranger.u.photo(), 2);
    expect(reaction).toMatch(/describe|picture|grey box/);
    expect(askName).toMatch(/what should i call you/);
    const player = await onboard();
    expect((await say(player.id, player.u.sticker()))[0]).toMatch(/sticker/);
    expect((await say(player.id, player.u.voice()))[0]).toMatch(/type it|text me|what did you say/);
    for (const text of textsTo(player.id)) expect(text).not.toMatch(/error|rate limit|429/i);
  });

  it("carries a normal exchange end to end: her reply arrives through delivery", async () => {
    const { id, u } = await onboard();
    const [reply] = await say(id, u.text("hey nikita, what are you working on today?"));
    expect(reply?.length).toBeGreaterThan(0);
    if (t) {
      const [p] = await t.db.select().from(players).where(eq(players.telegramId, id));
      const stored = await t.db
        .select()
        .from(messages)
        .where(and(eq(messages.playerId, p!.id), eq(messages.role, "player")));
      expect(stored.map((m) => m.content)).toEqual(["hey nikita, what are you working on today?"]);
    }
  });

  it("stores and answers 100 concurrent copies of one update exactly once", async () => {
    const { id, u } = await onboard();
    const update = u.text("tell me one thing you hacked this week");
    const before = textsTo(id).length;
    const responses = await Promise.all(Array.from({ length: 100 }, () => post(update)));
    expect(responses.map((r) => r.status)).toEqual(Array(100).fill(200));
    await until(() => textsTo(id).length > before);
    await new Promise((r) => setTimeout(r, 3000)); // room for a second answer, if there were one
    const dropped = app
      .logs()
      .split("\n")
      .filter((l) => l.includes("duplicate update dropped") && l.includes(String(update.update_id)));
    expect(dropped).toHaveLength(99);
    const sentAfter = textsTo(id).length - before;
    if (t) {
      const [p] = await t.db.select().from(players).where(eq(players.telegramId, id));
      const mine = await t.db.select().from(messages).where(eq(messages.playerId, p!.id));
      const stored = mine.filter((m) => m.role === "player");
      expect(stored).toHaveLength(1);
      // Every bubble sent after the update is one of hers written by the one turn it made.
      const hers = mine.filter((m) => m.role === "nikita" && m.id > stored[0]!.id);
      expect(hers).toHaveLength(sentAfter);
    } else {
      expect(sentAfter).toBeGreaterThanOrEqual(1);
    }
  });

  it("/help, /help@bot and unknown commands", async () => {
    const { id, u } = newUser();
    expect((await say(id, u.command("help")))[0]).toMatch(
      /\/status[\s\S]*\/portal[\s\S]*\/call[\s\S]*\/settings[\s\S]*\/stop/,
    );
    expect((await say(id, u.command("help", { botName: true })))[0]).toMatch(/Commands:/);
    expect((await say(id, u.command("dance")))[0]).toMatch(/\/dance\?.*\/help/);
  });

  it("/status gives the chapter and a mood, never a number; /start welcomes back", async () => {
    const { id, u } = await onboard();
    const [status] = await say(id, u.command("status"));
    expect(status).toMatch(/^Chapter 1: Curiosity\n/);
    expect(status?.split("\n")[1]).not.toMatch(/\d/);
    expect((await say(id, u.command("start")))[0]).toMatch(/welcome back, Sam/);
  });

  it("/portal sends a single-use sign-in link on a button", async () => {
    const { id, u } = await onboard();
    const [text] = await say(id, u.command("portal"));
    const markup = JSON.stringify(tg.sentMessages(id).at(-1)?.reply_markup);
    expect(markup).toMatch(/"url":"https?:\/\/\S+\/auth\/telegram\?code=[\w-]+"/);
    expect(text).toMatch(/once/);
    expect(text).toMatch(/10 minutes/);
  });

  it("/call says calls are off on a server without voice", async () => {
    const { id, u } = await onboard();
    expect((await say(id, u.command("call")))[0]).toMatch(/calls aren't a thing/);
  });

  it("/settings shows and changes settings; /stop pauses her texting first", async () => {
    const { id, u } = await onboard();
    const [panel] = await say(id, u.command("settings"));
    expect(panel).toMatch(/Time zone: Europe\/Berlin[\s\S]*She texts first: on[\s\S]*Hard mode: off/);
    expect((await say(id, u.command("settings", { args: "timezone Lisbon" })))[0]).toMatch(/Europe\/Lisbon/);
    const [toggled] = await say(id, u.callbackQuery("set:hard"));
    expect(toggled).toMatch(/Time zone: Europe\/Lisbon[\s\S]*Hard mode: on/);
    expect((await say(id, u.command("stop")))[0]).toMatch(/won't text first/);
    expect((await say(id, u.command("settings")))[0]).toMatch(/She texts first: off/);
    const [back, resumed] = await say(id, u.command("start"), 2);
    expect(back).toMatch(/welcome back/);
    expect(resumed).toMatch(/text you first again/);
    if (t) {
      const [p] = await t.db.select().from(players).where(eq(players.telegramId, id));
      expect(p).toMatchObject({ timezone: "Europe/Lisbon", hardMode: true, notificationsEnabled: true });
    }
  });

  it("/start with a wrong link code says so", async () => {
    const { id, u } = newUser();
    expect((await say(id, u.start("link_not-a-real-code-at-all-0000000")))[0]).toMatch(/doesn't work/);
  });

  it.runIf(driver === "postgres")("/start link_<code> binds the portal account once", async () => {
    const db = t!.db;
    const [portal] = await db
      .insert(players)
      .values({ authUserId: "00000000-0000-4000-8000-00000000c0de", status: "onboarding" })
      .returning({ id: players.id });
    const { code } = await createLinkCode(db, {
      purpose: "telegram_link",
      playerId: portal!.id,
      now: new Date(),
    });
    const { id, u } = newUser();
    const [ok, askName] = await say(id, u.start(`link_${code}`), 2);
    expect(ok).toMatch(/linked/);
    expect(askName).toMatch(/what should i call you/);
    const [bound] = await db.select().from(players).where(eq(players.id, portal!.id));
    expect(bound?.telegramId).toBe(id);
    const other = newUser();
    expect((await say(other.id, other.u.start(`link_${code}`)))[0]).toMatch(/already used/);
  });
});

describe("Telegram webhook when things are missing", () => {
  let off: AppServer;
  let down: AppServer;
  let tg: FakeTelegram;
  beforeAll(async () => {
    tg = await startFakeTelegram();
    [off, down] = await Promise.all([
      startAppServer(),
      startAppServer({
        TELEGRAM_BOT_TOKEN: tg.token,
        TELEGRAM_WEBHOOK_SECRET: SECRET,
        TELEGRAM_BOT_USERNAME: BOT,
        TELEGRAM_API_ROOT: tg.apiRoot,
        DATABASE_URL: "postgres://postgres@127.0.0.1:1/nikita",
      }),
    ]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([off?.stop(), down?.stop()]);
    await tg?.close();
  });

  it("answers 404 with a clear message when the bot is off", async () => {
    const res = await fetch(`${off.url}/api/telegram/webhook`, { method: "POST", body: "{}" });
    expect(res.status).toBe(404);
    expect((await res.json()).error.message).toMatch(/TELEGRAM_BOT_TOKEN/);
  });

  it("answers 5xx when the database is down, so Telegram retries", async () => {
    const update = createUpdateBuilder().text("hello?");
    const res = await fetch(`${down.url}/api/telegram/webhook`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: JSON.stringify(update),
    });
    expect(res.status).toBeGreaterThanOrEqual(500);
    expect(JSON.stringify(await res.json())).not.toMatch(/ECONNREFUSED|stack/i);
    expect(tg.callsTo("sendMessage")).toHaveLength(0);
  });
});
