// The bot's decisions against a real database (PGlite and, with TEST_DATABASE_URL, PostgreSQL):
// an update is applied once however often it arrives, onboarding walks name → 18+ → place →
// darkness into a started game, a refusal keeps nothing but the refusal, portal link codes bind
// once (and say why not otherwise), and a reset after game over needs the confirming button.
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { messages, pendingTurns, players, scheduledEvents, scoreHistory, telegramUpdates } from "@/db/schema";
import { suiteDatabase } from "@/db/testing/suite-db";
import { testDrivers } from "@/db/testing/test-db";
import { createRng } from "@/lib/engine";
import { ensurePlayer } from "@/lib/services/ensure-player";
import { createLinkCode, LINK_CODE_TTL_MS } from "@/lib/services/link-codes";
import type { Inbound } from "@/lib/telegram/inbound";
import { handleTelegramUpdate } from "./handle-update";
import type { BotReply, HandleContext } from "./outcome";

const NOW = new Date("2026-11-21T12:00:00Z");
const ctx = (now = NOW): HandleContext => ({ now, rng: createRng(7), seed: 7, voiceEnabled: false });
const texts = (replies: BotReply[]) => replies.flatMap((r) => (r.kind === "message" ? [r.text] : []));

let nextUpdate = 1;
function from(userId: number) {
  const base = () => ({ updateId: nextUpdate++, userId, chatId: userId, username: "sam", firstName: "Sam" });
  return {
    text: (text: string): Inbound => ({ ...base(), type: "text", text, messageId: nextUpdate }),
    command: (name: string, args = ""): Inbound => ({
      ...base(),
      type: "command",
      name,
      args,
      messageId: nextUpdate,
    }),
    button: (data: string): Inbound => ({
      ...base(),
      type: "callback",
      data,
      callbackId: `cb${nextUpdate}`,
      messageId: 5,
    }),
  };
}

