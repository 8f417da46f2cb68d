// The conversation pipeline's production dependencies, shared by every caller (routes via
// `processSoon`, the process cron): model by env, memory through lib/memory, a fresh seed per
// turn, and delivery of near-due Telegram bubbles right after scheduling.
import { randomInt } from "node:crypto";
import type { Db } from "@/db";
import { createAnthropicModel } from "@/lib/agents/anthropic-model";
import { createOfflineModel } from "@/lib/agents/offline-model";
import { env } from "@/lib/env";
import { createLogger } from "@/lib/logger";
import { getMemoryStore, recallForPrompt, rememberFacts } from "@/lib/memory";
import { deliverSoon } from "@/lib/services/delivery/deliver-soon";
import type { PipelineDeps } from "./deps";

const MAX_SEED = 2 ** 31;
const log = createLogger("pipeline.deps");

export function createPipelineDeps(db: Db, now: () => Date = () => new Date()): PipelineDeps {
  return {
    db,
    model: env.modelMode === "anthropic" ? createAnthropicModel() : createOfflineModel(),
    memory: {
      recall: async (params) => recallForPrompt(await getMemoryStore(), params),
      remember: async (params) => {
        await rememberFacts(await getMemoryStore(), params);
      },
    },
    now,
    delayScale: env.replyDelayScale,
    seed: () => randomInt(MAX_SEED),
    onScheduled: (playerId) => {
      deliverSoon(playerId).catch((error: unknown) => log.warn("deliverSoon failed", { playerId, error }));
    },
  };
}
