// §11 Voice: she picks up with a per-chapter probability (always during a boss fight, never
// once the game is over or won) and at most one call per 5 minutes. A finished call is scored
// like a text exchange (applyExchange with source "voice_call").
import type { Rng } from "./rng";
import { TIME, VOICE_RULES } from "./rules";
import type { PlayerGameState } from "./types";

export type PickupDecision = "pick_up" | "declined" | "too_soon" | "unavailable";

export function decideCallPickup(
  game: Pick<PlayerGameState, "status" | "chapter">,
  lastCallAt: Date | null,
  now: Date,
  rng: Rng,
): PickupDecision {
  if (game.status === "game_over" || game.status === "won" || game.status === "onboarding")
    return "unavailable";
  if (
    lastCallAt &&
    now.getTime() - lastCallAt.getTime() < VOICE_RULES.minMinutesBetweenCalls * TIME.msPerMinute
  ) {
    return "too_soon";
  }
  if (game.status === "boss_fight") return "pick_up";
  return rng() < VOICE_RULES.pickupProbabilityByChapter[game.chapter] ? "pick_up" : "declined";
}
