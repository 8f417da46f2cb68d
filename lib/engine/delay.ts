// §8 Reply delay, only on a new conversation (first message or ≥ 15 min since the previous
// player message) and never in a boss fight: max(1, floor(min(cap, e^(2.996 + 1.714·Z)·c·M)))
// seconds with Z ~ N(0,1), c and cap per chapter, momentum M = EWMA of recent gaps / chapter
// baseline clamped to [0.1, 5]. While a delay runs, "typing…" is shown every 5 s.
import type { Rng } from "./rng";
import * as Random from "./rng";
import * as Rules from "./rules";
import * as Score from "./score";
import type { PlayerGameState } from "./types";
import type { Chapter } from "./vocabulary";

// Imports bound to module constants once: see state.ts on why hot modules do this.
const { sampleNormal } = Random;
const { clamp } = Score;
const DELAY = Rules.DELAY_RULES;
const CHAPTERS = Rules.CHAPTER_RULES;

/** M: the player's recent gap EWMA relative to the chapter baseline, clamped to [0.1, 5]. */
export function momentumMultiplier(game: Pick<PlayerGameState, "chapter" | "momentumGapSeconds">): number {
  const m = DELAY.momentum;
  const baseline = m.baselineSecondsByChapter[game.chapter];
  return clamp((game.momentumGapSeconds ?? baseline) / baseline, m.min, m.max);
}

/** The deterministic part of the formula for a given normal draw `z`. */
export function delayForDraw(z: number, chapter: Chapter, momentum: number): number {
  const raw = Math.exp(DELAY.logMean + DELAY.logSd * z) * DELAY.scaleByChapter[chapter] * momentum;
  return Math.max(DELAY.minSeconds, Math.floor(Math.min(CHAPTERS[chapter].replyDelayCapSeconds, raw)));
}

export interface ReplyDelayInput {
  chapter: Chapter;
  isNewConversation: boolean;
  isBossFight: boolean;
  /** From `momentumMultiplier`. */
  momentum: number;
}

/** Seconds to wait before her reply; 0 inside a conversation or a boss fight. */
export function replyDelaySeconds(input: ReplyDelayInput, rng: Rng): number {
  if (!input.isNewConversation || input.isBossFight) return 0;
  return delayForDraw(sampleNormal(rng), input.chapter, input.momentum);
}

/** Offsets (seconds from now) at which to send "typing…" during a delay. */
export function typingSchedule(delaySeconds: number): number[] {
  const out: number[] = [];
  for (let t = 0; t < delaySeconds; t += DELAY.typingIndicatorEverySeconds) out.push(t);
  return out;
}
