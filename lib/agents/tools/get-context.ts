// get_context: who she is talking to right now — his name, the stage of things, her mood,
// tension, his local time, whether a big test is running, and the last few lines between
// them. Her own past lines pass the output guard again before they are handed back.

import { eq } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db";
import { recentMessages } from "@/db/queries/conversations";
import { conflictState, players } from "@/db/schema";
import { CHAPTER_RULES, type Chapter, currentConflictZone, moodBand } from "@/lib/engine";
import { guardOutput } from "@/lib/safety";
import { defineTool } from "./types";

export const CONTEXT_LINES = 8;

export type PlayerContext = {
  name: string;
  stage: string;
  chapter: Chapter;
  mood: string;
  tension: string;
  local_time: string;
  boss_fight: boolean;
  recent: { from: "him" | "you"; text: string }[];
};

function localTime(now: Date, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat("en-GB", {
      timeZone,
      weekday: "long",
      hour: "2-digit",
      minute: "2-digit",
    }).format(now);
  } catch {
    return now.toISOString();
  }
}

/** The context object (also used for the call's dynamic variables). Null for an unknown player. */
export async function loadPlayerContext(
  db: DbOrTx,
  params: { playerId: string; now: Date; lines?: number },
): Promise<PlayerContext | null> {
  // Three small reads in parallel: this answers the voice agent mid-call, so it must stay fast.
  const [[player], [conflict], rows] = await Promise.all([
    db
      .select({
        name: players.name,
        chapter: players.chapter,
        score: players.relationshipScore,
        status: players.status,
        timezone: players.timezone,
      })
      .from(players)
      .where(eq(players.id, params.playerId)),
    db
      .select({ temperature: conflictState.temperature, updatedAt: conflictState.lastCooledAt })
      .from(conflictState)
      .where(eq(conflictState.playerId, params.playerId)),
    recentMessages(db, { playerId: params.playerId, now: params.now, limit: params.lines ?? CONTEXT_LINES }),
  ]);
  if (!player) return null;
  const chapter = player.chapter as Chapter;
  const zone = currentConflictZone(
    {
      temperature: conflict?.temperature ?? 0,
      updatedAt: conflict?.updatedAt ?? null,
      positiveCount: 0,
      negativeCount: 0,
      criticalNegativeStreak: 0,
    },
    params.now,
  );
  const recent = rows
    .filter((r) => r.role === "player" || guardOutput(r.content, { chapter }).ok)
    .map((r) => ({
      from: r.role === "player" ? ("him" as const) : ("you" as const),
      text: r.content.slice(0, 400),
    }));
  return {
    name: player.name ?? "him",
    stage: CHAPTER_RULES[chapter].name,
    chapter,
    mood: moodBand(player.score).replace(/_/g, " "),
    tension: zone.toLowerCase(),
    local_time: localTime(params.now, player.timezone),
    boss_fight: player.status === "boss_fight",
    recent,
  };
}

export const getContextTool = defineTool({
  name: "get_context",
  description:
    "Who you are talking to: his name, where things stand, your mood, his local time, the last lines.",
  input: z.object({}).loose(),
  async run({ deps, playerId, now }) {
    const context = await loadPlayerContext(deps.db, { playerId, now });
    return context ?? { name: "him", recent: [] };
  },
});
