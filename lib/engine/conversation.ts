// §8/§9 Conversation bookkeeping for every player message, scored or not: a new conversation
// starts after 15 min without player messages (reply delay and warmth bonus reset), the reply
// momentum EWMA (α 0.35) learns from in-conversation gaps, and days_played counts distinct
// local calendar days on which the player wrote.
import * as Rules from "./rules";
import * as State from "./state";
import * as Time from "./time";
import type { PlayerGameState } from "./types";

// Imports bound to module constants once: see state.ts on why hot modules do this.
const { CONVERSATION_RULES, DELAY_RULES, TIME } = Rules;
const { copyGame } = State;
const { localDayKey } = Time;
const CONVERSATION_GAP_MS = CONVERSATION_RULES.closeAfterMinutes * TIME.msPerMinute;
const MS_PER_SECOND = TIME.msPerSecond;
const { alpha: MOMENTUM_ALPHA, baselineSecondsByChapter: MOMENTUM_BASELINES } = DELAY_RULES.momentum;

/** A player message at `now` starts a new conversation (first message, or ≥ 15 min since the previous one). */
export function isNewConversation(lastPlayerMessageAt: Date | null, now: Date): boolean {
  return !lastPlayerMessageAt || now.getTime() - lastPlayerMessageAt.getTime() >= CONVERSATION_GAP_MS;
}

/** §9 A conversation closes after 15 min without messages in either direction. */
export function isConversationClosed(lastMessageAt: Date, now: Date): boolean {
  return now.getTime() - lastMessageAt.getTime() >= CONVERSATION_GAP_MS;
}

/** EWMA update of the momentum gap; gaps of 15 min or more are not "recent gaps" and are ignored. */
export function updateMomentumGap(current: number | null, baseline: number, gapSeconds: number): number {
  const alpha = MOMENTUM_ALPHA;
  return alpha * gapSeconds + (1 - alpha) * (current ?? baseline);
}

export interface RecordedMessage {
  game: PlayerGameState;
  isNewConversation: boolean;
  /** Seconds since the player's previous message, null for the first. */
  gapSeconds: number | null;
}

/** Records a player message (any status): conversation, momentum, days played, message count. */
export function recordPlayerMessage(game: PlayerGameState, now: Date, timeZone: string): RecordedMessage {
  const isNew = isNewConversation(game.lastPlayerMessageAt, now);
  const gapSeconds = game.lastPlayerMessageAt
    ? (now.getTime() - game.lastPlayerMessageAt.getTime()) / MS_PER_SECOND
    : null;
  const baseline = MOMENTUM_BASELINES[game.chapter];
  const momentumGapSeconds =
    !isNew && gapSeconds !== null
      ? updateMomentumGap(game.momentumGapSeconds, baseline, gapSeconds)
      : game.momentumGapSeconds;
  const day = localDayKey(now, timeZone);
  const isNewDay = day !== game.lastPlayedDay;
  const next = copyGame(game);
  next.lastPlayerMessageAt = now;
  next.momentumGapSeconds = momentumGapSeconds;
  next.lastPlayedDay = day;
  next.messagesExchanged = game.messagesExchanged + 1;
  if (isNew) {
    next.conversationStartedAt = now;
    next.conversationWarmthCount = 0;
  }
  if (isNewDay) next.daysPlayed = game.daysPlayed + 1;
  return { game: next, isNewConversation: isNew, gapSeconds };
}

/** Counts messages she sent (bubbles count one each). */
export function recordNikitaMessages(game: PlayerGameState, count: number): PlayerGameState {
  const next = copyGame(game);
  next.messagesExchanged = game.messagesExchanged + count;
  return next;
}
