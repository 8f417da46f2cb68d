// One call for any outbound line in her voice that has no regeneration path (canned lines,
// boss lines, proactive texts, summaries, goodbyes, voice tool answers): the output guard,
// and on a block an in-character fallback plus what was blocked, for the admins' safety page.
// Pure; `recordGuardBlocks` (record-guard-blocks.ts) writes the blocks as safety_events.
import { pickFallback } from "./guard-fallbacks";
import { guardOutput } from "./guard-output";

export type GuardBlock = { original: string; rules: string[] };
/** The text to send and every draft that was blocked on the way (empty when the first was fine). */
export type GuardedText = { text: string; blocked: GuardBlock[] };

export type GuardOutboundOptions = {
  chapter: number;
  rng: () => number;
  /** Crisis-care lines carry help-line numbers and sites; only those may pass the number rule. */
  allowHelpResources?: boolean;
  /** Text she must never quote (her system prompt); 8 shared consecutive words count as a leak. */
  systemPrompt?: string;
};

/** The rules a draft breaks, or null when it may be sent. */
export function guardViolations(text: string, options: Omit<GuardOutboundOptions, "rng">): string[] | null {
  const result = guardOutput(text, options);
  return result.ok ? null : result.violations.map((v) => v.rule);
}

/** Guards one line: sent as is when clean, else replaced by an in-character fallback line. */
export function guardOutbound(text: string, options: GuardOutboundOptions): GuardedText {
  const rules = guardViolations(text, options);
  if (!rules) return { text, blocked: [] };
  return { text: pickFallback(options.rng), blocked: [{ original: text, rules }] };
}
