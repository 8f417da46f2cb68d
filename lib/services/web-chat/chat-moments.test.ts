// Where the chat's dividers go: her test's start before her first test bubble (after her
// ordinary reply), its outcome before the bubbles that follow it, with the new chapter named
// and never a number from the score.
import { describe, expect, it } from "vitest";
import type { GameMomentRow } from "@/db/queries/game-moments";
import { CHAPTER_RULES } from "@/lib/engine";
import { describeMoment, interleaveMoments } from "./chat-moments";

const at = (s: number) => new Date(Date.UTC(2026, 11, 7, 12, 0, s));
const row = (id: number, kind: GameMomentRow["kind"], chapter: GameMomentRow["chapter"], s: number) =>
  describeMoment({ id, kind, chapter, at: at(s) });
const bubble = (id: number, s: number, isTest = false) => ({ id, at: at(s).toISOString(), isTest });

describe("chat moments", () => {
  it("names the next chapter after a pass and the win after the last one, with no digits but the chapter's", () => {
    const pass = row(1, "boss_pass", 1, 0);
    expect(pass.title).toBe("Something changed between you");
    expect(pass.detail).toBe(`Chapter 2 · ${CHAPTER_RULES[2].name}`);
    expect(row(2, "boss_pass", 5, 0).kind).toBe("won");
    for (const kind of ["boss_initiated", "boss_fail", "boss_partial"] as const) {
      const m = row(3, kind, 2, 0);
      expect(`${m.title} ${m.detail ?? ""}`).not.toMatch(/\d/);
    }
  });

  it("puts her test's start before her first test bubble and the outcome before her verdict", () => {
    const items = interleaveMoments(
      [
        bubble(10, 0),
        bubble(11, 5),
        bubble(12, 6, true),
        bubble(13, 20),
        bubble(14, 21, true),
        bubble(15, 40),
        bubble(16, 41),
      ],
      [row(1, "boss_initiated", 1, 4), row(2, "boss_pass", 1, 40)],
    );
    const order = items.map((i) => (i.type === "bubble" ? i.bubble.id : i.moment.kind));
    expect(order).toEqual([10, 11, "test_started", 12, 13, 14, "test_passed", 15, 16]);
  });

  it("drops moments older than the window and keeps later ones at the end", () => {
    const items = interleaveMoments(
      [bubble(10, 10)],
      [row(1, "boss_fail", 1, 5), row(2, "boss_partial", 1, 30)],
    );
    expect(items.map((i) => (i.type === "bubble" ? i.bubble.id : i.moment.kind))).toEqual([
      10,
      "test_unsure",
    ]);
  });
});
