// What writing one fact does to a player's memory — the same decision for every store:
// - a restatement of a valid fact (same about/subject/predicate/object after normalisation, or
//   the same subject and object with a predicate meaning the same) adds nothing new: it
//   refreshes the confidence (the higher one wins) and the updated time;
// - a contradiction (same about/subject/predicate, another object) closes the valid fact at
//   the new fact's valid_at and points it to the new fact; nothing is deleted;
// - a contradiction older than the valid fact is stored already closed (at the valid fact's
//   valid_at), so history stays in time order and the newer fact stays current.
import { factKey, samePredicateMeaning } from "./normalize";
import type { ParsedFact } from "./types";

export type KeyedFact = ParsedFact & {
  subjectKey: string;
  predicateKey: string;
  objectKey: string;
  validAt: Date;
};

/** A valid fact already stored under the same player, about and subject. */
export type StoredKey = { id: string; predicateKey: string; objectKey: string; validAt: Date };

export type WriteDecision =
  | { kind: "refresh"; id: string }
  | { kind: "create" }
  | { kind: "supersede"; currentId: string }
  | { kind: "historical"; currentId: string; closesAt: Date };

export function keyFact(fact: ParsedFact, now: Date): KeyedFact {
  return {
    ...fact,
    subjectKey: factKey(fact.subject),
    predicateKey: factKey(fact.predicate),
    objectKey: factKey(fact.object),
    validAt: fact.validAt ?? now,
  };
}

/**
 * `valid` holds the stored valid facts with this fact's about and subject whose predicate
 * key or object key equals this fact's (any others are ignored).
 */
export function decideWrite(fact: KeyedFact, valid: StoredKey[]): WriteDecision {
  const current = valid.find((f) => f.predicateKey === fact.predicateKey);
  if (current) {
    if (current.objectKey === fact.objectKey) return { kind: "refresh", id: current.id };
    if (fact.validAt < current.validAt) {
      return { kind: "historical", currentId: current.id, closesAt: current.validAt };
    }
    return { kind: "supersede", currentId: current.id };
  }
  const near = valid.find(
    (f) => f.objectKey === fact.objectKey && samePredicateMeaning(f.predicateKey, fact.predicateKey),
  );
  return near ? { kind: "refresh", id: near.id } : { kind: "create" };
}
