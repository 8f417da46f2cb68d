// §11 voice pick-up: probability by chapter, boss fights, terminal states, 5-minute spacing.
import { describe, expect, it } from "vitest";
import { VOICE_RULES } from "./rules";
import { activeState, hoursAfter, T0 } from "./testing";
import { CHAPTERS } from "./vocabulary";
import { decideCallPickup } from "./voice";

describe("voice pick-up", () => {
  it.each(CHAPTERS.map((c) => [c]))("chapter %i picks up below its probability", (chapter) => {
    const p = VOICE_RULES.pickupProbabilityByChapter[chapter];
    const game = activeState(T0, { chapter }).game;
    expect(decideCallPickup(game, null, T0, () => p - 0.001)).toBe("pick_up");
    expect(decideCallPickup(game, null, T0, () => p)).toBe("declined");
  });

  it("always during a boss fight, never after the game, at most once per 5 minutes", () => {
    const never = () => 0.9999;
    expect(decideCallPickup(activeState(T0, { status: "boss_fight" }).game, null, T0, never)).toBe("pick_up");
    expect(decideCallPickup(activeState(T0, { status: "game_over" }).game, null, T0, () => 0)).toBe(
      "unavailable",
    );
    expect(decideCallPickup(activeState(T0, { status: "won" }).game, null, T0, () => 0)).toBe("unavailable");
    const minutes = VOICE_RULES.minMinutesBetweenCalls;
    const game = activeState(T0).game;
    expect(decideCallPickup(game, hoursAfter(T0, -(minutes - 0.5) / 60), T0, () => 0)).toBe("too_soon");
    expect(decideCallPickup(game, hoursAfter(T0, -minutes / 60), T0, () => 0)).toBe("pick_up");
  });
});
