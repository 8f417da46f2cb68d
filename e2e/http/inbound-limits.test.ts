// Inputs that used to crash a route, over real HTTP (`next start`), on PGlite and (with
// TEST_DATABASE_URL) PostgreSQL: a Telegram text with a NUL byte or other control characters,
// and one of 5,000 (and 20,000) characters, are answered 200, stored (cleaned; whole, or in
// parts in order) and answered — never a 503 that Telegram would redeliver forever; voice
// post-calls with absurd times are a 400 with the field named; two post-calls of one player
// at the same time are both stored (they used to deadlock on PostgreSQL); a voice tool call with
// a valid token of a deleted player is a 404; a cross-origin POST to a server action is a 403
// and changes nothing. The rows are checked in the database after the server stops.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { conversations, messages, players } from "@/db/schema";
import { createTestDatabase, type TestDatabase, testDrivers } from "@/db/testing/test-db";
import { buildPostCallTranscription, sendElevenLabsWebhook, transcriptTurn } from "@/e2e/fakes";
import { type FakeTelegram, startFakeTelegram } from "@/e2e/fakes/telegram";
import { createUpdateBuilder, type Json } from "@/e2e/fakes/telegram-updates";
import { hiddenFormFields } from "@/e2e/support/html-forms";
import { SESSION_COOKIE_NAME } from "@/lib/auth/session-cookie";
import { issueSessionToken } from "@/lib/auth/session-token";
import { VOICE_CONFIG } from "@/lib/voice/config";
import { seedVoicePlayer } from "@/lib/voice/testing";
import { issueVoiceToken } from "@/lib/voice/token";
import { type AppServer, startAppServer } from "../support/app-server";

const TG = { secret: "limits-webhook-secret_123", bot: "NikitaLimitsBot" };
const VOICE = {
  apiKey: "xi-limits-key",
  agentId: "agent_limits",
  webhook: "wsec_limits_webhook_secret_01",
  tool: "tool-secret-limits-0001",
  token: "voice-token-secret-limits-0001",
};
const AUTH_SECRET = "auth-secret-for-limit-tests-0123456789abcdef";
const WEB_USER = {
  id: "00000000-0000-4000-8000-0000000000e1",
  email: "csrf@example.com",
  appMetadata: {},
  userMetadata: {},
};

const until = async <T>(read: () => T | undefined | false, ms = 20_000): Promise<T> => {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 100));
  }
};

type Seeded = { huge: string; pair: string; gone: string };

async function seed(db: Db, now: Date): Promise<Seeded> {
  const ids = {
    huge: await seedVoicePlayer(db, { now, name: "Huge" }),
    pair: await seedVoicePlayer(db, { now, name: "Pair" }),
    gone: await seedVoicePlayer(db, { now, name: "Gone" }),
  };
  // Deleted after its token was issued (tokens are stateless): the account is gone mid-call.
  await db.delete(players).where(eq(players.id, ids.gone));
  return ids;
}

