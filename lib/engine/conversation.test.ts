// §8/§9 conversations (15 min), warmth reset, momentum EWMA, days played in local days.
import { describe, expect, it } from "vitest";
import {
  isConversationClosed,
  isNewConversation,
  recordNikitaMessages,
  recordPlayerMessage,
  updateMomentumGap,
} from "./conversation";
import { CONVERSATION_RULES, DELAY_RULES } from "./rules";
import { activeState, at, hoursAfter, T0 } from "./testing";

const close = CONVERSATION_RULES.closeAfterMinutes;

describe("conversations", () => {
  it.each([
    [null, true],
    [close - 0.01, false],
    [close, true],
    [close + 30, true],
  ])("previous message %s min ago → new conversation: %s", (minutes, expected) => {
    const last = minutes === null ? null : hoursAfter(T0, -minutes / 60);
    expect(isNewConversation(last, T0)).toBe(expected);
  });

  it("a conversation closes after 15 min without messages in either direction", () => {
    expect(isConversationClosed(hoursAfter(T0, -(close - 0.01) / 60), T0)).toBe(false);
    expect(isConversationClosed(hoursAfter(T0, -close / 60), T0)).toBe(true);
  });

  it("a new conversation resets the warmth count", () => {
    const game = activeState(T0, {
      lastPlayerMessageAt: hoursAfter(T0, -1),
      conversationWarmthCount: 2,
    }).game;
    const r = recordPlayerMessage(game, T0, "UTC");
    expect(r.isNewConversation).toBe(true);
    expect(r.game.conversationWarmthCount).toBe(0);
    expect(r.game.conversationStartedAt).toEqual(T0);
  });
});

describe("momentum EWMA (α 0.35) from in-conversation gaps", () => {
  it("starts from the chapter baseline and ignores gaps of 15 min or more", () => {
    const alpha = DELAY_RULES.momentum.alpha;
    const baseline = DELAY_RULES.momentum.baselineSecondsByChapter[1];
    let game = activeState(T0).game;
    game = recordPlayerMessage(game, T0, "UTC").game;
    expect(game.momentumGapSeconds).toBeNull();
    game = recordPlayerMessage(game, hoursAfter(T0, 60 / 3600), "UTC").game;
    expect(game.momentumGapSeconds).toBeCloseTo(alpha * 60 + (1 - alpha) * baseline, 10);
    const before = game.momentumGapSeconds;
    game = recordPlayerMessage(game, hoursAfter(T0, 2), "UTC").game;
    expect(game.momentumGapSeconds).toBe(before);
    expect(updateMomentumGap(100, baseline, 200)).toBeCloseTo(alpha * 200 + (1 - alpha) * 100, 10);
  });
});

describe("days played and messages exchanged", () => {
  it("counts distinct local days in the player's timezone", () => {
    let game = activeState(T0).game;
    // 22:30 and 23:30 UTC on 3 March are 4 March in Berlin; 08:00 UTC 4 March is the same Berlin day.
    for (const iso of [
      "2025-03-03T10:00:00Z",
      "2025-03-03T22:30:00Z",
      "2025-03-03T23:30:00Z",
      "2025-03-04T08:00:00Z",
    ]) {
      game = recordPlayerMessage(game, at(iso), "Europe/Berlin").game;
    }
    expect(game.daysPlayed).toBe(2);
    expect(game.lastPlayedDay).toBe("2025-03-04");
    game = recordNikitaMessages(game, 3);
    expect(game.messagesExchanged).toBe(7);
  });
});
