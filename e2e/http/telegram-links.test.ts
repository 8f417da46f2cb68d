// Telegram account flows over real HTTP (`next start`, fake Bot API) that black-box runs found
// wrong (issue 24): relinking an already linked account, /portal as an inline URL button, the
// reset offer after game over sent as written (not a guard fallback), and the landing page's
// t.me link rendered from the runtime TELEGRAM_BOT_USERNAME of a build made without it.
// The flows that set up rows run on PostgreSQL (TEST_DATABASE_URL); the rest on PGlite too.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { players } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-db";
import { type FakeTelegram, startFakeTelegram } from "@/e2e/fakes/telegram";
import { createUpdateBuilder, type Json } from "@/e2e/fakes/telegram-updates";
import { consumeLinkCode, createLinkCode } from "@/lib/services/link-codes";
import { commandText } from "@/lib/telegram/copy";
import { type AppServer, startAppServer } from "../support/app-server";

const SECRET = "test-webhook-secret_links";
const BOT = "NikitaLinksBot";
const hasPostgres = Boolean(process.env.TEST_DATABASE_URL);

const until = async <T>(read: () => T | undefined | false, ms = 20_000): Promise<T> => {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 100));
  }
};

describe("Telegram links and resets over HTTP", () => {
  let tg: FakeTelegram;
  let app: AppServer;
  let t: TestDatabase | undefined;
  let userSeq = 710_000_000;

  beforeAll(async () => {
    tg = await startFakeTelegram();
    t = hasPostgres ? await createTestDatabase("postgres") : undefined;
    const dbUrl = t ? new URL(process.env.TEST_DATABASE_URL ?? "") : undefined;
    if (dbUrl && t) dbUrl.pathname = `/${t.name}`;
    app = await startAppServer({
      TELEGRAM_BOT_TOKEN: tg.token,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_BOT_USERNAME: BOT,
      TELEGRAM_API_ROOT: tg.apiRoot,
      REPLY_DELAY_SCALE: "0",
      ...(dbUrl ? { DATABASE_URL: dbUrl.toString() } : {}),
    });
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
    await tg?.close();
    await t?.close();
  });

  const post = (body: unknown) =>
    fetch(`${app.url}/api/telegram/webhook`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: JSON.stringify(body),
    });
  const newUser = () => {
    const id = ++userSeq;
    return { id, u: createUpdateBuilder({ user: { id, first_name: "Sam" }, firstUpdateId: id * 100 }) };
  };
  /** Posts an update and returns the `count` messages the chat receives next (text and markup). */
  async function say(chatId: number, update: Json, count = 1): Promise<Json[]> {
    const before = tg.sentMessages(chatId).length;
    expect((await post(update)).status).toBe(200);
    return until(() => {
      const all = tg.sentMessages(chatId);
      return all.length >= before + count && all.slice(before);
    });
  }
  const text = (m: Json | undefined) => String(m?.text ?? "");
  const buttons = (m: Json | undefined) =>
    ((m?.reply_markup as { inline_keyboard?: Json[][] } | undefined)?.inline_keyboard ?? []).flat();
  async function onboard() {
    const user = newUser();
    await say(user.id, user.u.start());
    await say(user.id, user.u.text("Sam"));
    await say(user.id, user.u.callbackQuery("age:yes"));
    await say(user.id, user.u.text("Berlin"), 2);
    await say(user.id, user.u.callbackQuery("dark:3"));
    return user;
  }

  it("links to the bot from the landing page, read at request time from the running server", async () => {
    const res = await fetch(`${app.url}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(`https://t.me/${BOT}`);
  });

  it("/portal answers with a one-time sign-in link on an inline URL button, without the player id", async () => {
    const { id, u } = await onboard();
    const [reply] = await say(id, u.command("portal"));
    expect(text(reply)).toMatch(/once/);
    expect(text(reply)).not.toMatch(/https?:\/\//);
    const [button] = buttons(reply);
    const url = new URL(String(button?.url));
    expect(url.pathname).toBe("/auth/telegram");
    expect([...url.searchParams.keys()]).toEqual(["code"]);
    if (t) {
      // A real one-time code for this player: the first use works, a second does not.
      const [p] = await t.db.select().from(players).where(eq(players.telegramId, id));
      expect(String(button?.url)).not.toContain(p!.id);
      const code = url.searchParams.get("code")!;
      const first = await consumeLinkCode(t.db, { code, purpose: "portal_login", now: new Date() });
      expect(first).toMatchObject({ status: "ok", link: { playerId: p!.id } });
      const again = await consumeLinkCode(t.db, { code, purpose: "portal_login", now: new Date() });
      expect(again.status).toBe("used");
    }
  });

  it.runIf(hasPostgres)(
    "a fresh code of the player this chat already is: already linked, nothing to do",
    async () => {
      const { id, u } = await onboard();
      const [me] = await t!.db.select().from(players).where(eq(players.telegramId, id));
      const mine = await createLinkCode(t!.db, {
        purpose: "telegram_link",
        playerId: me!.id,
        now: new Date(),
      });
      const [same] = await say(id, u.start(`link_${mine.code}`));
      expect(text(same)).toBe(commandText.linkSame);
      // Another player's code is still refused, and stays usable for that player.
      const [other] = await t!.db
        .insert(players)
        .values({ authUserId: "00000000-0000-4000-8000-00000000d00d", status: "onboarding" })
        .returning({ id: players.id });
      const theirs = await createLinkCode(t!.db, {
        purpose: "telegram_link",
        playerId: other!.id,
        now: new Date(),
      });
      const [refused] = await say(id, u.start(`link_${theirs.code}`));
      expect(text(refused)).toBe(commandText.linkTaken);
      const stranger = newUser();
      const [linked] = await say(stranger.id, stranger.u.start(`link_${theirs.code}`), 2);
      expect(text(linked)).toMatch(/linked/);
      const [unchanged] = await t!.db.select().from(players).where(eq(players.id, me!.id));
      expect(unchanged?.telegramId).toBe(id);
    },
  );

  it.runIf(hasPostgres)(
    "after game over, /start asks to start over as written, under Yes/No buttons",
    async () => {
      const { id, u } = await onboard();
      await t!.db
        .update(players)
        .set({ status: "game_over", gameOverReason: "score_zero", endedAt: new Date() })
        .where(eq(players.telegramId, id));
      const [ask] = await say(id, u.command("start"));
      expect(text(ask)).toBe(commandText.resetAsk);
      expect(buttons(ask).map((b) => b.callback_data)).toEqual(["reset:yes", "reset:no"]);
      const [done] = await say(id, u.callbackQuery("reset:yes"));
      expect(text(done)).toBe(commandText.resetDone);
      const [p] = await t!.db.select().from(players).where(eq(players.telegramId, id));
      expect(p).toMatchObject({ status: "active", chapter: 1 });
    },
  );
});
