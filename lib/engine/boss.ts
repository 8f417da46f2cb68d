// §3 Boss fights. Trigger: after a scored exchange, score ≥ the chapter threshold, status
// active, no cooldown in force. Two phases (opening → resolution), then a judgment: PASS or
// FAIL below confidence 0.70 becomes PARTIAL. PASS advances the chapter (Ch5: won); FAIL counts
// an attempt (3rd = game over) and sets a 24 h cooldown; PARTIAL/ERROR only the cooldown. More
// than 24 h without a player reply to her latest boss message counts as FAIL.
import { restartCalibration } from "./engagement";
import { endGame, winGame } from "./game-over";
import { BOSS_RULES, CHAPTER_RULES, FINAL_CHAPTER, TIME } from "./rules";
import { milestoneHistory } from "./score";
import type { EngineResult, EngineState, GameEvent, PlayerGameState, ScoreHistoryEntry } from "./types";
import type { BossVerdict, Chapter } from "./vocabulary";

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
  return {
    state: {
      ...state,
      game: {
        ...game,
        status: "boss_fight",
        bossPhase: "opening",
        bossStartedAt: now,
        bossLastPromptAt: now,
      },
    },
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
      state: { ...state, game: { ...game, bossPhase: "resolution", bossLastPromptAt: now } },
      events: [{ type: "boss_phase_advanced", chapter: game.chapter, phase: "resolution" }],
      history: [],
      awaitingJudgment: false,
      timedOut: false,
    };
  }
  return {
    state: { ...state, game: { ...game, bossLastPromptAt: null } },
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
  const exited: PlayerGameState = {
    ...game,
    status: "active",
    bossPhase: null,
    bossStartedAt: null,
    bossLastPromptAt: null,
    lastBossExitAt: now,
  };
  const cooldownUntil = new Date(now.getTime() + BOSS_RULES.cooldownHours * TIME.msPerHour);
  const note = timedOut
    ? "no reply within the boss timeout"
    : `${verdict} at confidence ${judgment.confidence}`;
  const row = (kind: ScoreHistoryEntry["kind"]) => milestoneHistory(kind, now, chapter, game.score, note);
  const judged = (attempts: number): GameEvent => ({
    type: "boss_judged",
    chapter,
    verdict,
    attempts,
    timedOut,
  });

  if (verdict === "PASS") {
    if (chapter === FINAL_CHAPTER) {
      const won = winGame({ ...exited, bossAttempts: 0 }, now);
      return {
        state: { ...state, game: won.game },
        events: [judged(0), ...won.events],
        history: [row("boss_pass")],
      };
    }
    const next = (chapter + 1) as Chapter;
    return {
      state: {
        ...state,
        game: {
          ...exited,
          chapter: next,
          bossAttempts: 0,
          bossCooldownUntil: null,
          momentumGapSeconds: null,
        },
        engagement: restartCalibration(state.engagement),
      },
      events: [judged(0), { type: "chapter_advanced", from: chapter, to: next }],
      history: [row("boss_pass")],
    };
  }
  if (verdict === "FAIL") {
    const attempts = game.bossAttempts + 1;
    const failed: PlayerGameState = { ...exited, bossAttempts: attempts, bossCooldownUntil: cooldownUntil };
    if (attempts >= BOSS_RULES.maxFailedAttempts) {
      const ended = endGame(failed, "boss_fails", now);
      return {
        state: { ...state, game: ended.game },
        events: [judged(attempts), ...ended.events],
        history: [row("boss_fail")],
      };
    }
    return { state: { ...state, game: failed }, events: [judged(attempts)], history: [row("boss_fail")] };
  }
  return {
    state: { ...state, game: { ...exited, bossCooldownUntil: cooldownUntil } },
    events: [judged(game.bossAttempts)],
    history: [row("boss_partial")],
  };
}
