// Stores what the analysis learned from one player message. Each fact keeps the message it
// came from; restatements refresh, contradictions supersede (fact-rules.ts). Facts are
// player data: only counts are logged.
import type { Analysis } from "@/lib/engine/analysis";
import type { FactWrite, MemoryStore } from "./types";

export type RememberFactsParams = {
  playerId: string;
  facts: Analysis["facts"];
  /** messages.id of the player message the facts were learned from. */
  sourceMessageId: number | null;
  now: Date;
  episodeId?: string | null;
};

export async function rememberFacts(store: MemoryStore, params: RememberFactsParams): Promise<FactWrite[]> {
  if (params.facts.length === 0) return [];
  return store.addFacts({
    playerId: params.playerId,
    episodeId: params.episodeId ?? null,
    now: params.now,
    facts: params.facts.map((fact) => ({
      ...fact,
      sourceMessageId: params.sourceMessageId,
      validAt: params.now,
    })),
  });
}
