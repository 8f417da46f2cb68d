// Seeded randomness for the offline persona. Every choice the offline engine makes goes
// through an injected `rng`, so a seed reproduces the same conversation exactly.

import { createRng, type Rng } from "@/lib/engine/rng";

export type { Rng };

/** The engine's seeded PRNG (mulberry32), under the name the offline engine uses. */
export const createSeededRng = (seed: number): Rng => createRng(seed);

/** Uniform choice; clamps so an rng returning exactly 1 cannot index past the end. */
export function pick<T>(items: readonly T[], rng: Rng): T {
  if (items.length === 0) throw new Error("pick from empty list");
  return items[Math.min(items.length - 1, Math.floor(rng() * items.length))]!;
}

export function chance(probability: number, rng: Rng): boolean {
  return rng() < probability;
}

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/**
 * Picks a line she has not sent recently. `render` turns a template into what was actually
 * sent, and a recent message counts if it contains the rendered line (lines get prefixes).
 */
export function pickFresh(
  items: readonly string[],
  recent: readonly string[],
  rng: Rng,
  render: (line: string) => string = (line) => line,
): string {
  const seen = recent.map(squash).filter(Boolean);
  const fresh = items.filter((line) => {
    const key = squash(render(line));
    return !seen.some((r) => r.includes(key));
  });
  return pick(fresh.length > 0 ? fresh : items, rng);
}
