// A finished call on a real database: the transcript is stored as a `voice` conversation,
// scored once (history `voice_call`), its facts remembered; the same conversation id twice
// is stored and scored once (also when both deliveries race); unknown players and other event
// types change nothing; a call that lifts him over the threshold starts the boss fight and
// queues her opening text.
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { conversations, memoryFacts, messages, players, scheduledEvents, scoreHistory } from "@/db/schema";
import { suiteDatabase } from "@/db/testing/suite-db";
import { testDrivers } from "@/db/testing/test-db";
import {
  buildCallInitiationFailure,
  buildPostCallTranscription,
  transcriptTurn,
} from "@/e2e/fakes/elevenlabs-signing";
import type { ConversationModel } from "@/lib/agents/model";
import { createOfflineModel } from "@/lib/agents/offline-model";
import { CHAPTER_RULES, NEUTRAL_ANALYSIS } from "@/lib/engine";
import { seedVoicePlayer, voiceTestDeps } from "@/lib/voice/testing";
import { handlePostCall } from "./post-call";

const NOW = new Date("2026-11-21T12:10:00Z");
const START = Math.floor(NOW.getTime() / 1000) - 300;

function warmModel(deltas: number): ConversationModel {
  const base = createOfflineModel();
  return {
    ...base,
    mode: "offline",
    reply: base.reply,
    judge: base.judge,
    bossLine: base.bossLine,
    analyze: async () => ({
      ...NEUTRAL_ANALYSIS,
      deltas: { intimacy: deltas, passion: deltas, trust: deltas, secureness: deltas },
      facts: [
        { subject: "user", predicate: "has sister in", object: "Hamburg", about: "user", confidence: 0.9 },
      ],
      confidence: 0.9,
      explanation: "He shared good news and asked about her day.",
    }),
  };
}

const call = (playerId: string, conversationId = "conv_voice_test_1") =>
  buildPostCallTranscription({
    userId: playerId,
    conversationId,
    startTimeUnixSecs: START,
    callDurationSecs: 120,
    transcript: [
      transcriptTurn("agent", "huh. you actually called.", 0),
      transcriptTurn("user", "I wanted to tell you my sister got the design job in Hamburg.", 4),
      transcriptTurn("agent", null, 6),
      transcriptTurn("agent", "okay, that's actually great. tell her I'm impressed.", 7),
      transcriptTurn("user", "I will. How was the pentest today?", 12),
    ],
  });

