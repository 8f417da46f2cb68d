// §5 engagement: calibration parts, day kinds, every transition, points of no return.
import { describe, expect, it } from "vitest";
import {
  advanceEngagement,
  calibrationScore,
  classifyDay,
  closeEngagementDay,
  contentScore,
  createEngagementState,
  type DayKind,
  frequencyScore,
  type PlayerDayInput,
  PlayerDaySummarizer,
  restartCalibration,
  summarizePlayerDay,
  timingScore,
} from "./engagement";
import { CHAPTER_RULES, ENGAGEMENT_RULES } from "./rules";
import { activeState, at, T0 } from "./testing";
import type { EngagementState } from "./types";
import type { EngagementStateName } from "./vocabulary";

const OPTIMAL = CHAPTER_RULES[1].optimalMessagesPerDay;
const PONR = ENGAGEMENT_RULES.pointOfNoReturnDays;

describe("calibration components", () => {
  it.each([
    [OPTIMAL, 1],
    [0, 0],
    [2 * OPTIMAL, 0],
    [OPTIMAL - 5, 1 - 5 / OPTIMAL],
    [OPTIMAL + 5, 1 - 5 / OPTIMAL],
  ])("frequency(%i messages) = %s", (n, expected) => {
    expect(frequencyScore(n, OPTIMAL)).toBeCloseTo(expected, 10);
  });

  it.each([
    [null, 1],
    [0, 0.6],
    [30, 0.8],
    [60, 1],
    [3600, 1],
    [3600 + 7200, 0.5],
    [18_000, 0],
    [30_000, 0],
  ])("timing(avg gap %s s) = %s", (t, expected) => {
    expect(timingScore(t)).toBeCloseTo(expected, 10);
  });

  it.each([
    [0, 0],
    [10, 0.25],
    [20, 0.5],
    [35, 0.75],
    [50, 1],
    [150, 1],
    [250, 0.5],
    [350, 0],
    [500, 0],
  ])("content(avg length %s) = %s", (length, expected) => {
    expect(contentScore(length)).toBeCloseTo(expected, 10);
  });

  it("calibration = 0.40·frequency + 0.30·timing + 0.30·content", () => {
    const input = {
      messages: 12,
      averageReplyGapSeconds: 30,
      averageMessageLength: 35,
      hasRapidBurst: false,
    };
    expect(calibrationScore(input, 1)).toBeCloseTo(0.4 * 0.8 + 0.3 * 0.8 + 0.3 * 0.75, 10);
  });
});

describe("day classification (chapter 1, optimal 15)", () => {
  const day = (messages: number, gap: number | null = 120, burst = false): PlayerDayInput => ({
    messages,
    averageReplyGapSeconds: gap,
    averageMessageLength: 80,
    hasRapidBurst: burst,
  });
  it.each([
    ["more than 2× optimal", day(2 * OPTIMAL + 1), "clingy"],
    ["exactly 2× optimal", day(2 * OPTIMAL), "normal"],
    ["a 3-message burst", day(OPTIMAL, 120, true), "clingy"],
    ["no messages", day(0, null), "distant"],
    ["just under half", day(7), "distant"],
    ["half or more", day(8), "good"],
    ["half or more, but short messages", { ...day(8), averageMessageLength: 25 }, "normal"],
    ["slow replies (> 4 h)", day(OPTIMAL, 14_401), "distant"],
    ["exactly 4 h", day(OPTIMAL, 14_400), "good"],
    ["on target", day(OPTIMAL), "good"],
  ] as const)("%s → %s", (_, input, expected) => {
    expect(classifyDay(input, 1, calibrationScore(input, 1))).toBe(expected);
  });
});

type Day = [number, DayKind];
const GOOD: Day = [0.85, "good"];
const OK: Day = [0.65, "normal"];
const LOW: Day = [0.55, "normal"];
const BAD: Day = [0.4, "normal"];
const CLINGY: Day = [0.3, "clingy"];
const DISTANT: Day = [0.3, "distant"];

function walk(days: Day[], from: EngagementState = createEngagementState()): EngagementStateName[] {
  let e = from;
  return days.map(([cal, kind], i) => {
    e = advanceEngagement(e, cal, kind, `d${i}`);
    return e.state;
  });
}

