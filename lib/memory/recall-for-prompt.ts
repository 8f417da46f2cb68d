// What she remembers, as short lines for the reply prompt: the facts most relevant to the
// player's message, in the third person the prompt uses for him and for her ("He has a dog
// named Rex", "Nikita hates small talk", "Your first date was at Berghain"). Memory improves
// a reply but is never worth losing one: if the store fails, she answers without it.

import type { FactAbout } from "@/lib/engine/vocabulary";
import { createLogger } from "@/lib/observability/logger";
import { factKey } from "./normalize";
import { DEFAULT_SEARCH_LIMIT, type Fact, type MemoryStore } from "./types";

const log = createLogger("memory.recall");

/** A prompt line never runs longer than this. */
const MAX_LINE_LENGTH = 200;

/** Subjects that mean the one the fact is about ("user likes jazz" → "He likes jazz"). */
const SELF_SUBJECTS: Record<FactAbout, Set<string>> = {
  user: new Set(["user", "player", "he", "him", "i", "me", "boyfriend", "partner"]),
  nikita: new Set(["nikita", "she", "her", "i", "me", "you"]),
  relationship: new Set(["us", "we", "they", "relationship", "couple", "both", "you two"]),
};
const PRONOUN: Record<FactAbout, { self: string; possessive: string }> = {
  user: { self: "He", possessive: "His" },
  nikita: { self: "Nikita", possessive: "Nikita's" },
  relationship: { self: "You two", possessive: "Your" },
};

/** True when the fact's subject is the one it is about ("user likes jazz"), not someone else. */
export function isSelfSubject(fact: Pick<Fact, "about" | "subject">): boolean {
  return SELF_SUBJECTS[fact.about].has(factKey(fact.subject));
}

export function factLine(fact: Pick<Fact, "about" | "subject" | "predicate" | "object">): string {
  const pronoun = PRONOUN[fact.about];
  const lead = isSelfSubject(fact) ? pronoun.self : `${pronoun.possessive} ${fact.subject}`;
  const line = `${lead} ${fact.predicate} ${fact.object}`;
  return line.length <= MAX_LINE_LENGTH ? line : `${line.slice(0, MAX_LINE_LENGTH - 1)}…`;
}

export type RecallParams = { playerId: string; query: string; limit?: number };

export async function recallForPrompt(store: MemoryStore, params: RecallParams): Promise<string[]> {
  try {
    const hits = await store.search({
      playerId: params.playerId,
      query: params.query.slice(0, 500),
      limit: params.limit ?? DEFAULT_SEARCH_LIMIT,
    });
    return [...new Set(hits.map(factLine))];
  } catch (error) {
    // Only the error's name: a failed query's message can quote the player's words.
    const errorName = error instanceof Error ? error.name : "unknown";
    log.warn("recall failed; replying without memory", { playerId: params.playerId, errorName });
    return [];
  }
}