describe.each(testDrivers())("handleTelegramUpdate on %s", (driver) => {
  const t = suiteDatabase(driver);
  beforeEach(async () => t.reset());

  const run = (inbound: Inbound, now = NOW) => handleTelegramUpdate(t.db, inbound, ctx(now));
  const playerOf = async (telegramId: number) =>
    (await t.db.select().from(players).where(eq(players.telegramId, telegramId)))[0];

  async function onboard(userId: number) {
    const u = from(userId);
    await run(u.command("start"));
    await run(u.text("Sam"));
    await run(u.button("age:yes"));
    await run(u.text("Berlin"));
    return run(u.button("dark:3"));
  }

  it("walks onboarding into a started game with her first message queued on Telegram", async () => {
    const u = from(501);
    expect(texts((await run(u.command("start"))).replies).join()).toMatch(/what should i call you/);
    const adult = await run(u.text("Sam"));
    expect(adult.replies[0]).toMatchObject({
      kind: "message",
      keyboard: { inline_keyboard: expect.any(Array) },
    });
    expect(texts((await run(u.button("age:yes"))).replies).join()).toMatch(/city or a time zone/);
    expect(texts((await run(u.text("Atlantis"))).replies).join()).toMatch(/don't know that place/);
    const place = await run(u.text("new york"));
    expect(texts(place.replies)[0]).toMatch(/America\/New_York/);
    expect(texts((await run(u.text("7"))).replies).join()).toMatch(/1 to 5/);
    const done = await run(u.button("dark:4"));
    expect(done.deliverPlayerId).toBeDefined();

    const player = await playerOf(501);
    expect(player).toMatchObject({
      status: "active",
      name: "Sam",
      timezone: "America/New_York",
      darkness: 4,
    });
    const events = await t.db.select().from(scheduledEvents).where(eq(scheduledEvents.playerId, player!.id));
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.channel === "telegram")).toBe(true);
  });

  it("accepts a repeated update once: one message, one pending turn", async () => {
    await onboard(502);
    const update = from(502).text("so what do you actually do all day?");
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => run(update)));
    expect(outcomes.filter((o) => o.accepted)).toHaveLength(1);
    expect(outcomes.filter((o) => o.processPlayerId)).toHaveLength(1);
    const player = await playerOf(502);
    const stored = await t.db.select().from(messages).where(eq(messages.playerId, player!.id));
    expect(stored.filter((m) => m.role === "player")).toHaveLength(1);
    expect(await t.db.select().from(pendingTurns).where(eq(pendingTurns.playerId, player!.id))).toHaveLength(
      1,
    );
    const [claim] = await t.db
      .select()
      .from(telegramUpdates)
      .where(eq(telegramUpdates.updateId, update.updateId));
    expect(claim?.playerId).toBe(player!.id);
  });

  it("refuses under-18s politely and keeps nothing but the refusal", async () => {
    const u = from(503);
    await run(u.command("start"));
    await run(u.text("Kid"));
    const refusal = await run(u.button("age:no"));
    expect(texts(refusal.replies).join()).toMatch(/only talk to adults/);
    const player = await playerOf(503);
    expect(player).toMatchObject({
      name: null,
      telegramUsername: null,
      onboardingStep: "refused",
      ageConfirmedAt: null,
    });
    expect(player?.status).toBe("onboarding");
    // It sticks: trying again gets the same answer, nothing is stored.
    expect(texts((await run(u.command("start"))).replies).join()).toMatch(/only talk to adults/);
    expect(texts((await run(u.text("i'm 18 now lol"))).replies).join()).toMatch(/only talk to adults/);
    expect(await t.db.select().from(messages).where(eq(messages.playerId, player!.id))).toHaveLength(0);
  });

  it("binds a portal account with a link code once, and says why a code does not work", async () => {
    const { playerId } = await ensurePlayer(t.db, { authUserId: "00000000-0000-4000-8000-0000000000b1" });
    const { code } = await createLinkCode(t.db, { purpose: "telegram_link", playerId, now: NOW });
    const u = from(504);
    await run(u.command("start")); // a half-started chat gives way to the portal account
    const linked = await run(u.command("start", `link_${code}`));
    expect(texts(linked.replies)[0]).toMatch(/linked/);
    const [bound] = await t.db.select().from(players).where(eq(players.id, playerId));
    expect(bound).toMatchObject({ telegramId: 504, telegramChatId: 504 });
    expect(await t.db.select().from(players).where(eq(players.telegramId, 504))).toHaveLength(1);

    const again = await run(from(505).command("start", `link_${code}`));
    expect(texts(again.replies).join()).toMatch(/already used/);
    const { code: old } = await createLinkCode(t.db, { purpose: "telegram_link", playerId, now: NOW });
    const late = new Date(NOW.getTime() + LINK_CODE_TTL_MS + 1);
    expect(texts((await run(from(506).command("start", `link_${old}`), late)).replies).join()).toMatch(
      /expired/,
    );
    expect(texts((await run(from(507).command("start", "link_nonsense"))).replies).join()).toMatch(
      /doesn't work/,
    );
    expect(await playerOf(505)).toBeUndefined();
  });

  it("asks before resetting a finished game and resets only on yes", async () => {
    await onboard(508);
    const player = await playerOf(508);
    await t.db
      .update(players)
      .set({
        status: "game_over",
        chapter: 3,
        relationshipScore: 12,
        gameOverReason: "score_zero",
        endedAt: NOW,
      })
      .where(eq(players.id, player!.id));
    const u = from(508);
    const ask = await run(u.command("start"));
    expect(ask.replies[0]).toMatchObject({
      kind: "message",
      keyboard: { inline_keyboard: expect.any(Array) },
    });
    expect((await playerOf(508))?.status).toBe("game_over");
    expect(texts((await run(u.button("reset:no"))).replies).join()).toMatch(/stays over/);
    expect((await playerOf(508))?.status).toBe("game_over");
    const yes = await run(u.button("reset:yes"));
    expect(texts(yes.replies).join()).toMatch(/clean slate/);
    expect(await playerOf(508)).toMatchObject({ status: "active", chapter: 1, gameOverReason: null });
    const history = await t.db.select().from(scoreHistory).where(eq(scoreHistory.playerId, player!.id));
    expect(history.some((h) => h.kind === "reset")).toBe(true);
    // A stale "yes" on a running game does nothing.
    const stale = await run(u.button("reset:yes"));
    expect(stale.replies[0]).toMatchObject({
      kind: "answer_callback",
      text: expect.stringMatching(/no longer/),
    });
  });
});
