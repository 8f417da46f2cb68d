// The Balance page: runs the engine's simulator with the admin's parameters (bounded so one
// request stays quick) and shapes the result as an outcome table and per-archetype median
// score trajectories for the chart.
import { z } from "zod";
import type { SessionClaims } from "@/lib/auth/claims";
import { ARCHETYPES, OUTCOMES, runSimulation } from "@/lib/engine/sim";
import { actorFrom } from "./audit";
import { parseAdminInput } from "./validate";

export const MAX_SIM_PLAYERS = 2000;
export const MAX_SIM_DAYS = 120;
const MAX_SEED = 2 ** 31 - 1;

export const balanceParamsSchema = z.object({
  players: z.coerce.number().int().min(1).max(MAX_SIM_PLAYERS, `at most ${MAX_SIM_PLAYERS} players`),
  days: z.coerce.number().int().min(1).max(MAX_SIM_DAYS, `at most ${MAX_SIM_DAYS} days`),
  seed: z.coerce.number().int().min(0).max(MAX_SEED),
  hardMode: z.boolean().default(false),
  archetypes: z.array(z.enum(ARCHETYPES)).min(1, "Pick at least one archetype."),
});

export type BalanceOutcomeRow = { archetype: string; players: number } & Record<
  string,
  number | string | null
>;

export interface BalanceReport {
  params: z.output<typeof balanceParamsSchema>;
  outcomes: string[];
  rows: BalanceOutcomeRow[];
  /** One row per day: `day` plus each archetype's median score among games still running. */
  trajectories: Record<string, number | null>[];
  playerDays: number;
  elapsedMs: number;
}

export function runBalance(claims: SessionClaims | null, input: unknown): BalanceReport {
  actorFrom(claims);
  const params = parseAdminInput(balanceParamsSchema, input);
  const started = performance.now();
  const result = runSimulation({ ...params, sampleTrajectories: 0 });
  const rows = result.archetypes.map((a) => ({
    archetype: a.label,
    players: a.players,
    ...Object.fromEntries(OUTCOMES.map((o) => [o, a.outcomes[o]])),
    winRate: a.players > 0 ? Math.round((a.outcomes.won / a.players) * 100) : 0,
    medianDayToWin: a.medianDayToWin,
    bossFightsPerPlayer: Number(a.bossFightsPerPlayer.toFixed(2)),
  }));
  const trajectories = Array.from({ length: result.days }, (_, day) => {
    const row: Record<string, number | null> = { day: day + 1 };
    for (const a of result.archetypes) {
      const band = a.scoreByDay[day];
      row[a.archetype] =
        band && band.players > 0 && Number.isFinite(band.median) ? Number(band.median.toFixed(1)) : null;
    }
    return row;
  });
  return {
    params,
    outcomes: [...OUTCOMES],
    rows,
    trajectories,
    playerDays: result.playerDays,
    elapsedMs: Math.round(performance.now() - started),
  };
}
