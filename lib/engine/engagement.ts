// §5 Engagement: once per closed local player day, a calibration score
// (0.40·frequency + 0.30·timing + 0.30·content) and a day kind (clingy / distant / good /
// normal) drive the state machine CALIBRATING → IN_ZONE ⇄ DRIFTING → CLINGY | DISTANT →
// OUT_OF_ZONE. Streaks are consecutive days; the day a state is entered is its day 1, so the
// in-state streak is min(global streak, daysInState). Staying CLINGY 7 / DISTANT 10 /
// OUT_OF_ZONE 14 days is the point of no return (game over).
import * as GameOver from "./game-over";
import * as Rules from "./rules";
import * as State from "./state";
import type { EngagementState, EngineResult, EngineState, GameEvent, GameOverReason } from "./types";
import type { Chapter, EngagementStateName } from "./vocabulary";

// Imports bound to module constants once: see state.ts on why hot modules do this.
const { endGame } = GameOver;
const { CHAPTER_RULES, ENGAGEMENT_RULES, TIME } = Rules;
const { patchState } = State;
const DAY = ENGAGEMENT_RULES.day;
const MS_PER_SECOND = TIME.msPerSecond;

/** What the engagement job knows about one closed local day of one player. */
export interface PlayerDayInput {
  /** Player messages sent that day. */
  messages: number;
  /** Average seconds the player took to answer her messages; null when there were no such gaps. */
  averageReplyGapSeconds: number | null;
  /** Average length of the player's messages, characters (0 without messages). */
  averageMessageLength: number;
  /** Three or more player messages within one minute with no reply from her in between. */
  hasRapidBurst: boolean;
}

export type DayKind = "clingy" | "distant" | "good" | "normal";

export function createEngagementState(): EngagementState {
  return {
    state: ENGAGEMENT_RULES.initialState,
    daysInState: 0,
    highCalibrationStreak: 0,
    lowCalibrationStreak: 0,
    recoveryStreak: 0,
    clingyStreak: 0,
    distantStreak: 0,
    okStreak: 0,
    goodStreak: 0,
    lastCalibration: null,
    lastClosedDay: null,
  };
}

/** After every chapter change: back to CALIBRATING with fresh streaks. */
export function restartCalibration(engagement: EngagementState): EngagementState {
  const fresh = createEngagementState();
  fresh.lastClosedDay = engagement.lastClosedDay;
  return fresh;
}

export function frequencyScore(messages: number, optimal: number): number {
  return Math.max(0, 1 - Math.abs(messages - optimal) / optimal);
}

export function timingScore(averageGapSeconds: number | null): number {
  const t = ENGAGEMENT_RULES.timing;
  if (averageGapSeconds === null) return t.noGapsScore;
  if (averageGapSeconds < t.idealMinSeconds)
    return t.fastBase + (t.fastSlope * averageGapSeconds) / t.idealMinSeconds;
  if (averageGapSeconds <= t.idealMaxSeconds) return 1;
  return Math.max(0, 1 - (averageGapSeconds - t.idealMaxSeconds) / t.slowFalloffSeconds);
}

export function contentScore(averageLength: number): number {
  const c = ENGAGEMENT_RULES.content;
  if (averageLength < c.shortBelowChars) return averageLength / c.shortDivisor;
  if (averageLength < c.idealFromChars)
    return c.mediumBase + (averageLength - c.shortBelowChars) / c.mediumDivisor;
  if (averageLength <= c.idealToChars) return 1;
  return Math.max(0, 1 - (averageLength - c.idealToChars) / c.longFalloffChars);
}

export function calibrationScore(input: PlayerDayInput, chapter: Chapter): number {
  const w = ENGAGEMENT_RULES.calibrationWeights;
  return (
    w.frequency * frequencyScore(input.messages, CHAPTER_RULES[chapter].optimalMessagesPerDay) +
    w.timing * timingScore(input.averageReplyGapSeconds) +
    w.content * contentScore(input.averageMessageLength)
  );
}

