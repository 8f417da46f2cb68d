// Game moments as the chat shows them: a quiet divider where her test began and where it
// ended ("something changed between you", and the new chapter's name when she let you
// closer). The words are the portal's, never hers, and carry no numbers; her own lines stay
// whatever she said. Pure: the feed passes moments and bubbles in, gets a timeline out.

import type { GameMomentRow } from "@/db/queries/game-moments";
import { CHAPTER_RULES, type Chapter, FINAL_CHAPTER } from "@/lib/engine";

export type ChatMoment = {
  id: number;
  kind: "test_started" | "test_passed" | "test_failed" | "test_unsure" | "won";
  at: string;
  title: string;
  detail: string | null;
};

/** What the divider says for one recorded moment. */
export function describeMoment(row: GameMomentRow): ChatMoment {
  const at = row.at.toISOString();
  switch (row.kind) {
    case "boss_initiated":
      return {
        id: row.id,
        kind: "test_started",
        at,
        title: "She's serious now",
        detail: "Answer like it matters.",
      };
    case "boss_pass": {
      if (row.chapter >= FINAL_CHAPTER)
        return {
          id: row.id,
          kind: "won",
          at,
          title: "Something changed between you",
          detail: "She's staying.",
        };
      const next = (row.chapter + 1) as Chapter;
      return {
        id: row.id,
        kind: "test_passed",
        at,
        title: "Something changed between you",
        detail: `Chapter ${next} · ${CHAPTER_RULES[next].name}`,
      };
    }
    case "boss_fail":
      return {
        id: row.id,
        kind: "test_failed",
        at,
        title: "That didn't land",
        detail: "She'll remember it.",
      };
    case "boss_partial":
      return { id: row.id, kind: "test_unsure", at, title: "She isn't sure about you yet", detail: null };
  }
}

export type TimelineBubble = { id: number; at: string; isTest?: boolean };
export type TimelineItem<B> = { type: "bubble"; bubble: B } | { type: "moment"; moment: ChatMoment };

/**
 * Bubbles and moments in one order. A moment goes before the first bubble at or after its
 * time; "her test began" goes before her first test bubble after it (her ordinary reply to
 * the message that started it comes first). Moments older than every bubble are dropped
 * (the window shows the latest messages only); those after the last bubble go at the end.
 */
export function interleaveMoments<B extends TimelineBubble>(
  bubbles: B[],
  moments: ChatMoment[],
): TimelineItem<B>[] {
  const firstAt = bubbles[0]?.at;
  const placed = new Map<number, ChatMoment[]>();
  const trailing: ChatMoment[] = [];
  for (const moment of moments) {
    if (firstAt && moment.at < firstAt) continue;
    let index = bubbles.findIndex((b) => b.at >= moment.at);
    if (moment.kind === "test_started") {
      const test = bubbles.findIndex((b, i) => i >= Math.max(0, index) && b.isTest);
      if (test >= 0) index = test;
    }
    if (index < 0) trailing.push(moment);
    else placed.set(index, [...(placed.get(index) ?? []), moment]);
  }
  const items: TimelineItem<B>[] = [];
  bubbles.forEach((bubble, i) => {
    for (const moment of placed.get(i) ?? []) items.push({ type: "moment", moment });
    items.push({ type: "bubble", bubble });
  });
  for (const moment of trailing) items.push({ type: "moment", moment });
  return items;
}
