// Shape of the offline variant tables: every intent has lines for every chapter, so
// her voice shifts from guarded (1) to affectionate (5) as PERSONA.md describes.
import type { Chapter } from "@/lib/engine/vocabulary";

export type ChapterLines = Readonly<Record<Chapter, readonly string[]>>;

/** Early = ch1, mid = ch2–3, late = ch4–5; `extra` adds chapter-specific lines on top. */
export function byChapter(
  early: readonly string[],
  mid: readonly string[],
  late: readonly string[],
  extra: Partial<Record<Chapter, readonly string[]>> = {},
): ChapterLines {
  return {
    1: [...early, ...(extra[1] ?? [])],
    2: [...mid, ...(extra[2] ?? [])],
    3: [...mid, ...(extra[3] ?? [])],
    4: [...late, ...(extra[4] ?? [])],
    5: [...late, ...(extra[5] ?? [])],
  };
}
