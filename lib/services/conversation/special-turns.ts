// The gates before an ordinary reply, each answered with one in-character line and no model
// call: a locked account, a finished game (game_over / won), crisis care (she drops the game
// and points to real help; the exchange is not scored and proactive messages pause for 24 h),
// an age check when a message says the player is a minor (locked on repeat), and the rate
// limits (per minute and per UTC day, and from a daily count on she mentions needing space;
// numbers in RATE_LIMIT_RULES).
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { completeTurn } from "@/db/queries/conversations";
import { loadEngineState, saveEngineState } from "@/db/queries/engine-state";
import { conversations, type EventSource, players, type SafetyKind, safetyEvents } from "@/db/schema";
import { nikitaLine } from "@/lib/agents/lines";
import {
  isLimited,
  type Platform,
  type Rng,
  rateDecision,
  recordNikitaMessages,
  recordPlayerMessage,
  TIME,
  terminalReply,
} from "@/lib/engine";
import { RATE_LIMIT_RULES } from "@/lib/engine/rules";
import { type CrisisKind, crisisCareReply, detectCrisis, detectMinor } from "@/lib/safety";
import type { PipelineDeps } from "./deps";
import { planBubbles, sendPlanned } from "./outbound";
import type { TurnOutcome } from "./process-turn";
import { guardLine, recordGuardBlocks } from "./reply-guard";
import type { TurnContext } from "./turn-context";

