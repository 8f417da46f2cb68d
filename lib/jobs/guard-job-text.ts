// The output guard for everything a job puts in front of a player (goodbyes, "still there?",
// proactive texts, boss-timeout lines, diary entries): the same guard as her replies. A
// blocked text is replaced by an in-character fallback, picked deterministically per line so
// an overlapping run picks the same one, and the block is recorded as a safety_event for
// the admins' safety page (only by the run that actually stored the line).
import { type Chapter, createRng } from "@/lib/engine";
import { createLogger } from "@/lib/observability/logger";
import { type GuardedText, guardLine, recordGuardBlocks } from "@/lib/services/conversation/reply-guard";
import { seedOf } from "./text-seed";

const log = createLogger("jobs.guard");

/** A diary entry that failed the guard: still her diary, saying nothing risky. */
export const DIARY_FALLBACK_ENTRIES: readonly string[] = [
  "we talked today. i'm keeping the details to myself this time. still thinking about it.",
  "a day with him in it. not writing all of it down. some things stay in my head.",
  "talked, laughed a bit, got annoyed a bit. normal day. i'll remember the good parts.",
];

/** Guards a chat line; `lineKey` (the dedupe key) seeds the fallback choice. */
export function guardJobLine(text: string, chapter: number, lineKey: string): GuardedText {
  const guarded = guardLine(text, chapter as Chapter, createRng(seedOf("guard", lineKey)));
  if (guarded.blocked.length > 0) {
    log.warn("job line blocked by the output guard", {
      lineKey,
      rules: guarded.blocked.flatMap((b) => b.rules),
    });
  }
  return guarded;
}

/** Guards a diary entry: a blocked entry becomes a neutral in-character one. */
export function guardDiaryEntry(text: string, chapter: number, dayKey: string): GuardedText {
  const guarded = guardLine(text, chapter as Chapter, () => 0);
  if (guarded.blocked.length === 0) return guarded;
  const rng = createRng(seedOf("diary", dayKey));
  const fallback = DIARY_FALLBACK_ENTRIES[Math.floor(rng() * DIARY_FALLBACK_ENTRIES.length)] ?? "";
  log.warn("diary entry blocked by the output guard", {
    dayKey,
    rules: guarded.blocked.flatMap((b) => b.rules),
  });
  return { text: fallback, blocked: guarded.blocked };
}

/** Records the blocks of a guarded text once it is stored (no-op when nothing was blocked). */
export { recordGuardBlocks };
