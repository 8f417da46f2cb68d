// Every outbound line passes the output guard (issue 11): a blocked reply gets one
// regeneration with a stricter instruction, then an in-character fallback; each block is
// recorded for the admins' safety page. Lines written by us (canned lines) are guarded too.
import type { DbOrTx } from "@/db";
import { safetyEvents } from "@/db/schema";
import type { ReplyContext } from "@/lib/agents/model";
import type { Chapter, Rng } from "@/lib/engine";
import { createLogger } from "@/lib/logger";
import { guardOutput, pickFallback, STRICTER_INSTRUCTION } from "@/lib/safety";

const log = createLogger("guard");

export type GuardedText = { text: string; blocked: { original: string; rules: string[] }[] };

export async function recordGuardBlocks(
  db: DbOrTx,
  params: { playerId: string; messageId: number | null; guarded: GuardedText },
) {
  if (params.guarded.blocked.length === 0) return;
  await db.insert(safetyEvents).values(
    params.guarded.blocked.map((b) => ({
      playerId: params.playerId,
      kind: "guard_block" as const,
      messageId: params.messageId,
      content: b.original.slice(0, 2000),
      sentInstead: params.guarded.text,
      details: { rules: b.rules },
    })),
  );
}

function violations(text: string, chapter: Chapter): string[] | null {
  const result = guardOutput(text, { chapter });
  return result.ok ? null : result.violations.map((v) => v.rule);
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
  } catch (error) {
    log.warn("regeneration failed", { playerId: ctx.playerId, error });
  }
  return { text: pickFallback(rng), blocked };
}

/** Guards a line with no regeneration path (boss lines, canned lines, writer output). */
export function guardLine(text: string, chapter: Chapter, rng: Rng): GuardedText {
  const rules = violations(text, chapter);
  if (!rules) return { text, blocked: [] };
  return { text: pickFallback(rng), blocked: [{ original: text, rules }] };
}
