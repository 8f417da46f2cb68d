// The conversation pipeline's production dependencies, shared by every caller (routes via
// `processSoon`, the process cron): model by env, memory through lib/memory, a fresh seed per
// turn. Delivery right after scheduling is the caller's choice (`onScheduled`): `processSoon`
// delivers in the same `after()` and awaits it; the process cron leaves it to the deliver cron.
import { randomInt } from "node:crypto";
import type { Db } from "@/db";
import { createAnthropicModel } from "@/lib/agents/anthropic-model";
import { createOfflineModel } from "@/lib/agents/offline-model";
import { env } from "@/lib/env";
import { getMemoryStore, recallForPrompt, rememberFacts } from "@/lib/memory";
import type { PipelineDeps } from "./deps";

const MAX_SEED = 2 ** 31;

export function createPipelineDeps(
  db: Db,
  now: () => Date = () => new Date(),
  options: { onScheduled?: (playerId: string) => void } = {},
): PipelineDeps {
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
    onScheduled: options.onScheduled,
  };
}
