// Plain-text rendering of a simulation result: one row per archetype with outcome shares,
// how many reached each chapter and the median game day they got there.
import type { SimulationResult } from "./run";

const PERCENT = 100;

function pct(part: number, whole: number): string {
  return whole === 0 ? "-" : `${Math.round((part / whole) * PERCENT)}%`;
}

function day(value: number | null): string {
  return value === null ? "-" : value.toFixed(1).replace(/\.0$/, "");
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length))) ?? [];
  return rows
    .map((r) =>
      r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join("  "),
    )
    .join("\n");
}

export function formatOutcomeTable(result: SimulationResult): string {
  const head = [
    "archetype",
    "n",
    "won",
    "score 0",
    "boss x3",
    "clingy",
    "distant",
    "out zone",
    "break-up",
    "playing",
  ];
  const rows = result.archetypes.map((a) => {
    const o = a.outcomes;
    return [
      a.label,
      String(a.players),
      ...[
        o.won,
        o.score_zero,
        o.boss_fails,
        o.clingy,
        o.distant,
        o.out_of_zone,
        o.conflict_breakup,
        o.playing,
      ].map((n) => pct(n, a.players)),
    ];
  });
  return table([head, ...rows]);
}

export function formatChapterTable(result: SimulationResult): string {
  const head = [
    "archetype",
    "reach ch2",
    "ch3",
    "ch4",
    "ch5",
    "won",
    "median day ch2",
    "ch3",
    "ch4",
    "ch5",
    "win",
    "msg/day",
    "bosses",
  ];
  const rows = result.archetypes.map((a) => [
    a.label,
    ...[1, 2, 3, 4].map((c) => pct(a.reachedChapter[c] ?? 0, a.players)),
    pct(a.outcomes.won, a.players),
    ...[1, 2, 3, 4].map((c) => day(a.medianDayToChapter[c] ?? null)),
    day(a.medianDayToWin),
    a.messagesPerPlayerDay.toFixed(1),
    a.bossFightsPerPlayer.toFixed(1),
  ]);
  return table([head, ...rows]);
}

export function formatSimulationReport(result: SimulationResult): string {
  return [
    `${result.players} players × ${result.days} days, seed ${result.seed}${result.hardMode ? ", hard mode" : ""} — ${result.playerDays} player-days simulated`,
    "",
    "Outcomes",
    formatOutcomeTable(result),
    "",
    "Progress (share reaching each chapter; median game day among those who did)",
    formatChapterTable(result),
  ].join("\n");
}
