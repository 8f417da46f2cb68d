// Finishing onboarding starts the game once (double submits race), stores the answers,
// seeds vices from darkness, and queues her first message on the player's channel.
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { messages, players, scheduledEvents, vicePreferences } from "@/db/schema";
import { suiteDatabase } from "@/db/testing/suite-db";
import { testDrivers } from "@/db/testing/test-db";
import { ensurePlayer } from "./ensure-player";
import { finishOnboarding, onboardingAnswersSchema } from "./onboarding";

const USER = "00000000-0000-4000-8000-0000000000aa";
const NOW = new Date("2026-11-21T12:00:00Z");
const ANSWERS = { name: "Alex", isAdultConfirmed: true as const, timezone: "Europe/Berlin", darkness: 3 };

describe.each(testDrivers())("finishOnboarding on %s", (driver) => {
  const t = suiteDatabase(driver);

  beforeEach(async () => t.reset());

  it("starts the game once however many submits race, with her first message queued on the web", async () => {
    const { playerId } = await ensurePlayer(t.db, { authUserId: USER, email: "alex@example.com" });
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        t.db.transaction((tx) =>
          finishOnboarding(tx, { playerId, answers: ANSWERS, platform: "web", now: NOW, seed: i }),
        ),
      ),
    );
    expect(outcomes.filter((o) => o.status === "started")).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === "already_started")).toHaveLength(4);

    const [player] = await t.db.select().from(players).where(eq(players.id, playerId));
    expect(player).toMatchObject({
      status: "active",
      chapter: 1,
      name: "Alex",
      timezone: "Europe/Berlin",
      darkness: 3,
      onboardingStep: null,
    });
    expect(player?.ageConfirmedAt).toEqual(NOW);
    expect(player?.gameStartedAt).toEqual(NOW);

    const events = await t.db.select().from(scheduledEvents).where(eq(scheduledEvents.playerId, playerId));
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.channel === "web" && e.source === "system")).toBe(true);
    const sent = await t.db.select().from(messages).where(eq(messages.playerId, playerId));
    expect(sent.every((m) => m.role === "nikita")).toBe(true);
    expect(sent.map((m) => m.content).join(" ")).toMatch(/alex/i);
    expect(sent.map((m) => m.content).join(" ")).not.toMatch(/score|chapter|points/i);

    const vices = await t.db.select().from(vicePreferences).where(eq(vicePreferences.playerId, playerId));
    expect(vices.length).toBeGreaterThan(0);
  });

  it("queues her first message on Telegram for a Telegram player", async () => {
    const { playerId } = await ensurePlayer(t.db, { authUserId: USER });
    await t.db.transaction((tx) =>
      finishOnboarding(tx, { playerId, answers: ANSWERS, platform: "telegram", now: NOW, seed: 1 }),
    );
    const events = await t.db.select().from(scheduledEvents).where(eq(scheduledEvents.playerId, playerId));
    expect(events.every((e) => e.channel === "telegram")).toBe(true);
  });

  it("refuses an unknown player without writing anything", async () => {
    const outcome = await t.db.transaction((tx) =>
      finishOnboarding(tx, {
        playerId: "00000000-0000-4000-8000-000000000999",
        answers: ANSWERS,
        platform: "web",
        now: NOW,
        seed: 1,
      }),
    );
    expect(outcome).toEqual({ status: "unknown_player" });
    expect(await t.db.select().from(scheduledEvents)).toHaveLength(0);
  });
});

describe("onboarding answers", () => {
  it.each([
    [{ ...ANSWERS, isAdultConfirmed: false }, /adults \(18\+\)/],
    [{ ...ANSWERS, name: "  " }, /what to call you/],
    [{ ...ANSWERS, timezone: "Mars/Olympus" }, /valid time zone/],
    [{ ...ANSWERS, darkness: 9 }, /Darkness goes from 1 to 5/],
    [{ ...ANSWERS, country: "Germany" }, /two-letter country code/],
  ])("rejects %o with a clear message", (answers, message) => {
    const parsed = onboardingAnswersSchema.safeParse(answers);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message).join(" ")).toMatch(message);
  });
});
