// Which bubble carries the "why did that move?" note: her first reply after a scored message.
import { describe, expect, it } from "vitest";
import { attachMoves, type ScoreMove } from "./conversations";
import { viceStrengthWord } from "./words";

const at = new Date("2026-01-01T00:00:00Z");
const msg = (id: number, role: "player" | "nikita") => ({ id, role, content: `m${id}`, createdAt: at });
const move = (delta: number): ScoreMove => ({ delta, explanation: "why", metrics: {} });

describe("attachMoves", () => {
  it.each([
    ["her reply gets the move", [msg(1, "player"), msg(2, "nikita")], [[1, 0.5]], [null, 0.5]],
    [
      "only her first bubble",
      [msg(1, "player"), msg(2, "nikita"), msg(3, "nikita")],
      [[1, -1]],
      [null, -1, null],
    ],
    [
      "unanswered message keeps it",
      [msg(1, "player"), msg(2, "player"), msg(3, "nikita")],
      [
        [1, 2],
        [2, 1],
      ],
      [2, null, 1],
    ],
    ["trailing unanswered message", [msg(1, "player")], [[1, 0.3]], [0.3]],
    ["unscored messages carry nothing", [msg(1, "player"), msg(2, "nikita")], [], [null, null]],
  ] as const)("%s", (_name, rows, moves, expected) => {
    const map = new Map(moves.map(([id, d]) => [id as number, move(d as number)]));
    expect(attachMoves([...rows], map).map((m) => m.move?.delta ?? null)).toEqual(expected);
  });
});

describe("viceStrengthWord", () => {
  it.each([
    [0, "a hint of it"],
    [0.3, "noticeably"],
    [0.6, "clearly"],
    [1, "very much"],
  ])("intensity %s reads as %s", (intensity, word) => {
    expect(viceStrengthWord(intensity, 1)).toBe(word);
  });
});
