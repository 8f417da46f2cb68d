// Builders for engine tests (and for other layers' tests that need a realistic engine
// state): an active player at a given moment, analyses with defaults, fixed instants.
import type { Analysis } from "./analysis";
import { completeOnboarding, createEngineState } from "./lifecycle";
import { TIME } from "./rules";
import { compositeScore } from "./score";
import type { EngineState, PlayerGameState } from "./types";
import type { Metrics } from "./vocabulary";

/** A fixed Monday noon (UTC) most tests start from. */
export const T0 = new Date("2025-03-03T12:00:00.000Z");

export function at(iso: string): Date {
  return new Date(iso);
}

/** `base` shifted by hours (fractions allowed). */
export function hoursAfter(base: Date, hours: number): Date {
  return new Date(base.getTime() + hours * TIME.msPerHour);
}

/** A player who finished onboarding at `now` (darkness 3), with optional overrides. */
export function activeState(
  now: Date = T0,
  game: Partial<PlayerGameState> = {},
  parts: Partial<Omit<EngineState, "game">> = {},
): EngineState {
  const onboarded = completeOnboarding(createEngineState(now), { darkness: 3, isAdultConfirmed: true }, now);
  if (!onboarded.ok) throw new Error("onboarding failed");
  const merged = { ...onboarded.state.game, ...game };
  if (game.metrics && game.score === undefined) merged.score = compositeScore(game.metrics);
  return { ...onboarded.state, ...parts, game: merged };
}

export function metrics(intimacy: number, passion: number, trust: number, secureness: number): Metrics {
  return { intimacy, passion, trust, secureness };
}

/** All four metrics at the same value (score = that value). */
export function flatMetrics(value: number): Metrics {
  return metrics(value, value, value, value);
}

export function analysis(
  partial: Omit<Partial<Analysis>, "deltas"> & { deltas?: Partial<Metrics> } = {},
): Analysis {
  return {
    behaviours: [],
    repair: { detected: false, quality: null },
    vice_signals: [],
    facts: [],
    flags: { crisis: false, minor: false },
    confidence: 0.9,
    explanation: "test",
    ...partial,
    deltas: { intimacy: 0, passion: 0, trust: 0, secureness: 0, ...partial.deltas },
  };
}
