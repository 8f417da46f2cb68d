// The conversation pipeline's dependencies as the process cron needs them (model by env,
// memory through lib/memory, a fresh seed per turn, delivery of near-due bubbles right after
// scheduling). An adapter on the jobs side until the pipeline exports its own factory.
import { randomInt } from "node:crypto";
import type { Db } from "@/db";
import { createAnthropicModel } from "@/lib/agents/anthropic-model";
import { createOfflineModel } from "@/lib/agents/offline-model";
import { env } from "@/lib/env";
import { createLogger } from "@/lib/logger";
import { getMemoryStore, recallForPrompt, rememberFacts } from "@/lib/memory";
import type { PipelineDeps } from "@/lib/services/conversation/deps";
import { deliverSoon } from "@/lib/services/delivery/deliver-soon";

const MAX_SEED = 2 ** 31;
const log = createLogger("jobs.pipeline");

export function jobPipelineDeps(db: Db, now: () => Date): PipelineDeps {
  return {
    db,
    model: env.modelMode === "anthropic" ? createAnthropicModel() : createOfflineModel(),
    memory: {
      recall: async (params) => recallForPrompt(await getMemoryStore(), params),
      remember: async (params) => {
        await rememberFacts(await getMemoryStore(), { ...params, sourceMessageId: params.sourceMessageId });
      },
    },
    now,
    seed: () => randomInt(MAX_SEED),
    onScheduled: (playerId) => {
      deliverSoon(playerId).catch((error: unknown) => log.warn("deliverSoon failed", { playerId, error }));
    },
  };
}
