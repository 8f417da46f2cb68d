// One simulated player, day by day, through the real engine: every message is recorded,
// scored (applyExchange) or answered as a boss reply (recordBossReply → resolveBoss), her
// replies wait for the real reply delay (and skips in hard mode), decay and the boss timeout
// run every hour, and each day is closed for engagement (closeEngagementDay). Rate limits are
// left out: no archetype comes near 20 messages a minute or 450 a day.
import * as Boss from "../boss";
import * as Conversation from "../conversation";
import * as Decay from "../decay";
import * as Delay from "../delay";
import type { DayMessage } from "../engagement";
import * as Engagement from "../engagement";
import * as Exchange from "../exchange";
import * as Lifecycle from "../lifecycle";
import * as Random from "../rng";
import * as Rules from "../rules";
import * as Skip from "../skip";
import * as State from "../state";
import * as Time from "../time";
import type { EngineResult, GameOverReason } from "../types";
import type { PlayerStatus } from "../vocabulary";
import type { ArchetypeModel, Range, TextingStyle } from "./archetypes";
import * as Behaviour from "./behaviour";

// Imports bound to module constants once: see state.ts on why hot modules do this.
const { checkBossTimeout, recordBossReply, resolveBoss } = Boss;
const { recordNikitaMessages, recordPlayerMessage } = Conversation;
const { applyDecay, nextDecayTime } = Decay;
const { momentumMultiplier, replyDelaySeconds } = Delay;
const { closeEngagementDay, PlayerDaySummarizer } = Engagement;
const { applyExchange } = Exchange;
const { completeOnboarding, createEngineState } = Lifecycle;
const { sampleInt } = Random;
const { CHAPTER_RULES, TIME, VICE_RULES } = Rules;
const { shouldSkipReply } = Skip;
const { patchState } = State;
const { utcDayKey } = Time;
const { createRandomness, logNormal, sampleAnalysis, sampleJudgment } = Behaviour;

export type Outcome = "won" | GameOverReason | "playing";

export interface PlayerRun {
  outcome: Outcome;
  /** Game day (1-based) on which each chapter was first reached; index 0 = chapter 1. */
  chapterDay: (number | null)[];
  endDay: number | null;
  /** Score at the end of each simulated day until the game ended. */
  dailyScores: number[];
  daysSimulated: number;
  messages: number;
  bossFights: number;
}

export interface PlayerParams {
  model: ArchetypeModel;
  days: number;
  startAt: Date;
  seed: number;
  hardMode: boolean;
}

/** The simulator's players live in UTC so a local day equals a UTC day. */
const TIME_ZONE = "UTC";
/** Seconds she takes to type a reply once any delay is over, and between burst messages. */
const TYPING_SECONDS: Range = { min: 4, max: 25 };
const BURST_GAP_SECONDS: Range = { min: 4, max: 15 };
const BURST_SIZE = 3;
const { msPerSecond: MS_PER_SECOND, msPerHour: MS_PER_HOUR, msPerDay: MS_PER_DAY } = TIME;

const isOverStatus = (status: PlayerStatus) => status === "game_over" || status === "won";

