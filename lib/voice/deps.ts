// Production dependencies for the voice routes: the shared database, the model chosen by env
// (Claude or the offline persona), memory through lib/memory, and a fresh seed per call.
import { randomInt } from "node:crypto";
import { getDb } from "@/db";
import { createAnthropicModel } from "@/lib/agents/anthropic-model";
import { createOfflineModel } from "@/lib/agents/offline-model";
import type { ToolDeps } from "@/lib/agents/tools";
import { env } from "@/lib/env";
import { getMemoryStore, recallForPrompt, rememberFacts } from "@/lib/memory";

const MAX_SEED = 2 ** 31;

let cached: Promise<ToolDeps> | undefined;

/** One set per process (the model client and memory store are reused across calls). */
export function createVoiceDeps(): Promise<ToolDeps> {
  cached ??= buildDeps().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function buildDeps(): Promise<ToolDeps> {
  return {
    db: await getDb(),
    model: env.modelMode === "anthropic" ? createAnthropicModel() : createOfflineModel(),
    memory: {
      recall: async (params) => recallForPrompt(await getMemoryStore(), params),
      remember: async (params) => {
        await rememberFacts(await getMemoryStore(), params);
      },
    },
    seed: () => randomInt(MAX_SEED),
  };
}