export function classifyDay(input: PlayerDayInput, chapter: Chapter, calibration: number): DayKind {
  const d = ENGAGEMENT_RULES.day;
  const optimal = CHAPTER_RULES[chapter].optimalMessagesPerDay;
  if (input.messages > d.clingyMessageMultiple * optimal || input.hasRapidBurst) return "clingy";
  const isSlow = input.averageReplyGapSeconds !== null && input.averageReplyGapSeconds > d.distantGapSeconds;
  if (input.messages < d.distantMessageFraction * optimal || isSlow) return "distant";
  return calibration >= d.goodMinCalibration ? "good" : "normal";
}

/** The in-state streak: consecutive days, but only those spent in the current state. */
function inState(streak: number, e: EngagementState): number {
  return Math.min(streak, e.daysInState);
}

function nextStateName(e: EngagementState, calibration: number): EngagementStateName {
  const t = ENGAGEMENT_RULES.transitions;
  switch (e.state) {
    case "CALIBRATING":
      if (inState(e.highCalibrationStreak, e) >= t.calibratingToInZone.days) return "IN_ZONE";
      if (inState(e.lowCalibrationStreak, e) >= t.calibratingToDrifting.days) return "DRIFTING";
      return e.state;
    case "IN_ZONE":
      return calibration < t.inZoneToDrifting.belowCalibration ? "DRIFTING" : e.state;
    case "DRIFTING":
      if (inState(e.clingyStreak, e) >= t.driftingToClingy.days) return "CLINGY";
      if (inState(e.distantStreak, e) >= t.driftingToDistant.days) return "DISTANT";
      if (inState(e.recoveryStreak, e) >= t.driftingToInZone.days) return "IN_ZONE";
      return e.state;
    case "CLINGY":
      if (inState(e.clingyStreak, e) > t.clingyToOutOfZone.moreDays) return "OUT_OF_ZONE";
      if (inState(e.okStreak, e) >= t.backToDrifting.days) return "DRIFTING";
      return e.state;
    case "DISTANT":
      if (inState(e.distantStreak, e) > t.distantToOutOfZone.moreDays) return "OUT_OF_ZONE";
      if (inState(e.okStreak, e) >= t.backToDrifting.days) return "DRIFTING";
      return e.state;
    case "OUT_OF_ZONE":
      return inState(e.goodStreak, e) >= t.outOfZoneToCalibrating.goodDays ? "CALIBRATING" : e.state;
  }
}

/** Streak after a day: one longer when the day qualifies, otherwise broken. */
function bump(qualifies: boolean, streak: number): number {
  return qualifies ? streak + 1 : 0;
}

const PONR_REASON: Partial<Record<EngagementStateName, GameOverReason>> = {
  CLINGY: "clingy",
  DISTANT: "distant",
  OUT_OF_ZONE: "out_of_zone",
};

/** Pure state-machine step for one closed day (no game-over handling). */
export function advanceEngagement(
  engagement: EngagementState,
  calibration: number,
  kind: DayKind,
  dayKey: string,
): EngagementState {
  const t = ENGAGEMENT_RULES.transitions;
  const counted: EngagementState = {
    state: engagement.state,
    daysInState: engagement.daysInState + 1,
    highCalibrationStreak: bump(
      calibration >= t.calibratingToInZone.minCalibration,
      engagement.highCalibrationStreak,
    ),
    lowCalibrationStreak: bump(
      calibration < t.calibratingToDrifting.belowCalibration,
      engagement.lowCalibrationStreak,
    ),
    recoveryStreak: bump(calibration >= t.driftingToInZone.minCalibration, engagement.recoveryStreak),
    clingyStreak: bump(kind === "clingy", engagement.clingyStreak),
    distantStreak: bump(kind === "distant", engagement.distantStreak),
    okStreak: bump(kind === "good" || kind === "normal", engagement.okStreak),
    goodStreak: bump(kind === "good", engagement.goodStreak),
    lastCalibration: calibration,
    lastClosedDay: dayKey,
  };
  const next = nextStateName(counted, calibration);
  if (next !== counted.state) {
    counted.state = next;
    counted.daysInState = 1;
  }
  return counted;
}

