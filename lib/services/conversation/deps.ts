// What the conversation pipeline needs from the outside world, injected so tests can run it
// against a fake model, a fixed clock and a test database.
import type { Db } from "@/db";
import type { ConversationModel } from "@/lib/agents/model";

export type MemoryPort = {
  recall(params: { playerId: string; query: string; limit: number }): Promise<string[]>;
  remember(params: {
    playerId: string;
    facts: {
      subject: string;
      predicate: string;
      object: string;
      about: "user" | "nikita" | "relationship";
      confidence: number;
    }[];
    sourceMessageId: number;
    now: Date;
  }): Promise<void>;
};

export type PipelineDeps = {
  db: Db;
  model: ConversationModel;
  memory: MemoryPort;
  now: () => Date;
  /** A fresh seed for the turn's randomness (delay draw, bubble gaps, offline variants). */
  seed: () => number;
  /** Multiplies her reply delay (1 in production; tests and local play may speed it up). */
  delayScale?: number;
  /** Called after bubbles were scheduled, so near-due ones can be delivered at once. */
  onScheduled?: (playerId: string) => void;
};

/** Pipeline timing and retry policy (not game rules, which live in lib/engine/rules.ts). */
export const PIPELINE = {
  /** A processing claim older than this is considered abandoned (crashed process). */
  staleClaimMs: 2 * 60_000,
  /** The process cron recovers pending turns older than this. */
  recoverAfterMs: 2 * 60_000,
  maxAttempts: 5,
  /** Backoff before retry n: base · 2^(n−1), capped. */
  retryBaseMs: 30_000,
  retryMaxMs: 15 * 60_000,
  /** Recent history loaded for prompts (the prompt builder trims to its token budget). */
  historyMessages: 30,
  memoriesInPrompt: 6,
  /** Of those, recent facts she brings to the first message of a game, whatever its topic. */
  rememberedOnFirstMessage: 3,
} as const;

export function retryDelayMs(attempt: number): number {
  return Math.min(PIPELINE.retryMaxMs, PIPELINE.retryBaseMs * 2 ** Math.max(0, attempt - 1));
}
