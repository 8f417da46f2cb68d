// Her canned lines, by situation: the one place the pipeline, the bot and the jobs get a
// line that needs no model call (terminal states, limits, failures, boss outcomes, safety).
// All are written in her voice by the offline persona engine; none mentions mechanics.
import type { Chapter, GameOverReason, Rng } from "@/lib/engine";
import { accountLockedLine, ageConfirmationLine, ageNumberLine } from "@/lib/safety";
import {
  bossFailLine,
  bossOpening,
  bossPartialLine,
  bossPassLine,
  bossResolution,
  conflictBreakupLine,
  decayGoodbyeLine,
  gameOverLine,
  giveMeAMinuteLine,
  needsSpaceLine,
  pointOfNoReturnGoodbye,
  rateLimitLine,
  victoryMessage,
  wonLine,
} from "./offline";

export type LineKind =
  | "game_over_final"
  | "won_affectionate"
  | "slow_down"
  | "needs_space"
  | "give_me_a_minute"
  | "lost_thread"
  | "account_locked"
  | "age_check"
  | "age_number"
  | "goodbye"
  | "boss_opening"
  | "boss_resolution"
  | "boss_pass"
  | "boss_fail"
  | "boss_partial"
  | "victory";

export type LineParams = {
  rng: Rng;
  playerName?: string | null;
  chapter?: Chapter;
  reason?: GameOverReason | string;
  daysPlayed?: number;
  messagesExchanged?: number;
};

function goodbye(p: LineParams, ctx: { rng: Rng; playerName: string }): string {
  switch (p.reason) {
    case "clingy":
      return pointOfNoReturnGoodbye("CLINGY", ctx);
    case "distant":
      return pointOfNoReturnGoodbye("DISTANT", ctx);
    case "out_of_zone":
      return pointOfNoReturnGoodbye("OUT_OF_ZONE", ctx);
    case "conflict_breakup":
      return conflictBreakupLine(ctx);
    case "score_zero":
      return decayGoodbyeLine(ctx);
    default:
      return gameOverLine(ctx);
  }
}

export function nikitaLine(kind: LineKind, p: LineParams): string {
  const ctx = { rng: p.rng, playerName: p.playerName ?? "" };
  const chapter = p.chapter ?? 1;
  switch (kind) {
    case "game_over_final":
      return gameOverLine(ctx);
    case "won_affectionate":
      return wonLine(ctx);
    case "slow_down":
      return rateLimitLine(ctx);
    case "needs_space":
      return needsSpaceLine(ctx);
    case "give_me_a_minute":
      return giveMeAMinuteLine(ctx);
    case "lost_thread":
      return giveMeAMinuteLine(ctx);
    case "account_locked":
      return accountLockedLine(p.rng);
    case "age_check":
      return ageConfirmationLine(p.rng);
    case "age_number":
      return ageNumberLine(p.rng);
    case "goodbye":
      return goodbye(p, ctx);
    case "boss_opening":
      return bossOpening(chapter, p.rng, ctx.playerName);
    case "boss_resolution":
      return bossResolution(chapter, "", p.rng);
    case "boss_pass":
      return chapter === 5 ? wonLine(ctx) : bossPassLine(chapter, p.rng, ctx.playerName);
    case "boss_fail":
      return bossFailLine(chapter, p.rng);
    case "boss_partial":
      return bossPartialLine(p.rng);
    case "victory":
      return victoryMessage({
        daysPlayed: p.daysPlayed ?? 1,
        messagesExchanged: p.messagesExchanged ?? 0,
        playerName: ctx.playerName,
        rng: p.rng,
      });
  }
}
