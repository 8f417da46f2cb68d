// Boss fights (GAME.md §3). The opening follows her reply to the triggering message. While
// the fight runs, messages are not scored, rate-limited or delayed: the player's reply to
// the opening gets her probing follow-up (resolution); the reply to that is judged over the
// whole boss exchange (a judge failure is ERROR), and the engine applies the outcome —
// next chapter, a failed attempt with cooldown, game over at the third fail, or the win.
import { and, asc, eq, gte } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { completeTurn, countExchangedMessages } from "@/db/queries/conversations";
import { insertScoreHistory, loadEngineState, saveEngineState } from "@/db/queries/engine-state";
import { messages } from "@/db/schema";
import { nikitaLine } from "@/lib/agents/lines";
import type { TranscriptLine } from "@/lib/agents/model";
import {
  type BossJudgment,
  type GameEvent,
  type Rng,
  recordBossReply,
  recordNikitaMessages,
  recordPlayerMessage,
  resolveBoss,
} from "@/lib/engine";
import { createLogger } from "@/lib/observability/logger";
import type { PipelineDeps } from "./deps";
import { planBubbles, sendPlanned } from "./outbound";
import type { TurnOutcome } from "./process-turn";
import { guardLine, recordGuardBlocks } from "./reply-guard";
import type { TurnContext } from "./turn-context";

const log = createLogger("boss");

async function bossLineText(
  deps: PipelineDeps,
  ctx: TurnContext,
  phase: "opening" | "resolution",
  rng: Rng,
): Promise<string> {
  const chapter = ctx.state.game.chapter;
  try {
    return await deps.model.bossLine({
      playerId: ctx.player.id,
      playerName: ctx.player.name ?? "you",
      chapter,
      phase,
      history: ctx.history,
      seed: deps.seed(),
    });
  } catch (error) {
    log.warn("boss line from the model failed; using her offline line", { playerId: ctx.player.id, error });
    return nikitaLine(phase === "opening" ? "boss_opening" : "boss_resolution", { rng, chapter });
  }
}

/** Her boss opening, written before the transaction that starts the fight (a slow model call). */
export function bossOpeningText(deps: PipelineDeps, ctx: TurnContext, rng: Rng): Promise<string> {
  return bossLineText(deps, ctx, "opening", rng);
}

/**
 * Queues the boss opening inside the transaction that starts the fight, so a fight never
 * exists without its challenge. `text` is the line written beforehand; when the fight starts
 * unforeseen (the state changed since the turn was loaded) her offline opening stands in.
 */
export async function queueBossOpening(
  tx: DbOrTx,
  ctx: TurnContext,
  params: { text: string | null; start: Date; rng: Rng },
) {
  const chapter = ctx.state.game.chapter;
  const text = params.text ?? nikitaLine("boss_opening", { rng: params.rng, chapter });
  const guarded = guardLine(text, chapter, params.rng);
  await sendPlanned(tx, {
    playerId: ctx.player.id,
    conversationId: ctx.turn.conversationId,
    platform: ctx.platform,
    source: "boss",
    planned: planBubbles(guarded.text, { start: params.start, delaySeconds: 0, rng: params.rng }),
    dedupeKey: `turn:${ctx.turn.id}:boss-opening`,
  });
  await recordGuardBlocks(tx, { playerId: ctx.player.id, messageId: null, guarded });
}

async function bossExchange(deps: PipelineDeps, ctx: TurnContext): Promise<TranscriptLine[]> {
  const since = ctx.state.game.bossStartedAt ?? ctx.message.createdAt;
  const rows = await deps.db
    .select({ role: messages.role, content: messages.content, createdAt: messages.createdAt })
    .from(messages)
    .where(and(eq(messages.playerId, ctx.player.id), gte(messages.createdAt, since)))
    .orderBy(asc(messages.createdAt), asc(messages.id));
  return rows
    .filter((r) => r.role !== "system" && r.createdAt <= ctx.message.createdAt)
    .map((r) => ({ role: r.role as TranscriptLine["role"], content: r.content, at: r.createdAt }));
}

async function judge(deps: PipelineDeps, ctx: TurnContext): Promise<BossJudgment> {
  try {
    const exchange = await bossExchange(deps, ctx);
    return await deps.model.judge({
      playerId: ctx.player.id,
      chapter: ctx.state.game.chapter,
      exchange,
      seed: deps.seed(),
    });
  } catch (error) {
    log.warn("boss judgment failed: ERROR outcome", { playerId: ctx.player.id, error });
    return { verdict: "ERROR", confidence: 0 };
  }
}

