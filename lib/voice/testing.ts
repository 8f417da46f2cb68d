// Test support for the voice suites: an onboarded player at a chosen chapter/score/status on
// a test database, and tool deps over that database (offline model unless one is given,
// the Postgres memory store).
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { saveEngineState } from "@/db/queries/engine-state";
import { playerMetrics, players } from "@/db/schema";
import type { ConversationModel } from "@/lib/agents/model";
import { createOfflineModel } from "@/lib/agents/offline-model";
import type { ToolDeps } from "@/lib/agents/tools";
import { type Chapter, completeOnboarding, createEngineState, type PlayerStatus } from "@/lib/engine";
import { recallForPrompt, rememberFacts } from "@/lib/memory";
import { createPostgresMemoryStore } from "@/lib/memory/postgres-store";

export type SeedOptions = {
  now: Date;
  name?: string;
  chapter?: Chapter;
  /** Every metric is set to this, so the composite score equals it. */
  score?: number;
  status?: PlayerStatus;
  lastCallAt?: Date | null;
  authUserId?: string;
};

export async function seedVoicePlayer(db: Db, o: SeedOptions): Promise<string> {
  const [row] = await db
    .insert(players)
    .values({ name: o.name ?? "Alex", timezone: "Europe/Berlin", authUserId: o.authUserId ?? null })
    .returning({ id: players.id });
  const playerId = row!.id;
  const onboarded = completeOnboarding(
    createEngineState(o.now),
    { darkness: 3, isAdultConfirmed: true },
    o.now,
  );
  if (!onboarded.ok) throw new Error("onboarding failed");
  await saveEngineState(db, { playerId, state: onboarded.state, now: o.now });
  const score = o.score ?? 50;
  await db
    .update(players)
    .set({
      chapter: o.chapter ?? 1,
      relationshipScore: score,
      status: o.status ?? "active",
      lastCallAt: o.lastCallAt ?? null,
    })
    .where(eq(players.id, playerId));
  await db
    .update(playerMetrics)
    .set({ intimacy: score, passion: score, trust: score, secureness: score })
    .where(eq(playerMetrics.playerId, playerId));
  return playerId;
}

export function voiceTestDeps(db: Db, model: ConversationModel = createOfflineModel()): ToolDeps {
  const store = createPostgresMemoryStore(db);
  let seed = 1;
  return {
    db,
    model,
    memory: {
      recall: (params) => recallForPrompt(store, params),
      remember: async (params) => {
        await rememberFacts(store, params);
      },
    },
    seed: () => seed++,
  };
}
