// The score history chart's data, bounded whatever the history: the score at each of at most
// MAX_CHART_POINTS evenly spaced moments of the range (the latest score_history row at or
// before that moment, one index probe each), ending with the current score. A year of play
// costs the database and the browser the same as a week. Ranges are parsed with zod.
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db";
import { queryRows } from "@/db/query-rows";
import { scoreHistory } from "@/db/schema";
import { TIME } from "@/lib/engine";

/** Upper bound on chart points whatever the range (UI budget, not a game rule). */
export const MAX_CHART_POINTS = 120;

export const SCORE_RANGES = { "7d": 7, "30d": 30, "90d": 90, all: null } as const;
export type ScoreRange = keyof typeof SCORE_RANGES;
export const DEFAULT_SCORE_RANGE: ScoreRange = "30d";

export const scoreRangeSchema = z.enum(["7d", "30d", "90d", "all"]).catch(DEFAULT_SCORE_RANGE);

export type ScorePoint = { at: string; score: number };

/** Sample spacing (whole seconds, at least one) that fits `spanMs` into `samples` samples. */
export function sampleSeconds(spanMs: number, samples: number = MAX_CHART_POINTS - 1): number {
  return Math.max(1, Math.ceil(spanMs / TIME.msPerSecond / Math.max(1, samples - 1)));
}

/**
 * Where a range starts: `days` before now, but never before this game began (a 3-minute-old
 * game's 30-day chart is three minutes wide, not a flat line back a month); "all" is the game.
 */
export function rangeStart(range: ScoreRange, now: Date, gameStartedAt: Date): Date {
  const days = SCORE_RANGES[range];
  if (days === null) return gameStartedAt;
  const start = new Date(now.getTime() - days * TIME.msPerDay);
  return start < gameStartedAt ? gameStartedAt : start;
}

/** At most MAX_CHART_POINTS points, oldest first, the last one the current score at `now`. */
export async function loadScoreSeries(
  tx: DbOrTx,
  params: { playerId: string; range: ScoreRange; now: Date; gameStartedAt: Date; currentScore: number },
): Promise<ScorePoint[]> {
  const nowPoint = { at: params.now.toISOString(), score: params.currentScore };
  const from = rangeStart(params.range, params.now, params.gameStartedAt);
  if (from >= params.now) return [nowPoint];
  const step = sampleSeconds(params.now.getTime() - from.getTime());
  const rows = await queryRows<{ at: string | Date; score: number | string }>(
    tx,
    sql`select g.t as at, s.score
        from generate_series(${from.toISOString()}::timestamptz, ${params.now.toISOString()}::timestamptz,
                             make_interval(secs => ${step}::float8)) as g(t)
        cross join lateral (
          select ${scoreHistory.scoreAfter}::float8 as score from ${scoreHistory}
          where ${scoreHistory.playerId} = ${params.playerId} and ${scoreHistory.createdAt} <= g.t
          order by ${scoreHistory.createdAt} desc, ${scoreHistory.id} desc
          limit 1
        ) s
        order by g.t`,
  );
  const points = rows.map((r) => ({ at: new Date(r.at).toISOString(), score: Number(r.score) }));
  // Nothing recorded yet in this game: a flat line at the current score.
  if (points.length === 0) return [{ at: from.toISOString(), score: params.currentScore }, nowPoint];
  return [...points, nowPoint];
}
