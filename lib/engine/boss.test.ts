// §3 boss fights: confidence rule, phases, outcomes per verdict, 3rd fail, chapter 5 → won, timeout.
import { describe, expect, it } from "vitest";
import {
  type BossJudgment,
  checkBossTimeout,
  isBossTimedOut,
  normalizeVerdict,
  recordBossReply,
  resolveBoss,
} from "./boss";
import { createEngagementState } from "./engagement";
import { BOSS_RULES, FINAL_CHAPTER } from "./rules";
import { activeState, hoursAfter, T0 } from "./testing";
import type { EngineState, PlayerGameState } from "./types";

const inBoss = (game: Partial<PlayerGameState> = {}): EngineState =>
  activeState(
    T0,
    { status: "boss_fight", bossPhase: "resolution", bossStartedAt: T0, bossLastPromptAt: null, ...game },
    { engagement: { ...createEngagementState(), state: "IN_ZONE", daysInState: 4 } },
  );
const LATER = hoursAfter(T0, 1);
const judge = (verdict: BossJudgment["verdict"], confidence = 0.9): BossJudgment => ({ verdict, confidence });

describe("confidence rule", () => {
  it.each([
    ["PASS", BOSS_RULES.minConfidence, "PASS"],
    ["PASS", 0.699, "PARTIAL"],
    ["FAIL", BOSS_RULES.minConfidence, "FAIL"],
    ["FAIL", 0.699, "PARTIAL"],
    ["PARTIAL", 1, "PARTIAL"],
    ["ERROR", 0, "ERROR"],
  ] as const)("%s at %s → %s", (verdict, confidence, expected) => {
    expect(normalizeVerdict({ verdict, confidence })).toBe(expected);
  });
});

describe("two phases", () => {
  it("opening → resolution → awaiting judgment", () => {
    const opening = inBoss({ bossPhase: "opening", bossLastPromptAt: T0 });
    const first = recordBossReply(opening, LATER);
    expect(first.state.game.bossPhase).toBe("resolution");
    expect(first.state.game.bossLastPromptAt).toEqual(LATER);
    expect(first.awaitingJudgment).toBe(false);
    const second = recordBossReply(first.state, hoursAfter(LATER, 1));
    expect(second.awaitingJudgment).toBe(true);
    expect(second.state.game.bossLastPromptAt).toBeNull();
    expect(second.state.game.status).toBe("boss_fight");
  });

  it("outside a boss fight a reply does nothing", () => {
    const state = activeState(T0);
    expect(recordBossReply(state, LATER)).toMatchObject({ state, awaitingJudgment: false, timedOut: false });
  });
});

describe("outcomes", () => {
  it("PASS in chapter 1 → chapter 2, attempts 0, active, CALIBRATING again, no cooldown", () => {
    const result = resolveBoss(inBoss({ bossAttempts: 2 }), judge("PASS"), LATER);
    const g = result.state.game;
    expect(g).toMatchObject({
      chapter: 2,
      bossAttempts: 0,
      status: "active",
      bossPhase: null,
      bossCooldownUntil: null,
    });
    expect(g.lastBossExitAt).toEqual(LATER);
    expect(result.state.engagement.state).toBe("CALIBRATING");
    expect(result.history.map((h) => h.kind)).toEqual(["boss_pass"]);
    expect(result.events).toEqual([
      { type: "boss_judged", chapter: 1, verdict: "PASS", attempts: 0, timedOut: false },
      { type: "chapter_advanced", from: 1, to: 2 },
    ]);
  });

  it("PASS in chapter 5 → won, with days played and messages exchanged", () => {
    const result = resolveBoss(
      inBoss({ chapter: FINAL_CHAPTER, daysPlayed: 23, messagesExchanged: 512 }),
      judge("PASS"),
      LATER,
    );
    expect(result.state.game.status).toBe("won");
    expect(result.state.game.endedAt).toEqual(LATER);
    expect(result.events).toContainEqual({ type: "won", daysPlayed: 23, messagesExchanged: 512 });
  });

  it.each([
    [0, 1, "active"],
    [1, 2, "active"],
    [2, 3, "game_over"],
  ] as const)("FAIL with %i earlier fails → attempts %i, %s", (before, after, status) => {
    const result = resolveBoss(inBoss({ bossAttempts: before }), judge("FAIL"), LATER);
    expect(result.state.game.bossAttempts).toBe(after);
    expect(result.state.game.status).toBe(status);
    expect(result.history.map((h) => h.kind)).toEqual(["boss_fail"]);
    if (status === "game_over") {
      expect(result.state.game.gameOverReason).toBe("boss_fails");
      expect(result.events.at(-1)).toEqual({ type: "game_over", reason: "boss_fails" });
    } else {
      expect(result.state.game.bossCooldownUntil).toEqual(hoursAfter(LATER, BOSS_RULES.cooldownHours));
    }
  });

  it.each(["PARTIAL", "ERROR"] as const)("%s → no attempt, active, 24 h cooldown", (verdict) => {
    const result = resolveBoss(inBoss({ bossAttempts: 1 }), judge(verdict, 0), LATER);
    expect(result.state.game).toMatchObject({ bossAttempts: 1, status: "active", chapter: 1 });
    expect(result.state.game.bossCooldownUntil).toEqual(hoursAfter(LATER, BOSS_RULES.cooldownHours));
    expect(result.history.map((h) => h.kind)).toEqual(["boss_partial"]);
  });

  it("low-confidence PASS counts as PARTIAL", () => {
    const result = resolveBoss(inBoss(), judge("PASS", 0.699), LATER);
    expect(result.state.game.chapter).toBe(1);
    expect(result.events[0]).toMatchObject({ verdict: "PARTIAL" });
  });
});

describe("timeout", () => {
  const prompted = inBoss({ bossPhase: "opening", bossLastPromptAt: T0 });
  const limit = BOSS_RULES.replyTimeoutHours;
  it.each([
    [limit, false],
    [limit + 1 / 3600, true],
    [limit + 5, true],
  ])("%s h after her last boss message: timed out = %s", (hours, expected) => {
    expect(isBossTimedOut(prompted.game, hoursAfter(T0, hours))).toBe(expected);
    const result = checkBossTimeout(prompted, hoursAfter(T0, hours));
    expect(result.state.game.status).toBe(expected ? "active" : "boss_fight");
    if (expected) expect(result.state.game.bossAttempts).toBe(1);
  });

  it("a late reply is a FAIL, not a phase change", () => {
    const result = recordBossReply(prompted, hoursAfter(T0, limit + 1));
    expect(result.timedOut).toBe(true);
    expect(result.events[0]).toMatchObject({ type: "boss_judged", verdict: "FAIL", timedOut: true });
  });

  it("the third failure by timeout ends the game", () => {
    const result = checkBossTimeout(
      inBoss({ bossLastPromptAt: T0, bossAttempts: 2 }),
      hoursAfter(T0, limit + 1),
    );
    expect(result.state.game.status).toBe("game_over");
  });

  it("no timeout while the judgment is pending", () => {
    expect(isBossTimedOut(inBoss({ bossLastPromptAt: null }).game, hoursAfter(T0, 100))).toBe(false);
  });
});