/** Simulates one player for `days` days (or until the game ends). */
export function simulatePlayer(params: PlayerParams): PlayerRun {
  const { model, days, hardMode } = params;
  const random = createRandomness(params.seed);
  const { rng } = random;
  const start = params.startAt.getTime();
  const darkness = sampleInt(rng, VICE_RULES.darknessMin, VICE_RULES.darknessMax);
  const onboarded = completeOnboarding(
    createEngineState(params.startAt),
    { darkness, isAdultConfirmed: true },
    params.startAt,
  );
  if (!onboarded.ok) throw new Error("onboarding failed in simulation");
  let state = onboarded.state;
  let lastSkipped = false;
  /** Her messages not yet counted in the state; flushed before anything reads the count. */
  let unrecordedReplies = 0;
  const flushReplies = () => {
    if (unrecordedReplies === 0) return;
    state = patchState(state, { game: recordNikitaMessages(state.game, unrecordedReplies) });
    unrecordedReplies = 0;
  };
  const chapterDay: (number | null)[] = [0, null, null, null, null];
  const dailyScores: number[] = [];
  let maxChapter: number = state.game.chapter;
  let messages = 0;
  let bossFights = 0;
  let dayIndex = 0;
  let nextTick = start + MS_PER_HOUR;
  let phaseOn = true;
  let phaseLeft = model.offPhase ? sampleInt(rng, model.offPhase.onDays.min, model.offPhase.onDays.max) : 0;
  /** The engagement job's view of the current day, fed as messages happen. */
  let day = new PlayerDaySummarizer();
  let dayEnd = start;

  const statusNow = (): PlayerStatus => state.game.status;
  const isOver = () => isOverStatus(statusNow());
  const typing = () => sampleInt(rng, TYPING_SECONDS.min, TYPING_SECONDS.max) * MS_PER_SECOND;
  /**
   * Counts a message towards the current day. The messages come in time order; only her last
   * reply or the tail of a late burst can spill past midnight, and those are left out.
   */
  const logMessage = (from: DayMessage["from"], ms: number, length: number) => {
    if (ms < dayEnd) day.add(from, ms, length);
  };
  const take = (r: EngineResult) => {
    state = r.state;
    if (state.game.chapter > maxChapter) {
      maxChapter = state.game.chapter;
      chapterDay[maxChapter - 1] = dayIndex + 1;
    }
    for (const e of r.events) if (e.type === "boss_threshold_reached") bossFights++;
  };

  /**
   * Runs the hourly jobs up to `ms`. Like their SQL, they only touch players they can affect:
   * hours before the next possible decay charge are skipped, not evaluated one by one.
   */
  const advanceTo = (ms: number) => {
    while (nextTick <= ms && !isOver()) {
      if (statusNow() === "active") {
        const due = nextDecayTime(state.game);
        if (due > nextTick) {
          nextTick = start + Math.ceil((Math.min(due, ms + MS_PER_HOUR) - start) / MS_PER_HOUR) * MS_PER_HOUR;
          continue;
        }
        take(applyDecay(state, new Date(nextTick)));
      } else if (statusNow() === "boss_fight") {
        take(checkBossTimeout(state, new Date(nextTick)));
      }
      nextTick += MS_PER_HOUR;
    }
  };

  /** One player message at `ms`; returns when her reply goes out (null: no reply). */
  const playerMessage = (ms: number, length: number): number | null => {
    const now = new Date(ms);
    logMessage("player", ms, length);
    messages++;
    const recorded = recordPlayerMessage(state.game, now, TIME_ZONE);
    state = patchState(state, { game: recorded.game });
    if (state.game.status === "boss_fight") {
      flushReplies();
      const reply = recordBossReply(state, now);
      take(reply);
      if (reply.awaitingJudgment)
        take(resolveBoss(state, sampleJudgment(model, state.game.chapter, rng), now));
      if (!reply.timedOut) {
        unrecordedReplies++;
        return ms + typing();
      }
    }
    if (state.game.status !== "active") return null;
    take(applyExchange(state, sampleAnalysis(model, state, random), { now }));
    const { chapter } = state.game;
    // Re-read through a function: the exchange may have started a boss fight.
    const startedBoss = statusNow() === "boss_fight";
    const skip = {
      chapter,
      mode: "hard" as const,
      previousWasSkipped: lastSkipped,
      isBossFight: startedBoss,
    };
    lastSkipped = hardMode && shouldSkipReply(skip, rng);
    if (lastSkipped) return null;
    const momentum = momentumMultiplier(state.game);
    const delay = replyDelaySeconds(
      { chapter, isNewConversation: recorded.isNewConversation, isBossFight: false, momentum },
      rng,
    );
    // When the exchange started a boss fight, her reply is followed by the boss opening.
    unrecordedReplies += startedBoss ? 2 : 1;
    return ms + delay * MS_PER_SECOND + typing();
  };

  const styleForDay = (): TextingStyle => {
    const off = model.offPhase;
    if (!off) return model.style;
    if (phaseLeft <= 0) {
      phaseOn = !phaseOn;
      const r = phaseOn ? off.onDays : off.offDays;
      phaseLeft = sampleInt(rng, r.min, r.max);
    }
    phaseLeft--;
    return phaseOn ? model.style : off.style;
  };

  /** One session: `count` messages from `from`, each after her previous reply (or a burst). */
  const session = (from: number, count: number, style: TextingStyle) => {
    let t = from;
    let left = count;
    while (left > 0 && !isOver() && t < dayEnd) {
      const burst = left >= BURST_SIZE && rng() < style.burstProbability ? BURST_SIZE : 1;
      let reply: number | null = null;
      for (let b = 0; b < burst && !isOver(); b++) {
        advanceTo(t);
        if (isOver()) break;
        const length = Math.max(
          1,
          Math.round(style.messageLength.mean + style.messageLength.sd * random.normal()),
        );
        reply = playerMessage(t, length);
        left--;
        if (b < burst - 1) t += sampleInt(rng, BURST_GAP_SECONDS.min, BURST_GAP_SECONDS.max) * MS_PER_SECOND;
      }
      if (reply !== null) logMessage("nikita", reply, 0);
      const gap = logNormal(random, style.replyGapSeconds.median, style.replyGapSeconds.spread);
      t = (reply ?? t) + Math.round(gap * MS_PER_SECOND);
    }
    return t;
  };

  for (; dayIndex < days && !isOver(); dayIndex++) {
    const dayStart = start + dayIndex * MS_PER_DAY;
    dayEnd = dayStart + MS_PER_DAY;
    day = new PlayerDaySummarizer();
    const style = styleForDay();
    if (rng() < style.activeDayProbability) {
      const optimal = CHAPTER_RULES[state.game.chapter].optimalMessagesPerDay;
      const factor = logNormal(random, style.messageFactor.median, style.messageFactor.spread);
      const total = Math.max(1, Math.round(optimal * factor));
      const sessions = Math.min(total, sampleInt(rng, style.sessionsPerDay.min, style.sessionsPerDay.max));
      // Sessions spread over the waking window: one per equal slot, at a random point in it.
      const slotHours = (style.activeHours.max - style.activeHours.min) / sessions;
      let clock = dayStart;
      let left = total;
      for (let s = 0; s < sessions && !isOver(); s++) {
        const count = s === sessions - 1 ? left : Math.min(left, Math.max(1, Math.round(total / sessions)));
        left -= count;
        const startHour = style.activeHours.min + slotHours * (s + rng());
        clock = session(Math.max(dayStart + Math.floor(startHour * MS_PER_HOUR), clock), count, style);
      }
    }
    advanceTo(dayEnd);
    flushReplies();
    if (!isOver()) {
      const dayKey = utcDayKey(new Date(dayStart));
      take(closeEngagementDay(state, dayKey, day.summary(), new Date(dayEnd)));
    }
    dailyScores.push(state.game.score);
  }

  const { status, gameOverReason } = state.game;
  const outcome: Outcome =
    status === "won" ? "won" : status === "game_over" ? (gameOverReason ?? "score_zero") : "playing";
  return {
    outcome,
    chapterDay,
    endDay: isOver() ? dayIndex : null,
    dailyScores,
    daysSimulated: dayIndex,
    messages,
    bossFights,
  };
}
