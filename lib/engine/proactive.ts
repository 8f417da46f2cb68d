// §8 Proactive messages: she may write first once per local 08–10 / 19–21 window with a
// per-chapter probability (drawn from the chapter's range), or after 24 h of silence in both
// directions; never within 4 h of another proactive message, never in HOT/CRITICAL conflict,
// never to a player who disabled notifications or blocked the bot, only while `active`.
import { currentConflictZone, isColdZone } from "./conflict";
import { type Rng, sampleUniform } from "./rng";
import { PROACTIVE_RULES, TIME } from "./rules";
import { localDayKey, localHour } from "./time";
import type { ConflictState, PlayerGameState } from "./types";

export interface ProactiveInput {
  game: Pick<PlayerGameState, "status" | "chapter">;
  conflict: ConflictState;
  timeZone: string;
  notificationsEnabled: boolean;
  isBotBlocked: boolean;
  lastProactiveAt: Date | null;
  /** Latest message in either direction. */
  lastMessageAt: Date | null;
  /** Key of the last window already drawn for ('YYYY-MM-DD:morning'), so each window draws once. */
  lastEvaluatedWindow: string | null;
}

export type ProactiveBlock = "status" | "notifications_off" | "bot_blocked" | "conflict" | "too_soon";

export interface ProactiveDecision {
  shouldSend: boolean;
  reason: "window" | "silence" | null;
  blockedBy: ProactiveBlock | null;
  /** Persist as the new `lastEvaluatedWindow` (unchanged when no window was drawn). */
  evaluatedWindow: string | null;
}

/** The local window containing `now`, as a key, or null outside both windows. */
export function proactiveWindowKey(now: Date, timeZone: string): string | null {
  const hour = localHour(now, timeZone);
  const window = PROACTIVE_RULES.windows.find((w) => hour >= w.startHour && hour < w.endHour);
  return window ? `${localDayKey(now, timeZone)}:${window.key}` : null;
}

function blockReason(input: ProactiveInput, now: Date): ProactiveBlock | null {
  if (!(PROACTIVE_RULES.statuses as readonly string[]).includes(input.game.status)) return "status";
  if (!input.notificationsEnabled) return "notifications_off";
  if (input.isBotBlocked) return "bot_blocked";
  if (isColdZone(currentConflictZone(input.conflict, now))) return "conflict";
  const last = input.lastProactiveAt;
  if (last && now.getTime() - last.getTime() < PROACTIVE_RULES.minHoursBetween * TIME.msPerHour)
    return "too_soon";
  return null;
}

export function decideProactive(input: ProactiveInput, now: Date, rng: Rng): ProactiveDecision {
  const result = (
    shouldSend: boolean,
    reason: ProactiveDecision["reason"],
    evaluatedWindow = input.lastEvaluatedWindow,
  ) => ({
    shouldSend,
    reason,
    blockedBy: null,
    evaluatedWindow,
  });
  const blockedBy = blockReason(input, now);
  if (blockedBy) return { ...result(false, null), blockedBy };
  const silentMs = input.lastMessageAt ? now.getTime() - input.lastMessageAt.getTime() : 0;
  if (silentMs >= PROACTIVE_RULES.silenceHours * TIME.msPerHour) return result(true, "silence");
  const window = proactiveWindowKey(now, input.timeZone);
  if (!window || window === input.lastEvaluatedWindow) return result(false, null);
  const [min, max] = PROACTIVE_RULES.probabilityByChapter[input.game.chapter];
  return rng() < sampleUniform(rng, min, max) ? result(true, "window", window) : result(false, null, window);
}