/** The point-of-no-return reason for this engagement state, if reached. */
export function pointOfNoReturn(engagement: EngagementState): GameOverReason | null {
  const limits: Partial<Record<EngagementStateName, number>> = ENGAGEMENT_RULES.pointOfNoReturnDays;
  const limit = limits[engagement.state];
  return limit !== undefined && engagement.daysInState >= limit
    ? (PONR_REASON[engagement.state] ?? null)
    : null;
}

export interface DayCloseResult extends EngineResult {
  calibration: number | null;
  dayKind: DayKind | null;
}

/**
 * Closes one local player day (the `engagement` job). Idempotent per `dayKey`; only players in
 * `active` are evaluated (no engagement judgment during a boss fight or outside a game).
 */
export function closeEngagementDay(
  state: EngineState,
  dayKey: string,
  input: PlayerDayInput,
  now: Date,
): DayCloseResult {
  if (state.engagement.lastClosedDay === dayKey) return dayClosed(state, [], null, null);
  if (state.game.status !== "active") {
    const engagement = { ...state.engagement, lastClosedDay: dayKey };
    return dayClosed(patchState(state, { engagement }), [], null, null);
  }
  const calibration = calibrationScore(input, state.game.chapter);
  const dayKind = classifyDay(input, state.game.chapter, calibration);
  const engagement = advanceEngagement(state.engagement, calibration, dayKind, dayKey);
  const events: GameEvent[] = [];
  if (engagement.state !== state.engagement.state) {
    events.push({ type: "engagement_changed", from: state.engagement.state, to: engagement.state });
  }
  let game = state.game;
  const reason = pointOfNoReturn(engagement);
  if (reason) {
    const ended = endGame(game, reason, now);
    game = ended.game;
    events.push(...ended.events);
  }
  return dayClosed(patchState(state, { game, engagement }), events, calibration, dayKind);
}

function dayClosed(
  state: EngineState,
  events: GameEvent[],
  calibration: number | null,
  dayKind: DayKind | null,
): DayCloseResult {
  return { state, events, history: [], calibration, dayKind };
}

export interface DayMessage {
  at: Date;
  from: "player" | "nikita";
  length: number;
}

/**
 * Summarizes a player day one message at a time, in time order; `summarizePlayerDay` feeds it a
 * list, the simulator feeds it as it plays (no message log, no Date per message).
 */
export class PlayerDaySummarizer {
  private count = 0;
  private totalLength = 0;
  private gapTotalSeconds = 0;
  private gapCount = 0;
  /** Her last message not yet answered by the player (its reply gap is still open). */
  private lastNikitaAtMs: number | null = null;
  /** Times of the player's messages; those from `runStart` on came after her last message. */
  private readonly times: number[] = [];
  private runStart = 0;
  private hasRapidBurst = false;

  add(from: DayMessage["from"], atMs: number, length: number): void {
    if (from === "nikita") {
      this.lastNikitaAtMs = atMs;
      this.runStart = this.times.length;
      return;
    }
    this.count++;
    this.totalLength += length;
    if (this.lastNikitaAtMs !== null) {
      this.gapTotalSeconds += (atMs - this.lastNikitaAtMs) / MS_PER_SECOND;
      this.gapCount++;
      this.lastNikitaAtMs = null;
    }
    // A burst: this message and the ones before it, with no reply from her in between.
    const times = this.times;
    times.push(atMs);
    const first = times.length - DAY.burstMessages;
    if (first >= this.runStart && (atMs - (times[first] as number)) / MS_PER_SECOND <= DAY.burstWindowSeconds)
      this.hasRapidBurst = true;
  }

  summary(): PlayerDayInput {
    const count = this.count;
    return {
      messages: count,
      averageReplyGapSeconds: this.gapCount > 0 ? this.gapTotalSeconds / this.gapCount : null,
      averageMessageLength: count > 0 ? this.totalLength / count : 0,
      hasRapidBurst: this.hasRapidBurst,
    };
  }
}

/** Builds the day input from that day's messages in time order. */
export function summarizePlayerDay(messages: readonly DayMessage[]): PlayerDayInput {
  const day = new PlayerDaySummarizer();
  for (const m of messages) day.add(m.from, m.at.getTime(), m.length);
  return day.summary();
}
