// One simulated player, day by day, through the real engine: every message is recorded,
// scored (applyExchange) or answered as a boss reply (recordBossReply → resolveBoss), her
// replies wait for the real reply delay (and skips in hard mode), decay and the boss timeout
// run every hour, and each day is closed for engagement (closeEngagementDay). Rate limits are
// left out: no archetype comes near 20 messages a minute or 450 a day.
import { checkBossTimeout, recordBossReply, resolveBoss } from "../boss";
import { recordNikitaMessages, recordPlayerMessage } from "../conversation";
import { applyDecay, nextDecayAt } from "../decay";
import { momentumMultiplier, replyDelaySeconds } from "../delay";
import { closeEngagementDay, type DayMessage, summarizePlayerDay } from "../engagement";
import { applyExchange } from "../exchange";
import { completeOnboarding, createEngineState } from "../lifecycle";
import { sampleInt } from "../rng";
import { CHAPTER_RULES, TIME, VICE_RULES } from "../rules";
import { shouldSkipReply } from "../skip";
import { patchState } from "../state";
import { utcDayKey } from "../time";
import type { EngineResult, GameOverReason } from "../types";
import type { PlayerStatus } from "../vocabulary";
import type { ArchetypeModel, Range, TextingStyle } from "./archetypes";
import { createRandomness, logNormal, sampleAnalysis, sampleJudgment } from "./behaviour";

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

  const statusNow = (): PlayerStatus => state.game.status;
  const isOver = () => isOverStatus(statusNow());
  const typing = () => sampleInt(rng, TYPING_SECONDS.min, TYPING_SECONDS.max) * MS_PER_SECOND;
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
        const due = nextDecayAt(state.game)?.getTime() ?? Number.POSITIVE_INFINITY;
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
  const playerMessage = (ms: number, length: number, dayLog: DayMessage[]): number | null => {
    const now = new Date(ms);
    dayLog.push({ at: now, from: "player", length });
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
  const session = (
    from: number,
    count: number,
    dayEnd: number,
    style: TextingStyle,
    dayLog: DayMessage[],
  ) => {
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
        reply = playerMessage(t, length, dayLog);
        left--;
        if (b < burst - 1) t += sampleInt(rng, BURST_GAP_SECONDS.min, BURST_GAP_SECONDS.max) * MS_PER_SECOND;
      }
      if (reply !== null) dayLog.push({ at: new Date(reply), from: "nikita", length: 0 });
      const gap = logNormal(random, style.replyGapSeconds.median, style.replyGapSeconds.spread);
      t = (reply ?? t) + Math.round(gap * MS_PER_SECOND);
    }
    return t;
  };

  for (; dayIndex < days && !isOver(); dayIndex++) {
    const dayStart = start + dayIndex * MS_PER_DAY;
    const dayEnd = dayStart + MS_PER_DAY;
    const style = styleForDay();
    const dayLog: DayMessage[] = [];
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
        clock = session(
          Math.max(dayStart + Math.floor(startHour * MS_PER_HOUR), clock),
          count,
          dayEnd,
          style,
          dayLog,
        );
      }
    }
    advanceTo(dayEnd);
    flushReplies();
    if (!isOver()) {
      // The log is in time order already; only her last reply can spill past midnight.
      const inDay = dayLog.filter((m) => m.at.getTime() < dayEnd);
      const dayKey = utcDayKey(new Date(dayStart));
      take(closeEngagementDay(state, dayKey, summarizePlayerDay(inDay), new Date(dayEnd)));
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
