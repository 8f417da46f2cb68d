// GAME.md §9: a reset keeps her memories ("she remembers you"). On the first message of the
// new game she brings a few of them along whatever he writes, so a bare "hey" after a reset
// meets someone who knows him; later messages get only what is relevant to them. Runs the
// real reset, the real pipeline and the Postgres memory store on a real database.
import { beforeEach, describe, expect, it } from "vitest";
import { saveEngineState } from "@/db/queries/engine-state";
import { players } from "@/db/schema";
import { suiteDatabase } from "@/db/testing/suite-db";
import { testDrivers } from "@/db/testing/test-db";
import type { ConversationModel, ReplyContext } from "@/lib/agents/model";
import { createOfflineModel } from "@/lib/agents/offline-model";
import { completeOnboarding, createEngineState } from "@/lib/engine";
import { endGame } from "@/lib/engine/game-over";
import { recallForPrompt, rememberFacts } from "@/lib/memory";
import { createPostgresMemoryStore } from "@/lib/memory/postgres-store";
import { resetFinishedGame } from "@/lib/services/telegram/reset-game";
import { acceptPlayerMessage } from "./accept-player-message";
import type { PipelineDeps } from "./deps";
import { processPlayerTurns } from "./process-turn";

describe.each(testDrivers())("she remembers him after a reset, on %s", (driver) => {
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
    const over = endGame(onboarded.state.game, "score_zero", clock);
    await saveEngineState(t.db, { playerId, state: { ...onboarded.state, game: over.game }, now: clock });
  });

  it("brings a few memories to the first 'hey' of the new game, and only relevant ones after", async () => {
    const store = createPostgresMemoryStore(t.db);
    await rememberFacts(store, {
      playerId,
      sourceMessageId: null,
      now: clock,
      facts: [
        { subject: "user", predicate: "has a dog named", object: "Rex", about: "user", confidence: 0.9 },
        { subject: "user", predicate: "works as", object: "a night nurse", about: "user", confidence: 0.9 },
        { subject: "user", predicate: "grew up in", object: "Hamburg", about: "user", confidence: 0.8 },
      ],
    });
    clock = new Date(clock.getTime() + 86_400_000);
    expect(await resetFinishedGame(t.db, { playerId, now: clock })).toBe("reset");

    const seen: ReplyContext[] = [];
    const offline = createOfflineModel();
    const model: ConversationModel = {
      ...offline,
      reply: async (ctx) => {
        seen.push(ctx);
        return offline.reply(ctx);
      },
    };
    const deps: PipelineDeps = {
      db: t.db,
      model,
      memory: {
        recall: (p) => recallForPrompt(store, p),
        remember: async (p) => {
          await rememberFacts(store, p);
        },
      },
      now: () => clock,
      seed: () => 11,
    };
    const say = async (content: string) => {
      await acceptPlayerMessage(t.db, { playerId, platform: "web", content }, clock);
      await processPlayerTurns(deps, playerId);
      clock = new Date(clock.getTime() + 60_000);
    };

    await say("hey");
    const first = seen.at(-1)!.memories.join(" | ");
    expect(first).toMatch(/Rex/);
    expect(first).toMatch(/nurse/);
    expect(first).toMatch(/Hamburg/);

    await say("so what did you do today?");
    expect(seen).toHaveLength(2);
    expect(seen.at(-1)!.memories.join(" | ")).not.toMatch(/Rex|nurse|Hamburg/);
  });
});
