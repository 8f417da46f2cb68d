// §1 Per-exchange scoring. After each answered player message (or voice call), in order:
// 1 warmth bonus (vulnerability_exchange: trust +2 for the 1st in the conversation, +1 for the
// 2nd, trust delta capped at +10); 2 engagement multiplier on positive deltas only; 3 chapter
// cap ±cap per metric; 4 metrics += deltas clamped to [0, 100], score recomputed, one history
// row. Then conflict (§6), Gottman counts, vices (§7), score events, game over at 0 or on a
// conflict break-up, and finally the boss trigger (§3). Only `active` players are scored.
import type { Analysis } from "./analysis";
import * as Boss from "./boss";
import * as Conflict from "./conflict";
import * as GameOver from "./game-over";
import * as Rules from "./rules";
import * as Score from "./score";
import * as State from "./state";
import type { EngineResult, EngineState, GameEvent, GameOverReason, ScoreHistoryEntry } from "./types";
import * as Vices from "./vices";
import type { Chapter, EngagementStateName, Metrics } from "./vocabulary";

// Imports bound to module constants once: see state.ts on why hot modules do this.
const { shouldTriggerBoss, startBoss } = Boss;
const { applyConflictExchange } = Conflict;
const { endGame } = GameOver;
const { addToMetrics, compositeScore, isScoreZero, metricDifference, scoreCrossingEvents } = Score;
const { copyGame } = State;
const { applyViceSignals } = Vices;
const {
  behaviour: WARM_BEHAVIOUR,
  trustBonusByOrdinal: WARMTH_BONUS,
  trustDeltaCap: TRUST_CAP,
} = Rules.WARMTH_RULES;
const MULTIPLIERS = Rules.ENGAGEMENT_MULTIPLIERS;
const CHAPTERS = Rules.CHAPTER_RULES;

export interface ExchangeContext {
  now: Date;
  /** History kind: a text exchange or a whole voice call (same rules). */
  source?: "conversation" | "voice_call";
}

export interface ExchangeResult extends EngineResult {
  /** False when the player was not `active` (boss fight, onboarding, ended): nothing changed. */
  scored: boolean;
}

/** Trust bonus for this exchange given how many vulnerability exchanges the conversation had. */
export function warmthBonus(analysis: Analysis, warmthCountSoFar: number): number {
  if (!analysis.behaviours.includes(WARM_BEHAVIOUR)) return 0;
  return WARMTH_BONUS[warmthCountSoFar] ?? 0;
}

function shapeDelta(raw: number, multiplier: number, cap: number): number {
  const multiplied = raw > 0 ? raw * multiplier : raw;
  return Math.min(cap, Math.max(-cap, multiplied));
}

/** Steps 1–3: the per-metric deltas that will be added to the metrics. */
export function shapeDeltas(
  deltas: Metrics,
  bonus: number,
  engagement: EngagementStateName,
  chapter: Chapter,
): Metrics {
  const multiplier = MULTIPLIERS[engagement];
  const cap = CHAPTERS[chapter].deltaCap;
  return {
    intimacy: shapeDelta(deltas.intimacy, multiplier, cap),
    passion: shapeDelta(deltas.passion, multiplier, cap),
    trust: shapeDelta(Math.min(deltas.trust + bonus, TRUST_CAP), multiplier, cap),
    secureness: shapeDelta(deltas.secureness, multiplier, cap),
  };
}

/** Applies one scored exchange to the whole engine state. */
export function applyExchange(state: EngineState, analysis: Analysis, ctx: ExchangeContext): ExchangeResult {
  const { now } = ctx;
  const before = state.game;
  if (before.status !== "active") return { state, events: [], history: [], scored: false };

  const isWarm = analysis.behaviours.includes(WARM_BEHAVIOUR);
  const bonus = warmthBonus(analysis, before.conversationWarmthCount);
  const multiplier = MULTIPLIERS[state.engagement.state];
  const shaped = shapeDeltas(analysis.deltas, bonus, state.engagement.state, before.chapter);
  const metrics = addToMetrics(before.metrics, shaped);
  const score = compositeScore(metrics);
  const history: ScoreHistoryEntry[] = [
    {
      kind: ctx.source ?? "conversation",
      at: now,
      chapter: before.chapter,
      scoreBefore: before.score,
      scoreAfter: score,
      deltas: metricDifference(before.metrics, metrics),
      multiplier,
      hours: null,
      amount: null,
      explanation: analysis.explanation,
    },
  ];
  const events: GameEvent[] = scoreCrossingEvents(before.score, score);

  const conflict = applyConflictExchange(state.conflict, analysis, now);
  if (conflict.zoneAfter !== conflict.zoneBefore) {
    events.push({ type: "conflict_zone_changed", from: conflict.zoneBefore, to: conflict.zoneAfter });
  }

  let game = copyGame(before);
  game.metrics = metrics;
  game.score = score;
  if (isWarm) game.conversationWarmthCount = before.conversationWarmthCount + 1;
  const endReason: GameOverReason | null = isScoreZero(score)
    ? "score_zero"
    : conflict.isBreakup
      ? "conflict_breakup"
      : null;
  if (endReason) {
    const ended = endGame(game, endReason, now);
    game = ended.game;
    events.push(...ended.events);
  }

  let next: EngineState = {
    game,
    engagement: state.engagement,
    conflict: conflict.conflict,
    vices: applyViceSignals(state.vices, analysis.vice_signals, before.chapter),
  };
  if (shouldTriggerBoss(next.game, now)) {
    const boss = startBoss(next, now);
    next = boss.state;
    events.push(...boss.events);
    history.push(...boss.history);
  }
  return { state: next, events, history, scored: true };
}