describe("transitions (one entry per closed day; entry day is day 1)", () => {
  const TO_DRIFTING: Day[] = [BAD, BAD];
  it.each([
    [
      "CALIBRATING → IN_ZONE after 3 days ≥ 0.8",
      [GOOD, GOOD, GOOD],
      ["CALIBRATING", "CALIBRATING", "IN_ZONE"],
    ],
    [
      "the streak must be consecutive",
      [GOOD, GOOD, OK, GOOD, GOOD, GOOD],
      ["CALIBRATING", "CALIBRATING", "CALIBRATING", "CALIBRATING", "CALIBRATING", "IN_ZONE"],
    ],
    ["CALIBRATING → DRIFTING after 2 days < 0.5", TO_DRIFTING, ["CALIBRATING", "DRIFTING"]],
    [
      "IN_ZONE → DRIFTING on one day < 0.6",
      [GOOD, GOOD, GOOD, LOW],
      ["CALIBRATING", "CALIBRATING", "IN_ZONE", "DRIFTING"],
    ],
    [
      "IN_ZONE holds at exactly 0.6",
      [GOOD, GOOD, GOOD, [0.6, "normal"]],
      ["CALIBRATING", "CALIBRATING", "IN_ZONE", "IN_ZONE"],
    ],
    [
      "DRIFTING → IN_ZONE after 2 days ≥ 0.7",
      [...TO_DRIFTING, [0.7, "good"], [0.75, "good"]],
      ["CALIBRATING", "DRIFTING", "DRIFTING", "IN_ZONE"],
    ],
    [
      "DRIFTING → CLINGY after 2 clingy days",
      [...TO_DRIFTING, CLINGY, CLINGY],
      ["CALIBRATING", "DRIFTING", "DRIFTING", "CLINGY"],
    ],
    [
      "DRIFTING → DISTANT after 2 distant days",
      [...TO_DRIFTING, DISTANT, DISTANT],
      ["CALIBRATING", "DRIFTING", "DRIFTING", "DISTANT"],
    ],
    [
      "the clingy day that enters DRIFTING counts",
      [GOOD, GOOD, GOOD, CLINGY, CLINGY],
      ["CALIBRATING", "CALIBRATING", "IN_ZONE", "DRIFTING", "CLINGY"],
    ],
    [
      "CLINGY → OUT_OF_ZONE after 3 more clingy days",
      [...TO_DRIFTING, CLINGY, CLINGY, CLINGY, CLINGY, CLINGY],
      ["CALIBRATING", "DRIFTING", "DRIFTING", "CLINGY", "CLINGY", "CLINGY", "OUT_OF_ZONE"],
    ],
    [
      "CLINGY → DRIFTING after 2 good-or-normal days",
      [...TO_DRIFTING, CLINGY, CLINGY, OK, GOOD],
      ["CALIBRATING", "DRIFTING", "DRIFTING", "CLINGY", "CLINGY", "DRIFTING"],
    ],
    [
      "DISTANT → OUT_OF_ZONE after 5 more distant days",
      [...TO_DRIFTING, DISTANT, DISTANT, DISTANT, DISTANT, DISTANT, DISTANT, DISTANT],
      [
        "CALIBRATING",
        "DRIFTING",
        "DRIFTING",
        "DISTANT",
        "DISTANT",
        "DISTANT",
        "DISTANT",
        "DISTANT",
        "OUT_OF_ZONE",
      ],
    ],
    [
      "DISTANT → DRIFTING after 2 good-or-normal days",
      [...TO_DRIFTING, DISTANT, DISTANT, OK, OK],
      ["CALIBRATING", "DRIFTING", "DRIFTING", "DISTANT", "DISTANT", "DRIFTING"],
    ],
  ] as [string, Day[], EngagementStateName[]][])("%s", (_, days, expected) => {
    expect(walk(days)).toEqual(expected);
  });

  it("OUT_OF_ZONE → CALIBRATING after 3 good days", () => {
    const out = walk([...[BAD, BAD], CLINGY, CLINGY, CLINGY, CLINGY, CLINGY]);
    expect(out.at(-1)).toBe("OUT_OF_ZONE");
    let e = createEngagementState();
    for (const [cal, kind] of [BAD, BAD, CLINGY, CLINGY, CLINGY, CLINGY, CLINGY])
      e = advanceEngagement(e, cal, kind, "x");
    expect(walk([GOOD, GOOD, OK, GOOD, GOOD, GOOD], e)).toEqual([
      "OUT_OF_ZONE",
      "OUT_OF_ZONE",
      "OUT_OF_ZONE",
      "OUT_OF_ZONE",
      "OUT_OF_ZONE",
      "CALIBRATING",
    ]);
  });

  it("a chapter change restarts calibration", () => {
    const e = {
      ...createEngagementState(),
      state: "IN_ZONE" as const,
      daysInState: 9,
      highCalibrationStreak: 9,
    };
    expect(restartCalibration(e)).toMatchObject({
      state: "CALIBRATING",
      daysInState: 0,
      highCalibrationStreak: 0,
    });
  });
});

