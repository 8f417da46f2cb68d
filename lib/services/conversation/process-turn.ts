// Processing one accepted player message. The turn is claimed (one per player at a time),
// then the gates run in order: unknown or unonboarded player → nothing; age lock; terminal
// state → a canned line, no model call; crisis care; minor check; boss fight → the two-phase
// boss flow; rate limit → in character; skip rule. Otherwise her reply and the analysis come
// from the model (2 calls), the score is applied through the engine in one transaction with
// the bubbles scheduled, and memory facts are stored. A model failure leaves the turn for a
// later retry after one in-character "give me a minute".
import { eq } from "drizzle-orm";
import { type ClaimedTurn, claimNextTurn, completeTurn, retryTurnLater } from "@/db/queries/conversations";
import { insertScoreHistory, loadEngineState, saveEngineState } from "@/db/queries/engine-state";
import { messages, players } from "@/db/schema";
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
import { createLogger } from "@/lib/logger";
import { handleBossTurn, scheduleBossOpening } from "./boss-turn";
import { PIPELINE, type PipelineDeps, retryDelayMs } from "./deps";
import { planBubbles, sendPlanned } from "./outbound";
import { guardModelReply, recordGuardBlocks } from "./reply-guard";
import { handleSpecialTurn, platformOfConversation } from "./special-turns";
import { buildReplyContext, loadTurnContext, recallMemories, type TurnContext } from "./turn-context";

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
  | "failed";

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
    const outcome = await processClaimedTurn(deps, turn);
    outcomes.push(outcome);
    if (outcome === "retry") return outcomes;
  }
}

export async function processClaimedTurn(deps: PipelineDeps, turn: ClaimedTurn): Promise<TurnOutcome> {
  const now = deps.now();
  const rng = createRng(deps.seed());
  try {
    const ctx = await loadTurnContext(deps.db, turn, now);
    if (!ctx || ctx.player.status === "onboarding") {
      await completeTurn(deps.db, { turnId: turn.id, now });
      return "ignored";
    }
    const special = await handleSpecialTurn(deps, ctx, now, rng);
    if (special) return special;
    if (ctx.state.game.status === "boss_fight") return await handleBossTurn(deps, ctx, now, rng);
    return await handleOrdinaryTurn(deps, ctx, now, rng);
  } catch (error) {
    return failTurnForNow(deps, turn, error, rng);
  }
}

async function handleOrdinaryTurn(
  deps: PipelineDeps,
  ctx: TurnContext,
  now: Date,
  rng: Rng,
): Promise<TurnOutcome> {
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
  const memories = await recallMemories(deps, player.id, message.content);
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
      .catch((error: unknown) => {
        log.warn("analysis failed; scoring nothing", { playerId: player.id, error });
        return null;
      }),
  ]);
  const parsed = parseAnalysis(rawAnalysis);
  if (!parsed.ok) log.warn("analysis rejected; zero deltas", { playerId: player.id, issue: parsed.issue });
  const analysis: Analysis = parsed.analysis;
  const guarded =
    replyText === null ? null : await guardModelReply(replyText, replyCtx, deps.model.reply, rng);

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
    const planned = guarded ? planBubbles(guarded.text, { start: now, delaySeconds: delay, rng }) : null;
    const game = recordNikitaMessages(result.state.game, planned?.bubbles.length ?? 0);
    await saveEngineState(tx, { playerId: player.id, state: { ...result.state, game }, now });
    await insertScoreHistory(tx, {
      playerId: player.id,
      entries: result.history,
      messageId: message.id,
      conversationId: ctx.turn.conversationId,
    });
    const scored = result.history.find((h) => h.kind === "conversation");
    await tx
      .update(messages)
      .set({
        analysis,
        scoreDelta: scored ? Math.round((scored.scoreAfter - scored.scoreBefore) * 100) / 100 : null,
        explanation: analysis.explanation || null,
        isSkipped,
      })
      .where(eq(messages.id, message.id));
    await tx.update(players).set({ lastSkipped: isSkipped }).where(eq(players.id, player.id));
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
    await completeTurn(tx, { turnId: ctx.turn.id, now });
    return { result, endsAt: planned?.endsAt ?? now };
  });
  if (!committed) return "ignored";

  await followUpEvents(deps, ctx, committed.result.events, committed.endsAt, rng);
  if (analysis.facts.length > 0) {
    await deps.memory
      .remember({ playerId: player.id, facts: analysis.facts, sourceMessageId: message.id, now })
      .catch((error: unknown) => log.warn("memory write failed", { playerId: player.id, error }));
  }
  deps.onScheduled?.(player.id);
  return isSkipped ? "skipped" : "replied";
}

/** After her reply: the boss opening when the threshold was reached, or a goodbye at game over. */
async function followUpEvents(
  deps: PipelineDeps,
  ctx: TurnContext,
  events: { type: string }[],
  after: Date,
  rng: Rng,
) {
  const { player } = ctx;
  const start = new Date(after.getTime() + 1000);
  if (events.some((e) => e.type === "boss_threshold_reached")) {
    await scheduleBossOpening(deps, ctx, start, rng);
  }
  const over = events.find((e): e is { type: "game_over"; reason: string } => e.type === "game_over");
  if (over) {
    const text = nikitaLine("goodbye", { rng, playerName: player.name, reason: over.reason });
    await sendPlanned(deps.db, {
      playerId: player.id,
      conversationId: ctx.turn.conversationId,
      platform: ctx.platform,
      source: "system",
      planned: planBubbles(text, { start, delaySeconds: 0, rng }),
      dedupeKey: `turn:${ctx.turn.id}:goodbye`,
    });
  }
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
      now,
      attempts: turn.attempts,
      maxAttempts: PIPELINE.maxAttempts,
      retryAt: new Date(now.getTime() + retryDelayMs(turn.attempts)),
      error: error instanceof Error ? error.message : String(error),
    });
    if (turn.attempts === 1 || outcome === "failed") {
      const platform = await platformOfConversation(deps.db, turn.conversationId);
      await sendPlanned(deps.db, {
        playerId: turn.playerId,
        conversationId: turn.conversationId,
        platform,
        source: "system",
        planned: planBubbles(nikitaLine(outcome === "failed" ? "lost_thread" : "give_me_a_minute", { rng }), {
          start: now,
          delaySeconds: 0,
          rng,
        }),
        dedupeKey: `turn:${turn.id}:${outcome === "failed" ? "lost" : "wait"}`,
      });
      deps.onScheduled?.(turn.playerId);
    }
    return outcome;
  } catch (inner) {
    log.error("could not reschedule a failed turn", { turnId: turn.id, error: inner });
    return "retry";
  }
}