/** `stored`: the messages exchanged as stored, for the victory line (null when not needed). */
function outcomeLine(
  events: GameEvent[],
  ctx: TurnContext,
  rng: Rng,
  stored: { messagesExchanged: number } | null,
): string | null {
  const playerName = ctx.player.name;
  const won = events.find((e) => e.type === "won");
  if (won && won.type === "won") {
    return nikitaLine("victory", {
      rng,
      playerName,
      daysPlayed: won.daysPlayed,
      messagesExchanged: stored?.messagesExchanged ?? won.messagesExchanged,
    });
  }
  const over = events.find((e) => e.type === "game_over");
  if (over && over.type === "game_over")
    return nikitaLine("goodbye", { rng, playerName, reason: over.reason });
  const judged = events.find((e) => e.type === "boss_judged");
  if (judged?.type !== "boss_judged") return null;
  if (judged.verdict === "PASS") return nikitaLine("boss_pass", { rng, chapter: judged.chapter, playerName });
  if (judged.verdict === "FAIL") return nikitaLine("boss_fail", { rng, chapter: judged.chapter, playerName });
  return nikitaLine("boss_partial", { rng, chapter: judged.chapter, playerName });
}

export async function handleBossTurn(
  deps: PipelineDeps,
  ctx: TurnContext,
  now: Date,
  rng: Rng,
): Promise<TurnOutcome> {
  const phase = ctx.state.game.bossPhase;
  // The slow parts happen before the transaction: her follow-up, or the judgment.
  const followUp = phase === "opening" ? await bossLineText(deps, ctx, "resolution", rng) : null;
  const judgment = phase === "resolution" ? await judge(deps, ctx) : null;

  await deps.db.transaction(async (tx) => {
    const fresh = await loadEngineState(tx, { playerId: ctx.player.id, forUpdate: true });
    if (!fresh) return;
    const recorded = recordPlayerMessage(fresh.state.game, ctx.message.createdAt, fresh.player.timezone);
    let result = recordBossReply({ ...fresh.state, game: recorded.game }, ctx.message.createdAt);
    const events = [...result.events];
    const history = [...result.history];
    let state = result.state;
    if (result.awaitingJudgment) {
      const resolved = resolveBoss(state, judgment ?? { verdict: "ERROR", confidence: 0 }, now);
      state = resolved.state;
      events.push(...resolved.events);
      history.push(...resolved.history);
    }
    // The victory line counts what the player can scroll back through: the stored messages.
    const stored = events.some((e) => e.type === "won")
      ? {
          messagesExchanged: await countExchangedMessages(tx, {
            playerId: ctx.player.id,
            since: fresh.state.game.startedAt,
            until: ctx.message.createdAt,
          }),
        }
      : null;
    const text =
      result.awaitingJudgment || result.timedOut ? outcomeLine(events, ctx, rng, stored) : followUp;
    const guarded = text ? guardLine(text, ctx.state.game.chapter, rng) : null;
    const planned = guarded ? planBubbles(guarded.text, { start: now, delaySeconds: 0, rng }) : null;
    if (planned && state.game.status === "boss_fight") {
      // Her follow-up is the latest boss message: the 24 h reply clock starts when it is sent.
      state = { ...state, game: { ...state.game, bossLastPromptAt: planned.endsAt } };
    }
    state = { ...state, game: recordNikitaMessages(state.game, planned?.bubbles.length ?? 0) };
    await saveEngineState(tx, { playerId: ctx.player.id, state, now });
    await insertScoreHistory(tx, {
      playerId: ctx.player.id,
      entries: history,
      messageId: ctx.message.id,
      conversationId: ctx.turn.conversationId,
    });
    if (planned && guarded) {
      await sendPlanned(tx, {
        playerId: ctx.player.id,
        conversationId: ctx.turn.conversationId,
        platform: ctx.platform,
        source: "boss",
        planned,
        dedupeKey: `turn:${ctx.turn.id}:boss`,
      });
      await recordGuardBlocks(tx, { playerId: ctx.player.id, messageId: ctx.message.id, guarded });
    }
    await completeTurn(tx, { turnId: ctx.turn.id, claimToken: ctx.turn.claimToken, now });
    result = { ...result, state };
  });
  deps.onScheduled?.(ctx.player.id);
  return "boss";
}
