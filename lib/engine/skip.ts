// §8 Skipping: she may leave a message unanswered for now. Probability per chapter from a
// range by mode ("normal" = 0, "hard" = Ch1 0.25–0.40 … Ch5 0–0.05); never two in a row and
// never in a boss fight. A skipped message is still stored and scored (the caller's job).
import type { Rng } from "./rng";
import * as Random from "./rng";
import type { SkipMode } from "./rules";
import * as Rules from "./rules";
import type { Chapter } from "./vocabulary";

// Imports bound to module constants once: see state.ts on why hot modules do this.
const { sampleUniform } = Random;
const { SKIP_RULES } = Rules;

export interface SkipInput {
  chapter: Chapter;
  mode: SkipMode;
  /** Her answer to the player's previous message was skipped. */
  previousWasSkipped: boolean;
  isBossFight: boolean;
}

/** Draws the skip probability within the chapter's range, then whether to skip. */
export function shouldSkipReply(input: SkipInput, rng: Rng): boolean {
  if (input.isBossFight || input.previousWasSkipped) return false;
  const [min, max] = SKIP_RULES.ranges[input.mode][input.chapter];
  if (max <= 0) return false;
  return rng() < sampleUniform(rng, min, max);
}
