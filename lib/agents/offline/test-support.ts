// Shared assertions for offline-engine tests: what every line she sends must satisfy
// (PERSONA.md "How she texts" and "Never"; GAME.md §8 output shaping).
import { guardOutput } from "@/lib/safety/guard-output";
import { emojiTokens, HER_EMOJI, HER_EMOTICONS, MAX_EMOJI, TELEGRAM_MAX_CHARS } from "./voice";

const ALLOWED = new Set<string>([...HER_EMOJI, ...HER_EMOTICONS]);

/** Empty when the text is fine for this chapter; otherwise a description of each problem. */
export function voiceProblems(
  text: string,
  chapter: number,
  opts: { allowHelpResources?: boolean } = {},
): string[] {
  const problems: string[] = [];
  const guard = guardOutput(text, { chapter, ...opts });
  if (!guard.ok) problems.push(`guard: ${guard.violations.map((v) => `${v.rule}(${v.match})`).join(", ")}`);
  if (text.length === 0) problems.push("empty");
  if (text.length > TELEGRAM_MAX_CHARS) problems.push("too long");
  const emoji = emojiTokens(text.replaceAll("://", ""));
  if (emoji.length > MAX_EMOJI) problems.push(`too many emoji: ${emoji.join("")}`);
  const foreign = emoji.filter((e) => !ALLOWED.has(e));
  if (foreign.length > 0) problems.push(`foreign emoji: ${foreign.join("")}`);
  if (/\*[^*\n]{1,50}\*/.test(text)) problems.push("role-play asterisks");
  return problems;
}

/** Words that must never appear in limit or failure lines (GAME.md §9). */
export const TECHNICAL_WORDS = /\b(?:rate limit|error|429|quota|server|api|timeout|exception|model|token)\b/i;
