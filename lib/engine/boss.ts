// §3 Boss fights. Trigger: after a scored exchange, score ≥ the chapter threshold, status
// active, no cooldown in force. Two phases (opening → resolution), then a judgment: PASS or
// FAIL below confidence 0.70 becomes PARTIAL. PASS advances the chapter (Ch5: won); FAIL counts
// an attempt (3rd = game over) and sets a 24 h cooldown; PARTIAL/ERROR only the cooldown. More
// than 24 h without a player reply to her latest boss message counts as FAIL.
import * as Engagement from "./engagement";
import * as GameOver from "./game-over";
import * as Rules from "./rules";
import * as Score from "./score";
import * as State from "./state";
import type { EngineResult, EngineState, GameEvent, PlayerGameState } from "./types";
import type { BossVerdict, Chapter } from "./vocabulary";

// Imports bound to module constants once: see state.ts on why hot modules do this.
const { restartCalibration } = Engagement;
const { endGame, winGame } = GameOver;
const { BOSS_RULES, CHAPTER_RULES, FINAL_CHAPTER, TIME } = Rules;
const { milestoneHistory } = Score;
const { patchGame, patchState } = State;

export interface BossJudgment {
  verdict: BossVerdict;
  /** 0–1; ignored for PARTIAL and ERROR. */
  confidence: number;
}

const CHAPTERS = CHAPTER_RULES;

/** What a timeout counts as. */
const timeoutJudgment: BossJudgment = { verdict: "FAIL", confidence: 1 };

export function isBossCooldownActive(game: PlayerGameState, now: Date): boolean {
  return game.bossCooldownUntil !== null && now.getTime() < game.bossCooldownUntil.getTime();
}

export function shouldTriggerBoss(game: PlayerGameState, now: Date): boolean {
  return (
    game.status === "active" &&
    game.score >= CHAPTERS[game.chapter].bossThreshold &&
    !isBossCooldownActive(game, now)
  );
}

/** Enters the boss fight (her reply to the triggering message goes out first, then the opening). */
export function startBoss(state: EngineState, now: Date): EngineResult {
  const { game } = state;
  const fighting = patchGame(game, {
    status: "boss_fight",
    bossPhase: "opening",
    bossStartedAt: now,
    bossLastPromptAt: now,
  });
  return {
    state: patchState(state, { game: fighting }),
    events: [{ type: "boss_threshold_reached", chapter: game.chapter, score: game.score }],
    history: [
      milestoneHistory("boss_initiated", now, game.chapter, game.score, CHAPTER_RULES[game.chapter].bossName),
    ],
  };
}

/** PASS/FAIL below the confidence bar become PARTIAL; PARTIAL and ERROR pass through. */
export function normalizeVerdict(judgment: BossJudgment): BossVerdict {
  const isDecisive = judgment.verdict === "PASS" || judgment.verdict === "FAIL";
  return isDecisive && judgment.confidence < BOSS_RULES.minConfidence ? "PARTIAL" : judgment.verdict;
}

/** True when the player has let her latest boss message wait more than 24 h. */
export function isBossTimedOut(game: PlayerGameState, now: Date): boolean {
  if (game.status !== "boss_fight" || !game.bossLastPromptAt) return false;
  return now.getTime() - game.bossLastPromptAt.getTime() > BOSS_RULES.replyTimeoutHours * TIME.msPerHour;
}

export interface BossReplyResult extends EngineResult {
  /** The player answered the follow-up: the caller must judge the boss exchange now. */
  awaitingJudgment: boolean;
  /** The reply came too late: the boss was resolved as FAIL before it. */
  timedOut: boolean;
}

