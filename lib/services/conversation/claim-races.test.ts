// Two races the pipeline must survive, on a real database:
// 1. A slow worker's claim goes stale (2 min), a second worker takes the same turn and scores it;
//    when the first worker's model finally answers, its result must be discarded: the turn is
//    scored once (one history row, one score change, one reply).
// 2. The message that reaches the boss threshold: the fight starts and her opening is queued in
//    one transaction. A worker that dies while her opening line is being written must leave no
//    boss fight without its opening; the recovered turn then starts the fight exactly once.
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { loadEngineState, saveEngineState } from "@/db/queries/engine-state";
import { pendingTurns, players, scheduledEvents, scoreHistory } from "@/db/schema";
import { suiteDatabase } from "@/db/testing/suite-db";
import { testDrivers } from "@/db/testing/test-db";
import type { ConversationModel } from "@/lib/agents/model";
import { createOfflineModel } from "@/lib/agents/offline-model";
import { completeOnboarding, createEngineState, NEUTRAL_ANALYSIS } from "@/lib/engine";
import { CHAPTER_RULES } from "@/lib/engine/rules";
import { acceptPlayerMessage } from "./accept-player-message";
import { PIPELINE, type PipelineDeps } from "./deps";
import { processPlayerTurns } from "./process-turn";

const noMemory: PipelineDeps["memory"] = { recall: async () => [], remember: async () => {} };

/** A promise resolved from outside, and one that tells when a call reached it. */
function gate() {
  let open!: () => void;
  let reached!: () => void;
  const opened = new Promise<void>((r) => {
    open = r;
  });
  const wasReached = new Promise<void>((r) => {
    reached = r;
  });
  return { open, reached, opened, wasReached };
}

const warmAnalysis = {
  ...NEUTRAL_ANALYSIS,
  deltas: { intimacy: 3, passion: 3, trust: 3, secureness: 3 },
  confidence: 0.9,
  explanation: "You kept it real.",
};

describe.each(testDrivers())("claim races on %s", (driver) => {
  const t = suiteDatabase(driver);
  let clock: Date;
  let playerId: string;

  beforeEach(async () => {
    await t.reset();
    clock = new Date("2026-11-20T18:00:00Z");
    const [row] = await t.db.insert(players).values({ name: "Alex", timezone: "Europe/Berlin" }).returning();
    playerId = row!.id;
    const onboarded = completeOnboarding(
      createEngineState(clock),
      { darkness: 3, isAdultConfirmed: true },
      clock,
    );
    if (!onboarded.ok) throw new Error("onboarding");
    await saveEngineState(t.db, { playerId, state: onboarded.state, now: clock });
  });

  const deps = (model: ConversationModel): PipelineDeps => ({
    db: t.db,
    model,
    memory: noMemory,
    now: () => clock,
    seed: () => 7,
  });
  const historyRows = () => t.db.select().from(scoreHistory).where(eq(scoreHistory.playerId, playerId));
  const playerRow = async () => (await t.db.select().from(players).where(eq(players.id, playerId)))[0]!;

  it("discards a stale worker's late result: the turn is scored once", async () => {
    const offline = createOfflineModel();
    const slow = gate();
    const slowModel: ConversationModel = {
      ...offline,
      analyze: async () => {
        slow.reached();
        await slow.opened;
        return warmAnalysis;
      },
    };
    const fastModel: ConversationModel = { ...offline, analyze: async () => warmAnalysis };
    await acceptPlayerMessage(t.db, { playerId, platform: "web", content: "tell me about your day" }, clock);
    const before = (await playerRow()).relationshipScore;

    const first = processPlayerTurns(deps(slowModel), playerId);
    await slow.wasReached;
    // The first worker's claim goes stale; a second worker takes the turn and finishes it.
    clock = new Date(clock.getTime() + PIPELINE.staleClaimMs + 60_000);
    expect(await processPlayerTurns(deps(fastModel), playerId)).toEqual(["replied"]);
    const scoredOnce = (await playerRow()).relationshipScore;
    slow.open();
    expect(await first).toEqual(["superseded"]);

    const history = await historyRows();
    expect(history.filter((h) => h.kind === "conversation")).toHaveLength(1);
    expect((await playerRow()).relationshipScore).toBe(scoredOnce);
    expect(scoredOnce).toBeGreaterThan(before);
    // The score moved by the one exchange its history row explains, not twice.
    const [row] = history;
    expect(row).toMatchObject({ scoreBefore: before, scoreAfter: scoredOnce });
    const [turn] = await t.db.select().from(pendingTurns).where(eq(pendingTurns.playerId, playerId));
    expect(turn?.status).toBe("done");
  });

  it("never leaves a boss fight without her opening when the worker dies on the way", async () => {
    // One exchange away from chapter 1's boss threshold.
    const threshold = CHAPTER_RULES[1].bossThreshold;
    const loaded = await loadEngineState(t.db, { playerId });
    const m = threshold - 1;
    const near = {
      ...loaded!.state,
      game: {
        ...loaded!.state.game,
        metrics: { intimacy: m, passion: m, trust: m, secureness: m },
        score: m,
      },
    };
    await saveEngineState(t.db, { playerId, state: near, now: clock });

    const offline = createOfflineModel();
    const dies = gate();
    // The worker's process dies while her opening line is being written: the call never returns.
    const dying: ConversationModel = {
      ...offline,
      analyze: async () => warmAnalysis,
      bossLine: async (ctx) => {
        if (ctx.phase === "opening") {
          dies.reached();
          await new Promise<never>(() => {});
        }
        return offline.bossLine(ctx);
      },
    };
    await acceptPlayerMessage(
      t.db,
      { playerId, platform: "web", content: "i get why you test people" },
      clock,
    );
    void processPlayerTurns(deps(dying), playerId);
    await dies.wasReached;

    const bossEvents = () => t.db.select().from(scheduledEvents).where(eq(scheduledEvents.source, "boss"));
    const atCrash = await playerRow();
    // Whatever is committed at the moment of the crash, a fight never exists without its opening.
    if (atCrash.status === "boss_fight") expect(await bossEvents()).toHaveLength(1);

    // Another worker recovers the abandoned turn once its claim is stale.
    clock = new Date(clock.getTime() + PIPELINE.staleClaimMs + 60_000);
    await processPlayerTurns(deps({ ...offline, analyze: async () => warmAnalysis }), playerId);
    const recovered = await playerRow();
    expect(recovered.status).toBe("boss_fight");
    expect(await bossEvents()).toHaveLength(1);
    const initiated = (await historyRows()).filter((h) => h.kind === "boss_initiated");
    expect(initiated).toHaveLength(1);
  });
});
