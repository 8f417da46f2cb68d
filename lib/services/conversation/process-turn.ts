// Processing one accepted player message. The turn is claimed (one per player at a time),
// then the gates run in order: unknown or unonboarded player → nothing; age lock; terminal
// state → a canned line, no model call; crisis care; minor check; boss fight → the two-phase
// boss flow; rate limit → in character; skip rule. Otherwise her reply and the analysis come
// from the model (2 calls), the score is applied through the engine in one transaction with
// the bubbles scheduled, and memory facts are stored. A model failure leaves the turn for a
// later retry after one in-character "give me a minute".
import {
  type ClaimedTurn,
  ClaimLostError,
  claimNextTurn,
  completeScoredTurn,
  completeTurn,
  retryTurnLater,
} from "@/db/queries/conversations";
import { loadEngineState, saveEngineState, scoreHistoryInsert } from "@/db/queries/engine-state";
import { nikitaLine } from "@/lib/agents/lines";
import {
  type Analysis,
  applyExchange,
  createRng,
  momentumMultiplier,
  parseAnalysis,
  type Rng,
  recordNikitaMessages,
  recordPlayerMessage,
  replyDelaySeconds,
  shouldSkipReply,
} from "@/lib/engine";
import { createLogger } from "@/lib/observability/logger";
import { bossOpeningText, handleBossTurn } from "./boss-turn";
import { PIPELINE, type PipelineDeps, retryDelayMs } from "./deps";
import { queueFollowUps } from "./follow-ups";
import { planBubbles, sendPlanned } from "./outbound";
import { guardLine, guardModelReply, recordGuardBlocks } from "./reply-guard";
import { answerCrisis, answerMinor, handleSpecialTurn, platformOfConversation } from "./special-turns";
import { buildReplyContext, loadTurnContext, recallForTurn, type TurnContext } from "./turn-context";

const log = createLogger("pipeline");

export type TurnOutcome =
  | "ignored"
  | "terminal"
  | "locked"
  | "age_check"
  | "crisis"
  | "boss"
  | "rate_limited"
  | "skipped"
  | "replied"
  | "retry"
  | "failed"
  /** Another worker took the turn over (this claim went stale); this result was discarded. */
  | "superseded";

/**
 * What processing one turn came to. A scored turn also knows when the player's next turn could
 * be claimed (`nextDueAt`, null for none), looked up under the player lock as it completed.
 */
type Processed = { outcome: TurnOutcome; nextDueAt?: Date | null };

/** Processes every due turn of one player, oldest first. */
export async function processPlayerTurns(deps: PipelineDeps, playerId: string): Promise<TurnOutcome[]> {
  const outcomes: TurnOutcome[] = [];
  for (;;) {
    const turn = await claimNextTurn(deps.db, {
      playerId,
      now: deps.now(),
      staleAfterMs: PIPELINE.staleClaimMs,
    });
    if (!turn) return outcomes;
    const { outcome, nextDueAt } = await processTurn(deps, turn);
    outcomes.push(outcome);
    if (outcome === "retry" || outcome === "superseded") return outcomes;
    // Nothing is due yet, so a claim would find nothing. A turn accepted after that look is
    // not lost: its own processing claims it once this turn's completion has committed.
    if (nextDueAt !== undefined && (nextDueAt === null || nextDueAt > deps.now())) return outcomes;
  }
}

export async function processClaimedTurn(deps: PipelineDeps, turn: ClaimedTurn): Promise<TurnOutcome> {
  return (await processTurn(deps, turn)).outcome;
}

async function processTurn(deps: PipelineDeps, turn: ClaimedTurn): Promise<Processed> {
  const now = deps.now();
  const rng = createRng(deps.seed());
  try {
    const ctx = await loadTurnContext(deps.db, turn, now);
    if (!ctx || ctx.player.status === "onboarding") {
      await completeTurn(deps.db, { turnId: turn.id, claimToken: turn.claimToken, now });
      return { outcome: "ignored" };
    }
    const isBossFight = ctx.state.game.status === "boss_fight";
    // Recall starts with the gates (it never rejects): an answered gate just drops it.
    const memories = isBossFight ? null : recallForTurn(deps, ctx);
    const gate = await handleSpecialTurn(deps, ctx, now, rng);
    if (gate.answered) {
      await memories;
      return { outcome: gate.answered };
    }
    if (isBossFight || !memories) return { outcome: await handleBossTurn(deps, ctx, now, rng) };
    return await handleOrdinaryTurn(deps, ctx, now, rng, { needsSpace: gate.needsSpace, memories });
  } catch (error) {
    if (error instanceof ClaimLostError) {
      log.info("claim taken over by another worker; result discarded", {
        turnId: turn.id,
        playerId: turn.playerId,
      });
      return { outcome: "superseded" };
    }
    return { outcome: await failTurnForNow(deps, turn, error, rng) };
  }
}