describe.each(testDrivers())("inbound limits over HTTP on %s", (driver) => {
  let tg: FakeTelegram;
  let app: AppServer;
  let t: TestDatabase | undefined;
  let dataDir: string;
  let ids: Seeded;
  const now = new Date();
  let userSeq = 810_000_000;
  const tgUsers: Record<string, number> = {};

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "nikita-limits-"));
    tg = await startFakeTelegram();
    const env: Record<string, string> = {};
    if (driver === "postgres") {
      t = await createTestDatabase("postgres");
      ids = await seed(t.db, now);
      const url = new URL(process.env.TEST_DATABASE_URL ?? "");
      url.pathname = `/${t.name}`;
      env.DATABASE_URL = url.toString();
    } else {
      const handle = await openDatabase({ pgliteDir: path.join(dataDir, "pglite") });
      await migrateDatabase(handle);
      ids = await seed(handle.db, now);
      await handle.close();
      env.PGLITE_DIR = path.join(dataDir, "pglite");
    }
    app = await startAppServer({
      ...env,
      AUTH_SECRET,
      REPLY_DELAY_SCALE: "0",
      TELEGRAM_BOT_TOKEN: tg.token,
      TELEGRAM_WEBHOOK_SECRET: TG.secret,
      TELEGRAM_BOT_USERNAME: TG.bot,
      TELEGRAM_API_ROOT: tg.apiRoot,
      ELEVENLABS_API_KEY: VOICE.apiKey,
      ELEVENLABS_AGENT_ID: VOICE.agentId,
      ELEVENLABS_WEBHOOK_SECRET: VOICE.webhook,
      ELEVENLABS_TOOL_SECRET: VOICE.tool,
      VOICE_TOKEN_SECRET: VOICE.token,
      ELEVENLABS_API_BASE: "http://127.0.0.1:9",
    });
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
    await tg?.close();
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Reads the database: the test database on PostgreSQL, the app's PGlite once it stopped. */
  async function withDb<T>(read: (db: Db) => Promise<T>): Promise<T> {
    if (t) return read(t.db);
    await app.stop();
    const handle = await openDatabase({ pgliteDir: path.join(dataDir, "pglite") });
    try {
      return await read(handle.db);
    } finally {
      await handle.close();
    }
  }

  describe("Telegram", () => {
    const post = (body: unknown) =>
      fetch(`${app.url}/api/telegram/webhook`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": TG.secret },
        body: JSON.stringify(body),
      });
    const textsTo = (chatId: number) => tg.sentMessages(chatId).map((m) => String(m.text));
    async function say(chatId: number, update: Json, count = 1): Promise<string[]> {
      const before = textsTo(chatId).length;
      const res = await post(update);
      expect(res.status).toBe(200);
      return until(() => {
        const all = textsTo(chatId);
        return all.length >= before + count && all.slice(before);
      });
    }
    /** Waits until no new message reached the chat for a while (her first message may be several bubbles). */
    async function settled(chatId: number): Promise<number> {
      let count = -1;
      for (;;) {
        const now = textsTo(chatId).length;
        if (now === count) return now;
        count = now;
        await new Promise((r) => setTimeout(r, 700));
      }
    }
    async function onboarded(label: string, name = "Sam") {
      const id = ++userSeq;
      tgUsers[label] = id;
      const u = createUpdateBuilder({ user: { id, first_name: "Sam" }, firstUpdateId: id * 100 });
      await say(id, u.start());
      await say(id, u.text(name));
      await say(id, u.callbackQuery("age:yes"));
      await say(id, u.text("Berlin"), 2);
      await say(id, u.callbackQuery("dark:3"));
      await settled(id);
      return { id, u };
    }

    it("strips a NUL byte and other control characters: 200, stored, answered", async () => {
      const { id, u } = await onboarded("nul", "Ro\u0000bin\u0007");
      const update = u.text("hey\u0000 you\u001b, still\u0008 up?");
      const answer = await say(id, update);
      expect(answer.join(" ").length).toBeGreaterThan(0);
      // A redelivery of the same update is a duplicate, not a new failure.
      expect((await post(update)).status).toBe(200);
    });

    it("takes a 5,000-character text: 200, stored whole, answered", async () => {
      const { id, u } = await onboarded("long5k");
      const long = `${"i have a lot to say about my week. ".repeat(142)}the end`;
      expect(long.length).toBeGreaterThan(5000 - 100);
      const replies = await say(id, u.text(long.padEnd(5000, "!")));
      expect(replies.length).toBeGreaterThan(0);
    });

    it("splits a 20,000-character text into parts in order instead of refusing it", async () => {
      const { u } = await onboarded("long20k");
      const res = await post(u.text(`${"0123456789 ".repeat(1819)}fin`));
      expect(res.status).toBe(200);
    });
  });

  describe("voice", () => {
    const postCall = (payload: Json) =>
      sendElevenLabsWebhook(`${app.url}/api/voice/post-call`, JSON.stringify(payload), {
        secret: VOICE.webhook,
      });

    it("answers 400 naming the field for absurd call times, and stores nothing", async () => {
      const start = Math.floor(Date.now() / 1000) - 300;
      const huge = await postCall(
        buildPostCallTranscription({
          userId: ids.huge,
          conversationId: "conv_huge_time",
          startTimeUnixSecs: start,
          callDurationSecs: 60,
          transcript: [transcriptTurn("user", "hi there", 1e15)],
        }),
      );
      expect(huge.status).toBe(400);
      expect(JSON.stringify(await huge.json())).toMatch(/time_in_call_secs/);
      const farStart = await postCall(
        buildPostCallTranscription({
          userId: ids.huge,
          conversationId: "conv_huge_start",
          startTimeUnixSecs: 1e14,
        }),
      );
      expect(farStart.status).toBe(400);
      expect(JSON.stringify(await farStart.json())).toMatch(/start_time_unix_secs/);
    });

    it("keeps a line said after the call's end inside the call", async () => {
      const start = Math.floor(Date.now() / 1000) - 300;
      const res = await postCall(
        buildPostCallTranscription({
          userId: ids.huge,
          conversationId: "conv_late_line",
          startTimeUnixSecs: start,
          callDurationSecs: 60,
          transcript: [transcriptTurn("user", "one more thing", 3_000)],
        }),
      );
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: "stored" });
    });

    it("stores two post-calls of one player that arrive together (no deadlock)", async () => {
      const start = Math.floor(Date.now() / 1000) - 600;
      const calls = Array.from({ length: 6 }, (_, i) =>
        buildPostCallTranscription({
          userId: ids.pair,
          conversationId: `conv_pair_${i}`,
          startTimeUnixSecs: start + i * 60,
          callDurationSecs: 30,
          transcript: [
            transcriptTurn("agent", "hey you", 0),
            transcriptTurn("user", `call number ${i}, i missed you today`, 2),
          ],
        }),
      );
      const answers = await Promise.all(calls.map(postCall));
      expect(answers.map((r) => r.status)).toEqual(calls.map(() => 200));
      const bodies = await Promise.all(answers.map((r) => r.json()));
      expect(bodies.every((b) => b.status === "stored")).toBe(true);
    });

    it("answers 404 to a tool call whose token belongs to a deleted player", async () => {
      const token = issueVoiceToken({ playerId: ids.gone, now: new Date(), secret: VOICE.token }).token;
      const facts = [{ subject: "he", predicate: "likes", object: "jazz", about: "user" }];
      for (const name of ["update_memory", "get_memory", "score_turn"]) {
        const body =
          name === "update_memory"
            ? { facts }
            : name === "get_memory"
              ? { query: "jazz" }
              : { player_text: "hi" };
        const res = await fetch(`${app.url}/api/voice/tools/${name}`, {
          method: "POST",
          headers: { "content-type": "application/json", [VOICE_CONFIG.secretHeader]: VOICE.tool },
          body: JSON.stringify({ voice_token: token, ...body }),
        });
        expect(res.status, name).toBe(404);
        expect((await res.json()).error.message).toMatch(/no longer exists/);
      }
    });
  });

  describe("server actions", () => {
    it("refuses a cross-origin POST to a server action with 403 and changes nothing", async () => {
      const { token } = await issueSessionToken({
        user: WEB_USER,
        method: "otp",
        secret: AUTH_SECRET,
        now: new Date(),
      });
      const cookie = `${SESSION_COOKIE_NAME}=${token}`;
      const page = await fetch(`${app.url}/onboarding`, { headers: { cookie }, redirect: "manual" });
      expect(page.status).toBe(200);
      const hidden = hiddenFormFields(await page.text(), "darkness");
      const form = () => {
        const f = new FormData();
        for (const [k, v] of hidden) f.append(k, v);
        f.append("name", "Eve");
        f.append("isAdultConfirmed", "on");
        f.append("timezone", "Europe/Berlin");
        f.append("darkness", "3");
        return f;
      };
      const actionId = hidden.find(([k]) => k.startsWith("$ACTION_ID_"))?.[0].slice("$ACTION_ID_".length);
      for (const origin of ["https://evil.example", "null"]) {
        const mpa = await fetch(`${app.url}/onboarding`, {
          method: "POST",
          headers: { cookie, origin },
          body: form(),
          redirect: "manual",
        });
        expect(mpa.status, origin).toBe(403);
        expect((await mpa.json()).error.code).toBe("forbidden:origin");
        const fetchAction = await fetch(`${app.url}/onboarding`, {
          method: "POST",
          headers: { cookie, origin, "next-action": actionId ?? "0".repeat(42), accept: "text/x-component" },
          body: form(),
          redirect: "manual",
        });
        expect(fetchAction.status, origin).toBe(403);
      }
      // Still onboarding: the page still asks the questions.
      const again = await fetch(`${app.url}/onboarding`, { headers: { cookie }, redirect: "manual" });
      expect(again.status).toBe(200);
    });
  });

  it("afterwards the database holds the cleaned, whole and split texts and every call", async () => {
    await withDb(async (db) => {
      const playerOf = async (label: string) =>
        (await db.select().from(players).where(eq(players.telegramId, tgUsers[label]!)))[0]!;
      const playerTexts = async (label: string) =>
        (
          await db
            .select({ content: messages.content })
            .from(messages)
            .where(and(eq(messages.playerId, (await playerOf(label)).id), eq(messages.role, "player")))
            .orderBy(asc(messages.id))
        ).map((m) => m.content);

      expect((await playerOf("nul")).name).toBe("Robin");
      expect(await playerTexts("nul")).toContain("hey you, still up?");
      const fiveK = await playerTexts("long5k");
      expect(fiveK.map((c) => c.length)).toContain(5000);
      const parts = await playerTexts("long20k");
      // Cut at a space (each stored part is trimmed), nothing lost, in order.
      const sent = `${"0123456789 ".repeat(1819)}fin`;
      expect(parts.length).toBe(2);
      expect(parts.join(" ") === sent, "the parts, joined, are the text sent").toBe(true);

      const pairCalls = await db
        .select()
        .from(conversations)
        .where(and(eq(conversations.playerId, ids.pair), eq(conversations.platform, "voice")));
      expect(pairCalls).toHaveLength(6);
      const huge = await db
        .select({ externalId: conversations.externalId })
        .from(conversations)
        .where(eq(conversations.playerId, ids.huge));
      expect(huge.map((c) => c.externalId)).toEqual(["conv_late_line"]);
      const [csrf] = await db.select().from(players).where(eq(players.authUserId, WEB_USER.id));
      expect(csrf?.status ?? "onboarding").toBe("onboarding");
      expect(csrf?.name ?? null).not.toBe("Eve");
    });
  });
});
