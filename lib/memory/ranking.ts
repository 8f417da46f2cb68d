// How search results are ordered, shared by the stores: text (or vector) relevance, weighted
// by confidence and by how recently the fact was last confirmed; two ranked lists (text and
// vector) are merged by reciprocal rank fusion, which needs no common score scale.
import type { Fact, FactHit } from "./types";

/** A fact confirmed this long ago weighs half as much as one confirmed just now. */
export const RECENCY_HALF_LIFE_DAYS = 30;
export const RECENCY_HALF_LIFE_MS = RECENCY_HALF_LIFE_DAYS * 86_400_000;
/** The usual reciprocal-rank-fusion constant: damps the weight of the very top ranks. */
const RRF_K = 60;

/** Reciprocal rank fusion of ranked lists into one, best first. */
export function fuseRankings(lists: FactHit[][], limit: number): FactHit[] {
  const fused = new Map<string, { fact: Fact; score: number }>();
  for (const list of lists) {
    list.forEach((hit, rank) => {
      const entry = fused.get(hit.id) ?? { fact: hit, score: 0 };
      entry.score += 1 / (RRF_K + rank + 1);
      fused.set(hit.id, entry);
    });
  }
  return [...fused.values()]
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ fact, score }) => ({ ...fact, score }));
}