async function handleOrdinaryTurn(
  deps: PipelineDeps,
  ctx: TurnContext,
  now: Date,
  rng: Rng,
  options: { needsSpace: boolean; memories: Promise<string[]> },
): Promise<Processed> {
  const { player, state, message } = ctx;
  const isSkipped = shouldSkipReply(
    {
      chapter: state.game.chapter,
      mode: player.hardMode ? "hard" : "normal",
      previousWasSkipped: player.lastSkipped,
      isBossFight: false,
    },
    rng,
  );
  const preview = recordPlayerMessage(state.game, message.createdAt, player.timezone);
  const memories = await options.memories;
  const replyCtx = buildReplyContext(ctx, {
    now,
    memories,
    isNewConversation: preview.isNewConversation,
    seed: deps.seed(),
  });
  const previousNikitaLine = [...ctx.history].reverse().find((l) => l.role === "nikita")?.content ?? null;
  const [replyText, rawAnalysis] = await Promise.all([
    isSkipped ? Promise.resolve(null) : deps.model.reply(replyCtx),
    deps.model
      .analyze({
        playerId: player.id,
        chapter: state.game.chapter,
        conflictZone: replyCtx.conflictZone,
        playerText: message.content,
        previousNikitaLine,
        history: ctx.history,
        seed: replyCtx.seed,
      })
      .then(
        (raw) => ({ raw, error: null }),
        (error: unknown) => ({ raw: null, error }),
      ),
  ]);
  // One warning per rejected analysis, whether the call failed (no JSON, no tool call, model
  // down) or its answer did not validate.
  const parsed = parseAnalysis(rawAnalysis.raw);
  if (!parsed.ok) {
    const issue = rawAnalysis.error === null ? parsed.issue : errorIssue(rawAnalysis.error);
    log.warn("analysis rejected; zero deltas", { turnId: ctx.turn.id, playerId: player.id, issue });
  }
  const analysis: Analysis = parsed.analysis;
  // The analysis can see what the rules missed: a crisis, or a player saying they are a minor.
  if (analysis.flags.crisis) {
    return {
      outcome: await answerCrisis(deps, ctx, now, rng, { detectedBy: "analysis", kind: null, matched: null }),
    };
  }
  if (analysis.flags.minor && player.ageLock === "none") {
    return { outcome: await answerMinor(deps, ctx, now, rng, { detectedBy: "analysis", matched: null }) };
  }
  const answer =
    replyText === null ? null : await guardModelReply(replyText, replyCtx, deps.model.reply, rng);
  // From the day's "needs space" message on, she says so after her answer (its own bubble).
  const guarded =
    answer && options.needsSpace
      ? { ...answer, text: `${answer.text}\n\n${nikitaLine("needs_space", { rng })}` }
      : answer;
  // The fight starts in the transaction below, with her opening queued in it: the opening is
  // written now (a model call) when this exchange is expected to reach the threshold.
  const foreseen = applyExchange({ ...state, game: preview.game }, analysis, { now });
  const openingText = foreseen.events.some((e) => e.type === "boss_threshold_reached")
    ? await bossOpeningText(deps, ctx, rng)
    : null;

  const committed = await deps.db.transaction(async (tx) => {
    const fresh = await loadEngineState(tx, { playerId: player.id, forUpdate: true });
    if (!fresh) return null;
    const recorded = recordPlayerMessage(fresh.state.game, message.createdAt, fresh.player.timezone);
    const result = applyExchange({ ...fresh.state, game: recorded.game }, analysis, { now });
    const delay = replyDelaySeconds(
      {
        chapter: recorded.game.chapter,
        isNewConversation: recorded.isNewConversation,
        isBossFight: false,
        momentum: momentumMultiplier(recorded.game),
      },
      rng,
    );
    const planned = guarded
      ? planBubbles(guarded.text, { start: now, delaySeconds: delay * (deps.delayScale ?? 1), rng })
      : null;
    const game = recordNikitaMessages(result.state.game, planned?.bubbles.length ?? 0);
    await saveEngineState(tx, {
      playerId: player.id,
      state: { ...result.state, game },
      now,
      playerFields: { lastSkipped: isSkipped },
      previous: fresh.state,
    });
    if (planned) {
      await sendPlanned(tx, {
        playerId: player.id,
        conversationId: ctx.turn.conversationId,
        platform: ctx.platform,
        source: "reply",
        planned,
        dedupeKey: `turn:${ctx.turn.id}:reply`,
      });
    }
    if (guarded) await recordGuardBlocks(tx, { playerId: player.id, messageId: message.id, guarded });
    await queueFollowUps(tx, ctx, { events: result.events, after: planned?.endsAt ?? now, openingText, rng });
    const scored = result.history.find((h) => h.kind === "conversation");
    const { nextDueAt } = await completeScoredTurn(tx, {
      turnId: ctx.turn.id,
      claimToken: ctx.turn.claimToken,
      playerId: player.id,
      messageId: message.id,
      now,
      scored: {
        analysis,
        scoreDelta: scored ? Math.round((scored.scoreAfter - scored.scoreBefore) * 100) / 100 : null,
        explanation: analysis.explanation || null,
        isSkipped,
      },
      history: scoreHistoryInsert(tx, {
        playerId: player.id,
        entries: result.history,
        messageId: message.id,
        conversationId: ctx.turn.conversationId,
      }),
      staleAfterMs: PIPELINE.staleClaimMs,
    });
    return { nextDueAt };
  });
  if (!committed) return { outcome: "ignored" };

  if (analysis.facts.length > 0) {
    await deps.memory
      .remember({ playerId: player.id, facts: analysis.facts, sourceMessageId: message.id, now })
      .catch((error: unknown) => log.warn("memory write failed", { playerId: player.id, error }));
  }
  deps.onScheduled?.(player.id);
  return { outcome: isSkipped ? "skipped" : "replied", nextDueAt: committed.nextDueAt };
}

