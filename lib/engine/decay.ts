// §4 Decay — the hourly job. The SQL job must match `computeDecay` exactly:
//
//   eligible     status = 'active' (never boss_fight, game_over, won, onboarding)
//   anchor       = greatest(last_player_message_at, last_boss_exit_at, started_at)
//   grace_end    = anchor + grace_hours(chapter)
//   from         = greatest(grace_end, decayed_through)          -- decayed_through may be null
//   hours        = floor((now − from) / 1 h)                     -- whole overdue hours only
//   if hours ≤ 0: nothing happens (state untouched)
//   through      = from + hours · 1 h                            -- new decayed_through
//   today        = utc_date(now)
//   used         = decay_applied_day = today ? decay_applied_today : 0
//   amount       = least(round2(rate(chapter) · hours), greatest(0, daily_cap(chapter) − used), 20)
//   decay_applied_day = today, decay_applied_today = round2(used + amount)
//
// So an hour is charged at most once however runs are spaced (decayed_through only moves
// forward, in whole hours), at exactly grace end nothing is due, the amount applied per UTC
// day (the day of the run) never exceeds the chapter cap, and overdue hours beyond the cap are
// forgiven: decayed_through still moves past them. When amount > 0, `amount` is subtracted
// from every metric (floored at 0), the score recomputed, one `decay` history row written
// (hours, and as `amount` what the score lost: score_before − score_after, which is less than
// the charge when metrics hit their floor). Crossing below 40 emits `decay_warning` (the "still there?" message) unless
// one was sent in the last 24 h; score 0 ends the game.
import * as GameOver from "./game-over";
import type { ChapterRule } from "./rules";
import * as Rules from "./rules";
import * as Score from "./score";
import * as State from "./state";
import * as Time from "./time";
import type { EngineResult, EngineState, GameEvent, PlayerGameState } from "./types";
import type { Chapter } from "./vocabulary";

// Imports bound to module constants once: see state.ts on why hot modules do this.
const { endGame } = GameOver;
const { compositeScore, isScoreZero, metricDifference, round2, scoreCrossingEvents, subtractFromAllMetrics } =
  Score;
const { copyGame, patchState } = State;
const { latest, utcDayKey } = Time;
const DECAY = Rules.DECAY_RULES;
const MS_PER_HOUR = Rules.TIME.msPerHour;
const CHARGE_UNIT_MS = DECAY.chargeUnitHours * MS_PER_HOUR;

/** The numbers decay uses; injectable so tests can probe bounds the real table never reaches. */
export interface DecayConfig {
  chapters: Record<Chapter, Pick<ChapterRule, "decayGraceHours" | "decayRatePerHour" | "dailyDecayCap">>;
  perRunCap: number;
}

export const DECAY_CONFIG: DecayConfig = { chapters: Rules.CHAPTER_RULES, perRunCap: DECAY.perRunCap };

export interface DecayComputation {
  /** Points subtracted from every metric by this run (0 when capped out or nothing due). */
  amount: number;
  /** Whole overdue hours newly covered by this run, whether charged or forgiven. */
  hours: number;
  /** Points not charged because of the daily (or per-run) cap: forgiven, never carried over. */
  forgiven: number;
  decayedThrough: Date | null;
  decayAppliedDay: string | null;
  decayAppliedToday: number;
}

/** The moment grace counts from: the later of the last player message and the last boss exit. */
export function decayAnchor(game: PlayerGameState): Date {
  return latest(latest(game.lastPlayerMessageAt, game.lastBossExitAt), game.startedAt) ?? game.startedAt;
}

export function isDecayEligible(game: PlayerGameState): boolean {
  return (DECAY.statuses as readonly string[]).includes(game.status);
}

