// "What happened" on the dashboard: the turns of this game in plain words, newest first —
// when she put you to the test, how it ended, the chapter it opened, and the start. Names
// and chapters come from the rules table; no score in sight.
import type { DbOrTx } from "@/db";
import { type GameMomentRow, listGameMoments } from "@/db/queries/game-moments";
import { CHAPTER_RULES, type Chapter, FINAL_CHAPTER } from "@/lib/engine";

export type StoryEntry = {
  key: string;
  at: Date;
  kind: "met" | "test_started" | "test_passed" | "test_failed" | "test_unsure" | "won";
  text: string;
  detail: string | null;
};

export const STORY_LIMIT = 6;

export async function listStory(
  tx: DbOrTx,
  params: { playerId: string; startedAt: Date },
): Promise<StoryEntry[]> {
  const rows = await listGameMoments(tx, {
    playerId: params.playerId,
    since: params.startedAt,
    limit: STORY_LIMIT,
    newestFirst: true,
  });
  const entries = rows.map(storyEntry);
  if (entries.length < STORY_LIMIT)
    entries.push({
      key: "met",
      at: params.startedAt,
      kind: "met",
      text: "You met her",
      detail: `Chapter 1: ${CHAPTER_RULES[1].name}.`,
    });
  return entries;
}

function storyEntry(row: GameMomentRow): StoryEntry {
  const boss = `“${CHAPTER_RULES[row.chapter].bossName}”`;
  const key = `h-${row.id}`;
  switch (row.kind) {
    case "boss_initiated":
      return {
        key,
        at: row.at,
        kind: "test_started",
        text: `She put you to the test: ${boss}`,
        detail: null,
      };
    case "boss_pass": {
      if (row.chapter >= FINAL_CHAPTER)
        return {
          key,
          at: row.at,
          kind: "won",
          text: `Passed her last test ${boss}`,
          detail: "She's staying.",
        };
      const next = (row.chapter + 1) as Chapter;
      return {
        key,
        at: row.at,
        kind: "test_passed",
        text: `Passed her test ${boss}`,
        detail: `Something changed between you. Chapter ${next}: ${CHAPTER_RULES[next].name}.`,
      };
    }
    case "boss_fail":
      return {
        key,
        at: row.at,
        kind: "test_failed",
        text: `Failed her test ${boss}`,
        detail: "She'll remember it.",
      };
    case "boss_partial":
      return {
        key,
        at: row.at,
        kind: "test_unsure",
        text: `Her test ${boss} ended undecided`,
        detail: "She'll try again.",
      };
  }
}