/** Crisis care pauses her proactive messages for this long. */
const CRISIS_PROACTIVE_PAUSE_HOURS = 24;
const AFFIRMS_ADULT =
  /\b(yes|yeah|yep|i am|i'm|im)\b.*\b(18|adult|over)\b|\b(18|19|[2-9]\d)\s*(\+|years?|yo)?\b|^\s*(yes|yeah|yep|ja|si|oui|да)\b/i;

export async function platformOfConversation(db: DbOrTx, conversationId: string): Promise<Platform> {
  const [row] = await db
    .select({ platform: conversations.platform })
    .from(conversations)
    .where(eq(conversations.id, conversationId));
  return row?.platform ?? "web";
}

type LineOptions = {
  source: EventSource;
  /** Count the message for conversation bookkeeping (days played, momentum). */
  recordMessage: boolean;
  /** Crisis replies carry help-line numbers and sites: the guard lets only those through. */
  isCareLine?: boolean;
  playerUpdate?: Partial<typeof players.$inferInsert>;
  safety?: { kind: SafetyKind; details?: Record<string, unknown> };
};

/** Answers the turn with one line (guarded), in one transaction with its bookkeeping. */
async function answerWithLine(
  deps: PipelineDeps,
  ctx: TurnContext,
  text: string,
  now: Date,
  rng: Rng,
  options: LineOptions,
) {
  const guarded = guardLine(text, ctx.state.game.chapter, rng, { allowHelpResources: options.isCareLine });
  const planned = planBubbles(guarded.text, { start: now, delaySeconds: 0, rng });
  await deps.db.transaction(async (tx) => {
    const fresh = await loadEngineState(tx, { playerId: ctx.player.id, forUpdate: true });
    if (fresh && options.recordMessage) {
      const recorded = recordPlayerMessage(fresh.state.game, ctx.message.createdAt, fresh.player.timezone);
      const game = recordNikitaMessages(recorded.game, planned.bubbles.length);
      await saveEngineState(tx, { playerId: ctx.player.id, state: { ...fresh.state, game }, now });
    }
    if (options.playerUpdate) {
      await tx.update(players).set(options.playerUpdate).where(eq(players.id, ctx.player.id));
    }
    if (options.safety) {
      await tx.insert(safetyEvents).values({
        playerId: ctx.player.id,
        kind: options.safety.kind,
        messageId: ctx.message.id,
        content: ctx.message.content.slice(0, 2000),
        sentInstead: guarded.text,
        details: options.safety.details ?? null,
      });
    }
    await sendPlanned(tx, {
      playerId: ctx.player.id,
      conversationId: ctx.turn.conversationId,
      platform: ctx.platform,
      source: options.source,
      planned,
      dedupeKey: `turn:${ctx.turn.id}:${options.source}`,
    });
    await recordGuardBlocks(tx, { playerId: ctx.player.id, messageId: ctx.message.id, guarded });
    await completeTurn(tx, { turnId: ctx.turn.id, claimToken: ctx.turn.claimToken, now });
  });
  deps.onScheduled?.(ctx.player.id);
}

/**
 * Crisis care: she puts the game away and answers with care and the help line for the
 * player's country (or timezone). The exchange is counted but not scored, her proactive
 * messages pause for 24 h, and admins get a crisis flag. Used by the rules gate and when the
 * analysis flags a crisis the rules missed.
 */
export async function answerCrisis(
  deps: PipelineDeps,
  ctx: TurnContext,
  now: Date,
  rng: Rng,
  detection: { detectedBy: "rules" | "analysis"; kind: CrisisKind | null; matched: string | null },
): Promise<TurnOutcome> {
  const { player } = ctx;
  const text = crisisCareReply({
    country: player.country,
    timezone: player.timezone,
    playerName: player.name ?? "",
    kind: detection.kind ?? undefined,
  });
  await answerWithLine(deps, ctx, text, now, rng, {
    source: "safety",
    recordMessage: true,
    isCareLine: true,
    playerUpdate: {
      proactivePausedUntil: new Date(now.getTime() + CRISIS_PROACTIVE_PAUSE_HOURS * TIME.msPerHour),
    },
    safety: { kind: "crisis", details: { ...detection } },
  });
  return "crisis";
}

/**
 * A message saying the player is a minor: the game pauses and she asks them to confirm their
 * age; a second such message (or one while the check is open) locks the account.
 */
export async function answerMinor(
  deps: PipelineDeps,
  ctx: TurnContext,
  now: Date,
  rng: Rng,
  detection: { detectedBy: "rules" | "analysis"; matched: string | null },
): Promise<TurnOutcome> {
  const isRepeat = ctx.player.ageLock === "pending";
  await answerWithLine(deps, ctx, nikitaLine(isRepeat ? "account_locked" : "age_check", { rng }), now, rng, {
    source: "safety",
    recordMessage: false,
    playerUpdate: { ageLock: isRepeat ? "locked" : "pending" },
    safety: { kind: isRepeat ? "age_lock" : "minor", details: { ...detection } },
  });
  return isRepeat ? "locked" : "age_check";
}

/**
 * What the gates decided: `answered` when one of them replied (the turn is done), else null
 * with `needsSpace` set when this is the message of the UTC day from which she says she needs
 * some space (she still answers it).
 */
export type GateResult = { answered: TurnOutcome } | { answered: null; needsSpace: boolean };

/** Runs the gates in order. */
export async function handleSpecialTurn(
  deps: PipelineDeps,
  ctx: TurnContext,
  now: Date,
  rng: Rng,
): Promise<GateResult> {
  const answered = await answerGates(deps, ctx, now, rng);
  if (answered === "needs_space" || answered === null)
    return { answered: null, needsSpace: answered === "needs_space" };
  return { answered };
}

async function answerGates(
  deps: PipelineDeps,
  ctx: TurnContext,
  now: Date,
  rng: Rng,
): Promise<TurnOutcome | "needs_space" | null> {
  const { player, state, message } = ctx;
  const name = player.name;
  if (player.ageLock === "locked") {
    await answerWithLine(deps, ctx, nikitaLine("account_locked", { rng }), now, rng, {
      source: "safety",
      recordMessage: false,
    });
    return "locked";
  }
  const terminal = terminalReply(state.game);
  if (terminal) {
    const kind = terminal === "final_line" ? "game_over_final" : "won_affectionate";
    await answerWithLine(deps, ctx, nikitaLine(kind, { rng, playerName: name }), now, rng, {
      source: "system",
      recordMessage: false,
    });
    return "terminal";
  }
  const crisis = detectCrisis(message.content);
  if (crisis.level === "crisis") {
    return answerCrisis(deps, ctx, now, rng, {
      detectedBy: "rules",
      kind: crisis.kind ?? null,
      matched: crisis.matched ?? null,
    });
  }
  const minor = detectMinor(message.content);
  if (minor.isMinor) {
    return answerMinor(deps, ctx, now, rng, { detectedBy: "rules", matched: minor.matched ?? null });
  }
  if (player.ageLock === "pending") {
    if (!AFFIRMS_ADULT.test(message.content)) {
      await answerWithLine(deps, ctx, nikitaLine("age_check", { rng }), now, rng, {
        source: "safety",
        recordMessage: false,
      });
      return "age_check";
    }
    await deps.db
      .update(players)
      .set({ ageLock: "none", ageConfirmedAt: now })
      .where(eq(players.id, player.id));
  }
  if (state.game.status === "boss_fight") return null;
  // Counted when the turn was loaded (the player messages before this one).
  const counts = ctx.recentPlayerMessages;
  const decision = rateDecision(counts, false);
  if (isLimited(decision)) {
    // Over the minute limit she asks him to slow down; over the day's, she is done for today.
    const kind = decision === "limited_day" ? "needs_space" : "slow_down";
    await answerWithLine(deps, ctx, nikitaLine(kind, { rng }), now, rng, {
      source: "system",
      recordMessage: true,
    });
    return "rate_limited";
  }
  const isFirstNeedingSpace = counts.today + 1 === RATE_LIMIT_RULES.needsSpaceFrom;
  return decision === "needs_space" && isFirstNeedingSpace ? "needs_space" : null;
}