/** A model or infrastructure failure: one "give me a minute", then a retry with backoff. */
async function failTurnForNow(
  deps: PipelineDeps,
  turn: ClaimedTurn,
  error: unknown,
  rng: Rng,
): Promise<TurnOutcome> {
  const now = deps.now();
  log.warn("turn failed; will retry", {
    playerId: turn.playerId,
    turnId: turn.id,
    attempt: turn.attempts,
    error,
  });
  try {
    const outcome = await retryTurnLater(deps.db, {
      turnId: turn.id,
      claimToken: turn.claimToken,
      now,
      attempts: turn.attempts,
      maxAttempts: PIPELINE.maxAttempts,
      retryAt: new Date(now.getTime() + retryDelayMs(turn.attempts)),
      error: error instanceof Error ? error.message : String(error),
    });
    if (outcome === "superseded") return outcome;
    if (turn.attempts === 1 || outcome === "failed") {
      const platform = await platformOfConversation(deps.db, turn.conversationId);
      const line = nikitaLine(outcome === "failed" ? "lost_thread" : "give_me_a_minute", { rng });
      // Canned and chapter-independent; guarded anyway (strictest chapter) so no path skips it.
      const guarded = guardLine(line, 1, rng);
      await deps.db.transaction(async (tx) => {
        await sendPlanned(tx, {
          playerId: turn.playerId,
          conversationId: turn.conversationId,
          platform,
          source: "system",
          planned: planBubbles(guarded.text, { start: now, delaySeconds: 0, rng }),
          dedupeKey: `turn:${turn.id}:${outcome === "failed" ? "lost" : "wait"}`,
        });
        await recordGuardBlocks(tx, { playerId: turn.playerId, messageId: turn.messageId, guarded });
      });
      deps.onScheduled?.(turn.playerId);
    }
    return outcome;
  } catch (inner) {
    log.error("could not reschedule a failed turn", { turnId: turn.id, error: inner });
    return "retry";
  }
}

/** What went wrong, without the model's text (an error message names the problem, not the answer). */
function errorIssue(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : "analysis call failed";
}
