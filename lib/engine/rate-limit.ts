// §9 Rate limits: 20 messages per minute and 500 per UTC day per player; from the 450th
// message of the day she mentions needing space; over a limit she answers in character
// ("slow down, let me breathe"). Not applied during a boss fight. Only accepted messages count.
import { RATE_LIMIT_RULES, TIME } from "./rules";
import { utcDayKey } from "./time";

const LIMITS = RATE_LIMIT_RULES;
const MS_PER_SECOND = TIME.msPerSecond;

export type RateDecision = "ok" | "needs_space" | "limited_minute" | "limited_day";

/** Counts as the messages table sees them before this message. */
export interface RateCounts {
  /** Accepted player messages in the last 60 s. */
  lastMinute: number;
  /** Accepted player messages so far this UTC day. */
  today: number;
}

/** Decision for one incoming message, from counts that exclude it. */
export function rateDecision(counts: RateCounts, isBossFight: boolean): RateDecision {
  if (isBossFight) return "ok";
  if (counts.lastMinute >= LIMITS.perMinute) return "limited_minute";
  if (counts.today >= LIMITS.perUtcDay) return "limited_day";
  return counts.today + 1 >= LIMITS.needsSpaceFrom ? "needs_space" : "ok";
}

export function isLimited(decision: RateDecision): boolean {
  return decision === "limited_minute" || decision === "limited_day";
}

/** Self-contained limiter state for callers without a messages table (the simulator). */
export interface RateLimitState {
  /** Accepted message times (ms) within the last minute. */
  recent: number[];
  day: string | null;
  today: number;
}

export function createRateLimitState(): RateLimitState {
  return { recent: [], day: null, today: 0 };
}

/** Registers a message at `now`: the decision and, when accepted, the updated counters. */
export function registerMessage(
  state: RateLimitState,
  now: Date,
  isBossFight: boolean,
): { state: RateLimitState; decision: RateDecision } {
  const windowStart = now.getTime() - LIMITS.minuteWindowSeconds * MS_PER_SECOND;
  const recent = state.recent.filter((t) => t > windowStart);
  const day = utcDayKey(now);
  const today = state.day === day ? state.today : 0;
  const decision = rateDecision({ lastMinute: recent.length, today }, isBossFight);
  if (isLimited(decision)) return { state: { recent, day, today }, decision };
  return { state: { recent: [...recent, now.getTime()], day, today: today + 1 }, decision };
}
