// What she remembers about the player, for the portal: the valid facts about the player from
// whichever memory store holds them (Postgres or Neo4j), newest first, as short phrases
// ("has a dog named rex", "sister: lives in lyon"). Null when memory cannot be reached, so the
// page says so instead of claiming she remembers nothing.

import { getMemoryStore } from "@/lib/memory";
import { isSelfSubject } from "@/lib/memory/recall-for-prompt";
import type { Fact } from "@/lib/memory/types";
import { createLogger } from "@/lib/observability/logger";

const log = createLogger("portal.memories");
/** The page lists this many, newest first. */
export const REMEMBERED_FACTS_SHOWN = 40;

export type RememberedFact = { id: string; text: string; since: Date };

export function rememberedFact(fact: Fact): RememberedFact {
  const phrase = `${fact.predicate} ${fact.object}`;
  return {
    id: fact.id,
    text: isSelfSubject(fact) ? phrase : `${fact.subject}: ${phrase}`,
    since: fact.validAt,
  };
}

export async function listRememberedFacts(playerId: string): Promise<RememberedFact[] | null> {
  try {
    const facts = await (await getMemoryStore()).listFacts({ playerId });
    return facts
      .filter((f) => f.about === "user" && f.invalidAt === null)
      .sort((a, b) => b.validAt.getTime() - a.validAt.getTime())
      .slice(0, REMEMBERED_FACTS_SHOWN)
      .map(rememberedFact);
  } catch (error) {
    log.warn("memory unavailable for the portal", { playerId, error });
    return null;
  }
}