/** How much decay a run at `now` applies; pure arithmetic, see the header for the contract. */
export function computeDecay(
  game: PlayerGameState,
  now: Date,
  config: DecayConfig = DECAY_CONFIG,
): DecayComputation {
  const none: DecayComputation = {
    amount: 0,
    hours: 0,
    forgiven: 0,
    decayedThrough: game.decayedThrough,
    decayAppliedDay: game.decayAppliedDay,
    decayAppliedToday: game.decayAppliedToday,
  };
  if (!isDecayEligible(game)) return none;
  const chapter = config.chapters[game.chapter];
  const graceEnd = decayAnchor(game).getTime() + chapter.decayGraceHours * MS_PER_HOUR;
  const from = Math.max(graceEnd, game.decayedThrough?.getTime() ?? graceEnd);
  const hours = Math.floor((now.getTime() - from) / CHARGE_UNIT_MS) * DECAY.chargeUnitHours;
  if (hours <= 0) return none;
  const today = utcDayKey(now);
  const used = game.decayAppliedDay === today ? game.decayAppliedToday : 0;
  const due = round2(chapter.decayRatePerHour * hours);
  const amount = Math.min(due, Math.max(0, round2(chapter.dailyDecayCap - used)), config.perRunCap);
  return {
    amount,
    hours,
    forgiven: round2(due - amount),
    decayedThrough: new Date(from + hours * MS_PER_HOUR),
    decayAppliedDay: today,
    decayAppliedToday: round2(used + amount),
  };
}

/**
 * The first moment at which a run would charge an hour (grace end or decayed_through, plus one
 * hour), or null when the player does not decay. The job's WHERE clause is this predicate.
 */
export function nextDecayAt(game: PlayerGameState, config: DecayConfig = DECAY_CONFIG): Date | null {
  return isDecayEligible(game) ? new Date(nextDecayTime(game, config)) : null;
}

/** `nextDecayAt` in epoch ms, +Infinity when the player does not decay (no Date for hourly loops). */
export function nextDecayTime(game: PlayerGameState, config: DecayConfig = DECAY_CONFIG): number {
  if (!isDecayEligible(game)) return Number.POSITIVE_INFINITY;
  const graceEnd = decayAnchor(game).getTime() + config.chapters[game.chapter].decayGraceHours * MS_PER_HOUR;
  return Math.max(graceEnd, game.decayedThrough?.getTime() ?? graceEnd) + CHARGE_UNIT_MS;
}

export interface DecayResult extends EngineResult {
  decay: DecayComputation;
}

/** Runs decay for one player at `now` and applies it to the metrics. */
export function applyDecay(state: EngineState, now: Date, config: DecayConfig = DECAY_CONFIG): DecayResult {
  const decay = computeDecay(state.game, now, config);
  if (decay.hours === 0) return { state, events: [], history: [], decay };
  const before = state.game;
  let game = copyGame(before);
  game.decayedThrough = decay.decayedThrough;
  game.decayAppliedDay = decay.decayAppliedDay;
  game.decayAppliedToday = decay.decayAppliedToday;
  if (decay.amount === 0) return { state: patchState(state, { game }), events: [], history: [], decay };

  const metrics = subtractFromAllMetrics(before.metrics, decay.amount);
  const score = compositeScore(metrics);
  game.metrics = metrics;
  game.score = score;
  // What the score actually lost: less than the charge when metrics hit their floor (a player
  // at 1.00 who owes 2.00 loses 1.00), so the history rows add up to the score.
  const removed = round2(before.score - score);
  const events: GameEvent[] = [{ type: "decay_applied", amount: removed, hours: decay.hours }];
  events.push(...scoreCrossingEvents(before.score, score));
  if (shouldWarn(before, score, now)) {
    game.lastDecayWarningAt = now;
    events.push({ type: "decay_warning" });
  }
  if (isScoreZero(score)) {
    const ended = endGame(game, "score_zero", now);
    game = ended.game;
    events.push(...ended.events);
  }
  const history = [
    {
      kind: "decay" as const,
      at: now,
      chapter: before.chapter,
      scoreBefore: before.score,
      scoreAfter: score,
      deltas: metricDifference(before.metrics, metrics),
      multiplier: null,
      hours: decay.hours,
      amount: removed,
      explanation: `no messages for ${decay.hours} h past grace`,
    },
  ];
  return { state: patchState(state, { game }), events, history, decay };
}

function shouldWarn(before: PlayerGameState, scoreAfter: number, now: Date): boolean {
  const line = DECAY.warningBelow;
  if (!(before.score >= line && scoreAfter < line)) return false;
  const last = before.lastDecayWarningAt;
  return !last || now.getTime() - last.getTime() >= DECAY.warningIntervalHours * MS_PER_HOUR;
}