/** A player message during a boss fight (never scored, rate-limited or delayed). */
export function recordBossReply(state: EngineState, now: Date): BossReplyResult {
  const { game } = state;
  if (game.status !== "boss_fight")
    return { state, events: [], history: [], awaitingJudgment: false, timedOut: false };
  if (isBossTimedOut(game, now))
    return { ...resolveBoss(state, timeoutJudgment, now, true), awaitingJudgment: false, timedOut: true };
  if (game.bossPhase === "opening") {
    return {
      state: patchState(state, { game: patchGame(game, { bossPhase: "resolution", bossLastPromptAt: now }) }),
      events: [{ type: "boss_phase_advanced", chapter: game.chapter, phase: "resolution" }],
      history: [],
      awaitingJudgment: false,
      timedOut: false,
    };
  }
  return {
    state: patchState(state, { game: patchGame(game, { bossLastPromptAt: null }) }),
    events: [{ type: "boss_awaiting_judgment", chapter: game.chapter }],
    history: [],
    awaitingJudgment: true,
    timedOut: false,
  };
}

/** The hourly boss-timeout job: resolves an idle boss fight as FAIL. */
export function checkBossTimeout(state: EngineState, now: Date): EngineResult {
  if (!isBossTimedOut(state.game, now)) return { state, events: [], history: [] };
  return resolveBoss(state, timeoutJudgment, now, true);
}

/** Applies a judgment and leaves the boss fight. */
export function resolveBoss(
  state: EngineState,
  judgment: BossJudgment,
  now: Date,
  timedOut = false,
): EngineResult {
  const { game } = state;
  if (game.status !== "boss_fight") return { state, events: [], history: [] };
  const verdict = normalizeVerdict(judgment);
  const chapter = game.chapter;
  // A fresh copy owned here: each outcome below sets its own fields on it.
  const exited = patchGame(game, {
    status: "active",
    bossPhase: null,
    bossStartedAt: null,
    bossLastPromptAt: null,
    lastBossExitAt: now,
  });
  const cooldownUntil = new Date(now.getTime() + BOSS_RULES.cooldownHours * TIME.msPerHour);
  const note = timedOut
    ? "no reply within the boss timeout"
    : `${verdict} at confidence ${judgment.confidence}`;

  if (verdict === "PASS") {
    const history = [milestoneHistory("boss_pass", now, chapter, game.score, note)];
    exited.bossAttempts = 0;
    if (chapter === FINAL_CHAPTER) {
      const won = winGame(exited, now);
      return {
        state: patchState(state, { game: won.game }),
        events: [judgedEvent(chapter, verdict, 0, timedOut), ...won.events],
        history,
      };
    }
    const next = (chapter + 1) as Chapter;
    exited.chapter = next;
    exited.bossCooldownUntil = null;
    exited.momentumGapSeconds = null;
    return {
      state: patchState(state, { game: exited, engagement: restartCalibration(state.engagement) }),
      events: [
        judgedEvent(chapter, verdict, 0, timedOut),
        { type: "chapter_advanced", from: chapter, to: next },
      ],
      history,
    };
  }
  if (verdict === "FAIL") {
    const history = [milestoneHistory("boss_fail", now, chapter, game.score, note)];
    const attempts = game.bossAttempts + 1;
    exited.bossAttempts = attempts;
    exited.bossCooldownUntil = cooldownUntil;
    if (attempts >= BOSS_RULES.maxFailedAttempts) {
      const ended = endGame(exited, "boss_fails", now);
      return {
        state: patchState(state, { game: ended.game }),
        events: [judgedEvent(chapter, verdict, attempts, timedOut), ...ended.events],
        history,
      };
    }
    return {
      state: patchState(state, { game: exited }),
      events: [judgedEvent(chapter, verdict, attempts, timedOut)],
      history,
    };
  }
  exited.bossCooldownUntil = cooldownUntil;
  return {
    state: patchState(state, { game: exited }),
    events: [judgedEvent(chapter, verdict, game.bossAttempts, timedOut)],
    history: [milestoneHistory("boss_partial", now, chapter, game.score, note)],
  };
}

function judgedEvent(chapter: Chapter, verdict: BossVerdict, attempts: number, timedOut: boolean): GameEvent {
  return { type: "boss_judged", chapter, verdict, attempts, timedOut };
}
