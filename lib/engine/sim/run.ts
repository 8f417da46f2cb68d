// The balance simulator's core: a pure function from parameters to aggregated outcomes, used
// by the CLI (`npm run sim`), the benchmark and the admin Balance page. Players are spread
// round-robin over the archetypes, each with its own seed derived from the run seed.
import { deriveSeed } from "../rng";
import { ARCHETYPE_MODELS, ARCHETYPES, type ArchetypeName } from "./archetypes";
import { type Outcome, simulatePlayer } from "./player";

export const OUTCOMES = [
  "won",
  "score_zero",
  "boss_fails",
  "clingy",
  "distant",
  "out_of_zone",
  "conflict_breakup",
  "playing",
] as const satisfies readonly Outcome[];

export interface SimulationParams {
  players: number;
  days: number;
  seed: number;
  /** Midnight UTC of game day 1. */
  startAt?: Date;
  /** Hard mode skipping (GAME.md §8). */
  hardMode?: boolean;
  archetypes?: readonly ArchetypeName[];
  /** Individual score trajectories kept per archetype for charts. */
  sampleTrajectories?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface DayBand {
  p25: number;
  median: number;
  p75: number;
  /** Players whose game was still running at the start of this day. */
  players: number;
}

export interface ArchetypeResult {
  archetype: ArchetypeName;
  label: string;
  players: number;
  outcomes: Record<Outcome, number>;
  /** Players who reached each chapter (index 0 = chapter 1). */
  reachedChapter: number[];
  /** Median game day on which each chapter was reached, among those who did (index 0 = chapter 1). */
  medianDayToChapter: (number | null)[];
  medianDayToWin: number | null;
  scoreByDay: DayBand[];
  samples: number[][];
  messagesPerPlayerDay: number;
  bossFightsPerPlayer: number;
}

export interface SimulationResult {
  players: number;
  days: number;
  seed: number;
  hardMode: boolean;
  /** Player-days actually simulated (games that end stop early). */
  playerDays: number;
  archetypes: ArchetypeResult[];
}

export const DEFAULT_START = new Date("2025-01-06T00:00:00.000Z");
const DEFAULT_SAMPLES = 8;
const QUARTILE_LOW = 0.25;
const QUARTILE_HIGH = 0.75;
const MEDIAN = 0.5;

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? a;
  return a + (b - a) * (pos - lo);
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  return quantile(
    [...values].sort((x, y) => x - y),
    MEDIAN,
  );
}

function emptyOutcomes(): Record<Outcome, number> {
  return Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
}

export function runSimulation(params: SimulationParams): SimulationResult {
  const names = params.archetypes ?? ARCHETYPES;
  const startAt = params.startAt ?? DEFAULT_START;
  const sampleCount = params.sampleTrajectories ?? DEFAULT_SAMPLES;
  const acc = names.map((name) => ({
    name,
    players: 0,
    outcomes: emptyOutcomes(),
    chapterDays: [[], [], [], [], []] as number[][],
    winDays: [] as number[],
    dayScores: Array.from({ length: params.days }, () => [] as number[]),
    samples: [] as number[][],
    messages: 0,
    playerDays: 0,
    bossFights: 0,
  }));
  let playerDays = 0;
  for (let i = 0; i < params.players; i++) {
    const bucket = acc[i % acc.length];
    if (!bucket) continue;
    const run = simulatePlayer({
      model: ARCHETYPE_MODELS[bucket.name],
      days: params.days,
      startAt,
      seed: deriveSeed(params.seed, i),
      hardMode: params.hardMode ?? false,
    });
    bucket.players++;
    bucket.outcomes[run.outcome]++;
    for (const [c, day] of run.chapterDay.entries()) if (day !== null) bucket.chapterDays[c]?.push(day);
    if (run.outcome === "won" && run.endDay !== null) bucket.winDays.push(run.endDay);
    for (const [d, score] of run.dailyScores.entries()) bucket.dayScores[d]?.push(score);
    if (bucket.samples.length < sampleCount) bucket.samples.push(run.dailyScores);
    bucket.messages += run.messages;
    bucket.playerDays += run.daysSimulated;
    bucket.bossFights += run.bossFights;
    playerDays += run.daysSimulated;
    params.onProgress?.(i + 1, params.players);
  }
  return {
    players: params.players,
    days: params.days,
    seed: params.seed,
    hardMode: params.hardMode ?? false,
    playerDays,
    archetypes: acc.map((b) => ({
      archetype: b.name,
      label: ARCHETYPE_MODELS[b.name].label,
      players: b.players,
      outcomes: b.outcomes,
      reachedChapter: b.chapterDays.map((days) => days.length),
      medianDayToChapter: b.chapterDays.map(median),
      medianDayToWin: median(b.winDays),
      scoreByDay: b.dayScores.map((scores) => {
        const sorted = [...scores].sort((x, y) => x - y);
        return {
          p25: quantile(sorted, QUARTILE_LOW),
          median: quantile(sorted, MEDIAN),
          p75: quantile(sorted, QUARTILE_HIGH),
          players: scores.length,
        };
      }),
      samples: b.samples,
      messagesPerPlayerDay: b.playerDays > 0 ? b.messages / b.playerDays : 0,
      bossFightsPerPlayer: b.players > 0 ? b.bossFights / b.players : 0,
    })),
  };
}