describe("points of no return", () => {
  const input = (kind: DayKind): PlayerDayInput =>
    kind === "clingy"
      ? { messages: 40, averageReplyGapSeconds: 20, averageMessageLength: 10, hasRapidBurst: true }
      : kind === "distant"
        ? { messages: 0, averageReplyGapSeconds: null, averageMessageLength: 0, hasRapidBurst: false }
        : kind === "normal"
          ? { messages: 9, averageReplyGapSeconds: 20, averageMessageLength: 25, hasRapidBurst: false }
          : {
              messages: OPTIMAL,
              averageReplyGapSeconds: 120,
              averageMessageLength: 80,
              hasRapidBurst: false,
            };

  function closeDays(state: EngagementStateName, kinds: DayKind[]) {
    let s = activeState(T0, {}, { engagement: { ...createEngagementState(), state, daysInState: 1 } });
    const statuses: string[] = [];
    kinds.forEach((kind, i) => {
      s = closeEngagementDay(s, `day-${i}`, input(kind), T0).state;
      statuses.push(`${s.engagement.state}:${s.game.status}`);
    });
    return { state: s, statuses };
  }

  it.each([
    ["CLINGY", PONR.CLINGY, ["clingy", "normal"], "clingy"],
    ["DISTANT", PONR.DISTANT, ["distant", "normal"], "distant"],
    ["OUT_OF_ZONE", PONR.OUT_OF_ZONE, ["good", "good", "normal"], "out_of_zone"],
  ] as const)("%s for %i days ends the game", (name, limit, pattern, reason) => {
    const kinds = Array.from({ length: limit - 1 }, (_, i) => pattern[i % pattern.length] as DayKind);
    const { state, statuses } = closeDays(name, kinds);
    expect(statuses.slice(0, -1).every((s) => s === `${name}:active`)).toBe(true);
    expect(statuses.at(-1)).toBe(`${name}:game_over`);
    expect(state.engagement.daysInState).toBe(limit);
    expect(state.game.status).toBe("game_over");
    expect(state.game.gameOverReason).toBe(reason);
  });
});

describe("closing a day", () => {
  const onTarget = {
    messages: OPTIMAL,
    averageReplyGapSeconds: 120,
    averageMessageLength: 80,
    hasRapidBurst: false,
  };
  it("is idempotent per day", () => {
    const once = closeEngagementDay(activeState(T0), "2025-03-03", onTarget, T0);
    const twice = closeEngagementDay(once.state, "2025-03-03", onTarget, T0);
    expect(once.calibration).toBe(1);
    expect(once.dayKind).toBe("good");
    expect(twice.state).toBe(once.state);
  });

  it("does not judge a day spent in a boss fight", () => {
    const r = closeEngagementDay(activeState(T0, { status: "boss_fight" }), "2025-03-03", onTarget, T0);
    expect(r.calibration).toBeNull();
    expect(r.state.engagement.daysInState).toBe(0);
    expect(r.state.engagement.lastClosedDay).toBe("2025-03-03");
  });

  it("emits engagement_changed on a transition", () => {
    let s = activeState(T0);
    const events = ["d1", "d2", "d3"].flatMap((d) => {
      const r = closeEngagementDay(s, d, onTarget, T0);
      s = r.state;
      return r.events;
    });
    expect(events).toEqual([{ type: "engagement_changed", from: "CALIBRATING", to: "IN_ZONE" }]);
  });
});

describe("summarizing a day's messages", () => {
  it("reply gaps are from her message to his next; a burst is 3 within a minute without her", () => {
    const m = (iso: string, from: "player" | "nikita", length = 10) => ({
      at: at(`2025-03-03T${iso}Z`),
      from,
      length,
    });
    const summary = summarizePlayerDay([
      m("10:00:00", "nikita", 0),
      m("10:02:00", "player", 30),
      m("10:02:20", "player", 20),
      m("10:02:50", "player", 10),
      m("10:03:00", "nikita", 0),
      m("11:03:00", "player", 60),
    ]);
    expect(summary).toEqual({
      messages: 4,
      averageReplyGapSeconds: (120 + 3600) / 2,
      averageMessageLength: 30,
      hasRapidBurst: true,
    });
  });

  it("three messages spread over more than a minute are not a burst", () => {
    const m = (iso: string) => ({ at: at(`2025-03-03T${iso}Z`), from: "player" as const, length: 5 });
    expect(summarizePlayerDay([m("10:00:00"), m("10:00:40"), m("10:01:01")]).hasRapidBurst).toBe(false);
    expect(summarizePlayerDay([]).messages).toBe(0);
  });

  it("her reply between them breaks a burst; fed one by one the summary is the same", () => {
    const times = ["10:00:00", "10:00:10", "nikita 10:00:15", "10:00:20", "10:00:30"];
    const day = new PlayerDaySummarizer();
    const messages = times.map((t) => {
      const [from, iso] = t.startsWith("nikita")
        ? (["nikita", t.slice(7)] as const)
        : (["player", t] as const);
      return { at: at(`2025-03-03T${iso}Z`), from, length: 5 };
    });
    for (const m of messages) day.add(m.from, m.at.getTime(), m.length);
    expect(summarizePlayerDay(messages)).toEqual({
      messages: 4,
      averageReplyGapSeconds: 5,
      averageMessageLength: 5,
      hasRapidBurst: false,
    });
    expect(day.summary()).toEqual(summarizePlayerDay(messages));
  });
});
