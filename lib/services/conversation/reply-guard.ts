// Every outbound line passes the output guard (issue 11): a blocked reply gets one
// regeneration with a stricter instruction, then an in-character fallback; each block is
// recorded for the admins' safety page. Lines written by us (canned lines, boss lines) are
// guarded too. Her system prompt is the quote reference: echoing 8 words of it is a leak.
import type { ReplyContext } from "@/lib/agents/model";
import { STABLE_PREFIX } from "@/lib/agents/prompt/stable-prefix";
import type { Chapter, Rng } from "@/lib/engine";
import { createLogger } from "@/lib/observability/logger";
import {
  type GuardedText,
  guardOutbound,
  guardViolations,
  pickFallback,
  STRICTER_INSTRUCTION,
} from "@/lib/safety";

export type { GuardedText } from "@/lib/safety";
export { recordGuardBlocks } from "@/lib/safety/record-guard-blocks";

const log = createLogger("guard");

/** What her lines must never quote: the cached persona prefix and the stricter instruction. */
const PROMPT_REFERENCE = `${STABLE_PREFIX}\n\n${STRICTER_INSTRUCTION}`;

function violations(text: string, chapter: Chapter): string[] | null {
  return guardViolations(text, { chapter, systemPrompt: PROMPT_REFERENCE });
}

/** Guards a model reply: regenerate once with a stricter instruction, then fall back. */
export async function guardModelReply(
  first: string,
  ctx: ReplyContext,
  regenerate: (ctx: ReplyContext) => Promise<string>,
  rng: Rng,
): Promise<GuardedText> {
  const blocked: GuardedText["blocked"] = [];
  const firstRules = violations(first, ctx.chapter);
  if (!firstRules) return { text: first, blocked };
  blocked.push({ original: first, rules: firstRules });
  log.warn("reply blocked", { playerId: ctx.playerId, rules: firstRules });
  try {
    const second = await regenerate({ ...ctx, stricter: STRICTER_INSTRUCTION });
    const secondRules = violations(second, ctx.chapter);
    if (!secondRules) return { text: second, blocked };
    blocked.push({ original: second, rules: secondRules });
    log.warn("regenerated reply blocked too; sending a fallback", {
      playerId: ctx.playerId,
      rules: secondRules,
    });
  } catch (error) {
    log.warn("regeneration failed", { playerId: ctx.playerId, error });
  }
  return { text: pickFallback(rng), blocked };
}

/** Guards a line with no regeneration path (boss lines, canned lines, writer output). */
export function guardLine(
  text: string,
  chapter: Chapter,
  rng: Rng,
  options: { allowHelpResources?: boolean } = {},
): GuardedText {
  return guardOutbound(text, { chapter, rng, systemPrompt: PROMPT_REFERENCE, ...options });
}
