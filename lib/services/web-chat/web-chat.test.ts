// The browser chat on every test driver: a message typed on the web enters the shared
// pipeline on the web channel; the feed shows only bubbles she has "sent" (due), says she is
// typing while a reply delay runs, keeps Telegram and other players out, and works under RLS.

import { beforeEach, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { openConversation } from "@/db/queries/conversations";
import { scheduleOutbound } from "@/db/queries/outbound";
import { suiteDatabase } from "@/db/testing/suite-db";
import { testDrivers } from "@/db/testing/test-db";
import { withPlayerOn } from "@/db/with-player";
import { createOfflineModel } from "@/lib/agents/offline-model";
import { AppError } from "@/lib/errors";
import { processPlayerTurns } from "@/lib/services/conversation/process-turn";
import { ensurePlayer } from "@/lib/services/ensure-player";
import { finishOnboarding } from "@/lib/services/onboarding";
import { loadChatFeed } from "./chat-feed";
import { sendWebMessage, WEB_MESSAGE_MAX_CHARS } from "./send-web-message";

const USER = "00000000-0000-4000-8000-0000000000c1";
const OTHER = "00000000-0000-4000-8000-0000000000c2";
const T0 = new Date("2026-11-21T12:00:00Z");
const ANSWERS = { name: "Sam", isAdultConfirmed: true as const, timezone: "Europe/Berlin", darkness: 2 };
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

describe.each(testDrivers())("web chat on %s", (driver) => {
  const t = suiteDatabase(driver);

  beforeEach(async () => t.reset());

  async function startedPlayer(authUserId = USER) {
    const { playerId } = await ensurePlayer(t.db, {
      authUserId,
      email: `${authUserId.slice(-2)}@example.com`,
    });
    await t.db.transaction((tx) =>
      finishOnboarding(tx, { playerId, answers: ANSWERS, platform: "web", now: T0, seed: 1 }),
    );
    return playerId;
  }

  it("refuses a player who has not finished onboarding, and bad messages, with clear reasons", async () => {
    const { playerId } = await ensurePlayer(t.db, { authUserId: USER });
    await expect(
      sendWebMessage(t.db, {
        player: { id: playerId, status: "onboarding" },
        input: { content: "hi" },
        now: T0,
      }),
    ).rejects.toMatchObject({ code: "conflict:onboarding" });

    const id = await startedPlayer(OTHER);
    const player = { id, status: "active" as const };
    await expect(sendWebMessage(t.db, { player, input: { content: "   " }, now: T0 })).rejects.toThrow(
      /Write something first/,
    );
    const tooLong = "x".repeat(WEB_MESSAGE_MAX_CHARS + 1);
    await expect(
      sendWebMessage(t.db, { player, input: { content: tooLong }, now: T0 }),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(sendWebMessage(t.db, { player, input: "hi", now: T0 })).rejects.toBeInstanceOf(ZodError);
    expect(
      (await loadChatFeed(t.db, { playerId: id, now: at(5) })).bubbles.every((b) => b.role === "nikita"),
    ).toBe(true);
    expect(new AppError("conflict:onboarding", "x").status).toBe(409);
  });

  it("shows her welcome, then the player's message, then her reply once it is due", async () => {
    const playerId = await startedPlayer();
    const welcome = await loadChatFeed(t.db, { playerId, now: at(60) });
    expect(welcome.bubbles.length).toBeGreaterThan(0);
    expect(welcome.bubbles.every((b) => b.role === "nikita")).toBe(true);
    expect(welcome.bubbles.map((b) => b.content).join(" ")).toMatch(/sam/i);

    const sent = await sendWebMessage(t.db, {
      player: { id: playerId, status: "active" },
      input: { content: "  I just broke into my own router, feeling smug  " },
      now: at(120),
    });
    const afterSend = await loadChatFeed(t.db, { playerId, now: at(120) });
    expect(afterSend.bubbles.at(-1)).toMatchObject({
      id: sent.messageId,
      role: "player",
      content: "I just broke into my own router, feeling smug",
    });
    expect(afterSend.awaitingReply).toBe(true);

    await processPlayerTurns(
      {
        db: t.db,
        model: createOfflineModel(),
        memory: { recall: async () => [], remember: async () => {} },
        now: () => at(121),
        seed: () => 3,
        delayScale: 0,
      },
      playerId,
    );
    const later = await loadChatFeed(t.db, { playerId, now: at(600) });
    expect(later.awaitingReply).toBe(false);
    expect(later.bubbles.at(-1)?.role).toBe("nikita");
    expect(later.bubbles.findIndex((b) => b.id === sent.messageId)).toBeLessThan(later.bubbles.length - 1);
  });

  it("hides a bubble until it is due and says she is typing while the delay runs", async () => {
    const playerId = await startedPlayer();
    const conversationId = await openConversation(t.db, { playerId, platform: "web", now: at(100) });
    await scheduleOutbound(t.db, {
      playerId,
      conversationId,
      channel: "web",
      source: "reply",
      bubbles: [{ text: "took you long enough", dueAt: at(400), typingFrom: at(100) }],
      dedupeKey: "test:delayed",
    });
    const before = await loadChatFeed(t.db, { playerId, now: at(50) });
    expect(before.typing).toBe(false);
    const during = await loadChatFeed(t.db, { playerId, now: at(200) });
    expect(during.typing).toBe(true);
    expect(during.bubbles.map((b) => b.content)).not.toContain("took you long enough");
    const after = await loadChatFeed(t.db, { playerId, now: at(401) });
    expect(after.typing).toBe(false);
    expect(after.bubbles.at(-1)?.content).toBe("took you long enough");
  });

  it("keeps Telegram messages and other players out, also under row-level security", async () => {
    const playerId = await startedPlayer();
    const otherId = await startedPlayer(OTHER);
    const telegramConversation = await openConversation(t.db, {
      playerId,
      platform: "telegram",
      now: at(10),
    });
    await scheduleOutbound(t.db, {
      playerId,
      conversationId: telegramConversation,
      channel: "telegram",
      source: "reply",
      bubbles: [{ text: "telegram only", dueAt: at(10) }],
      dedupeKey: "test:tg",
    });
    await sendWebMessage(t.db, {
      player: { id: otherId, status: "active" },
      input: { content: "other" },
      now: at(20),
    });

    const mine = await withPlayerOn(t.db, USER, (tx) => loadChatFeed(tx, { playerId, now: at(60) }));
    const contents = mine.bubbles.map((b) => b.content);
    expect(contents.length).toBeGreaterThan(0);
    expect(contents).not.toContain("telegram only");
    expect(contents).not.toContain("other");

    const snooping = await withPlayerOn(t.db, OTHER, (tx) => loadChatFeed(tx, { playerId, now: at(60) }));
    expect(snooping.bubbles).toEqual([]);
  });
});