describe.each(testDrivers())("post-call on %s", (driver) => {
  const t = suiteDatabase(driver);
  beforeEach(async () => t.reset());

  it("stores the transcript as a voice conversation and scores it once as voice_call", async () => {
    const playerId = await seedVoicePlayer(t.db, { now: NOW, chapter: 2, score: 50 });
    const deps = voiceTestDeps(t.db, warmModel(2));
    const outcome = await handlePostCall(deps, call(playerId), NOW);
    expect(outcome).toMatchObject({ status: "stored", scored: true });

    const [conv] = await t.db.select().from(conversations).where(eq(conversations.playerId, playerId));
    expect(conv).toMatchObject({ platform: "voice", externalId: "conv_voice_test_1", messageCount: 4 });
    expect(conv?.closedAt).toEqual(new Date((START + 120) * 1000));
    const lines = await t.db.select().from(messages).where(eq(messages.conversationId, conv!.id));
    expect(lines.map((l) => [l.role, l.kind])).toEqual([
      ["nikita", "voice"],
      ["player", "voice"],
      ["nikita", "voice"],
      ["player", "voice"],
    ]);
    expect(lines[1]?.createdAt).toEqual(new Date((START + 4) * 1000));

    const history = await t.db.select().from(scoreHistory).where(eq(scoreHistory.playerId, playerId));
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ kind: "voice_call", conversationId: conv!.id, scoreBefore: 50 });
    // +2 per metric, chapter 2 cap 2.5, CALIBRATING multiplier 0.9 → +1.8 composite.
    expect(history[0]!.scoreAfter).toBeCloseTo(51.8, 2);
    const [player] = await t.db.select().from(players).where(eq(players.id, playerId));
    expect(player!.relationshipScore).toBeCloseTo(51.8, 2);
    expect(player!.lastPlayerMessageAt).toEqual(new Date((START + 120) * 1000));

    const facts = await t.db.select().from(memoryFacts).where(eq(memoryFacts.playerId, playerId));
    expect(facts.map((f) => f.object)).toContain("Hamburg");
  });

  it("stores and scores a redelivered call once, even when both deliveries race", async () => {
    const playerId = await seedVoicePlayer(t.db, { now: NOW, chapter: 2, score: 50 });
    const deps = voiceTestDeps(t.db, warmModel(2));
    const outcomes = await Promise.all([
      handlePostCall(deps, call(playerId), NOW),
      handlePostCall(deps, call(playerId), NOW),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["duplicate", "stored"]);
    expect(await handlePostCall(deps, call(playerId), NOW)).toMatchObject({ status: "duplicate" });
    expect(await t.db.select().from(conversations).where(eq(conversations.playerId, playerId))).toHaveLength(
      1,
    );
    expect(await t.db.select().from(messages).where(eq(messages.playerId, playerId))).toHaveLength(4);
    expect(await t.db.select().from(scoreHistory).where(eq(scoreHistory.playerId, playerId))).toHaveLength(1);
  });

  it("acknowledges unknown players and other event types without touching anything", async () => {
    const playerId = await seedVoicePlayer(t.db, { now: NOW, chapter: 2, score: 50 });
    const deps = voiceTestDeps(t.db, warmModel(2));
    expect(await handlePostCall(deps, call("0f3a9c2e-fa4e-4c1d-9a7e-00000000dead"), NOW)).toEqual({
      status: "ignored",
      reason: "unknown_player",
    });
    expect(await handlePostCall(deps, call("not-a-uuid"), NOW)).toMatchObject({ status: "ignored" });
    expect(await handlePostCall(deps, buildCallInitiationFailure(), NOW)).toEqual({
      status: "ignored",
      reason: "event_type",
    });
    expect(
      await handlePostCall(deps, { type: "post_call_audio", data: { full_audio: "…" } }, NOW),
    ).toMatchObject({
      status: "ignored",
    });
    expect(await t.db.select().from(conversations)).toHaveLength(0);
    expect(await t.db.select().from(scoreHistory)).toHaveLength(0);
    const [player] = await t.db.select().from(players).where(eq(players.id, playerId));
    expect(player!.relationshipScore).toBe(50);
  });

  it("a call that reaches the threshold starts the boss fight and queues her opening text", async () => {
    const threshold = CHAPTER_RULES[1].bossThreshold;
    const playerId = await seedVoicePlayer(t.db, { now: NOW, chapter: 1, score: threshold - 0.5 });
    const deps = voiceTestDeps(t.db, warmModel(3));
    const outcome = await handlePostCall(deps, call(playerId, "conv_boss"), NOW);
    expect(outcome).toMatchObject({ status: "stored", scored: true });
    if (outcome.status === "stored") expect(outcome.events).toContain("boss_threshold_reached");
    const [player] = await t.db.select().from(players).where(eq(players.id, playerId));
    expect(player!.status).toBe("boss_fight");
    const kinds = (await t.db.select().from(scoreHistory).where(eq(scoreHistory.playerId, playerId))).map(
      (h) => h.kind,
    );
    expect(kinds).toContain("voice_call");
    const events = await t.db.select().from(scheduledEvents).where(eq(scheduledEvents.playerId, playerId));
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.source === "boss" && e.channel === "web")).toBe(true);
  });

  it("a call where he never spoke is stored but not scored", async () => {
    const playerId = await seedVoicePlayer(t.db, { now: NOW, chapter: 2, score: 50 });
    const deps = voiceTestDeps(t.db, warmModel(2));
    const silent = buildPostCallTranscription({
      userId: playerId,
      conversationId: "conv_silent",
      transcript: [transcriptTurn("agent", "hello? … okay then.", 0)],
    });
    expect(await handlePostCall(deps, silent, NOW)).toMatchObject({ status: "stored", scored: false });
    expect(await t.db.select().from(scoreHistory)).toHaveLength(0);
  });
});
