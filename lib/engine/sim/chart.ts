// Self-contained HTML report of a simulation: score trajectories per archetype (median and
// interquartile band of players still in the game, plus a few individual players), outcome
// shares as stacked bars, and the outcome and progress tables. Pure string output, no assets.
import { CHAPTER_RULES, SCORE_RULES } from "../rules";
import { CHAPTERS } from "../vocabulary";
import type { Outcome } from "./player";
import { formatSimulationReport } from "./report";
import { OUTCOMES, type SimulationResult } from "./run";

const ARCHETYPE_COLORS = [
  "#2f7d32",
  "#c2185b",
  "#ef6c00",
  "#546e7a",
  "#b71c1c",
  "#6a1b9a",
  "#00838f",
  "#8d6e63",
];
const OUTCOME_COLORS: Record<Outcome, string> = {
  won: "#2e7d32",
  score_zero: "#b0bec5",
  boss_fails: "#8e24aa",
  clingy: "#fb8c00",
  distant: "#5c6bc0",
  out_of_zone: "#f4511e",
  conflict_breakup: "#c62828",
  playing: "#fdd835",
};
const OUTCOME_LABELS: Record<Outcome, string> = {
  won: "won",
  score_zero: "score 0",
  boss_fails: "3 boss fails",
  clingy: "clingy (no return)",
  distant: "distant (no return)",
  out_of_zone: "out of zone (no return)",
  conflict_breakup: "conflict break-up",
  playing: "still playing",
};

const W = 920;
const H = 440;
const PAD = { left: 48, right: 190, top: 20, bottom: 40 };
const BAR_ROW = 34;
const PERCENT = 100;
const MIN_PLAYERS_FOR_BAND = 3;
const MIN_SHARE_FOR_BAND = 0.1;

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function colorFor(index: number): string {
  return ARCHETYPE_COLORS[index % ARCHETYPE_COLORS.length] ?? "#000";
}

function trajectoryChart(result: SimulationResult): string {
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (day: number) => PAD.left + (plotW * day) / Math.max(1, result.days - 1);
  const y = (score: number) => PAD.top + plotH * (1 - score / SCORE_RULES.max);
  const path = (points: [number, number][]) =>
    points.map(([d, s], i) => `${i === 0 ? "M" : "L"}${x(d).toFixed(1)},${y(s).toFixed(1)}`).join("");
  const parts: string[] = [];
  for (let s = 0; s <= SCORE_RULES.max; s += 20) {
    parts.push(`<line x1="${PAD.left}" x2="${PAD.left + plotW}" y1="${y(s)}" y2="${y(s)}" stroke="#eee"/>`);
    parts.push(`<text x="${PAD.left - 8}" y="${y(s) + 4}" text-anchor="end" class="axis">${s}</text>`);
  }
  for (const c of CHAPTERS) {
    const t = CHAPTER_RULES[c].bossThreshold;
    parts.push(
      `<line x1="${PAD.left}" x2="${PAD.left + plotW}" y1="${y(t)}" y2="${y(t)}" stroke="#bbb" stroke-dasharray="4 4"/>`,
    );
    parts.push(
      `<text x="${PAD.left + plotW - 4}" y="${y(t) - 3}" text-anchor="end" class="note">ch${c} boss ${t}</text>`,
    );
  }
  for (let d = 0; d < result.days; d += Math.max(1, Math.round(result.days / 10))) {
    parts.push(
      `<text x="${x(d)}" y="${H - PAD.bottom + 16}" text-anchor="middle" class="axis">${d + 1}</text>`,
    );
  }
  parts.push(
    `<text x="${PAD.left + plotW / 2}" y="${H - 6}" text-anchor="middle" class="axis">game day</text>`,
  );
  result.archetypes.forEach((a, i) => {
    const color = colorFor(i);
    // Quantiles of a handful of survivors are noise: drawn only while enough players remain.
    const minPlayers = Math.max(MIN_PLAYERS_FOR_BAND, Math.ceil(a.players * MIN_SHARE_FOR_BAND));
    const days = a.scoreByDay.map((b, d) => ({ ...b, d })).filter((b) => b.players >= minPlayers);
    if (days.length === 0) return;
    const upper = days.map((b) => [b.d, b.p75] as [number, number]);
    const lower = days.map((b) => [b.d, b.p25] as [number, number]).reverse();
    parts.push(`<path d="${path([...upper, ...lower])}Z" fill="${color}" opacity="0.12"/>`);
    for (const sample of a.samples) {
      parts.push(
        `<path d="${path(sample.map((s, d) => [d, s]))}" fill="none" stroke="${color}" stroke-width="0.7" opacity="0.35"/>`,
      );
    }
    parts.push(
      `<path d="${path(days.map((b) => [b.d, b.median]))}" fill="none" stroke="${color}" stroke-width="2.5"/>`,
    );
    const ly = PAD.top + 16 + i * 20;
    parts.push(`<rect x="${W - PAD.right + 16}" y="${ly - 9}" width="14" height="4" fill="${color}"/>`);
    parts.push(`<text x="${W - PAD.right + 36}" y="${ly - 4}" class="legend">${escapeHtml(a.label)}</text>`);
  });
  return `<svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="Score trajectories">${parts.join("")}</svg>`;
}

function outcomeChart(result: SimulationResult): string {
  const labelW = 130;
  const barW = W - labelW - 40;
  const height = result.archetypes.length * BAR_ROW + 70;
  const parts: string[] = [];
  result.archetypes.forEach((a, row) => {
    const y = 10 + row * BAR_ROW;
    parts.push(
      `<text x="${labelW - 8}" y="${y + 18}" text-anchor="end" class="legend">${escapeHtml(a.label)}</text>`,
    );
    let offset = 0;
    for (const o of OUTCOMES) {
      const share = a.players > 0 ? a.outcomes[o] / a.players : 0;
      if (share === 0) continue;
      const w = share * barW;
      parts.push(
        `<rect x="${labelW + offset}" y="${y}" width="${w}" height="24" fill="${OUTCOME_COLORS[o]}"><title>${OUTCOME_LABELS[o]}: ${Math.round(share * PERCENT)}%</title></rect>`,
      );
      if (share >= 0.06) {
        parts.push(
          `<text x="${labelW + offset + w / 2}" y="${y + 16}" text-anchor="middle" class="bar">${Math.round(share * PERCENT)}%</text>`,
        );
      }
      offset += w;
    }
  });
  const legendY = 20 + result.archetypes.length * BAR_ROW;
  OUTCOMES.forEach((o, i) => {
    const lx = labelW + (i % 4) * 180;
    const ly = legendY + Math.floor(i / 4) * 20;
    parts.push(`<rect x="${lx}" y="${ly}" width="12" height="12" fill="${OUTCOME_COLORS[o]}"/>`);
    parts.push(`<text x="${lx + 18}" y="${ly + 10}" class="legend">${OUTCOME_LABELS[o]}</text>`);
  });
  return `<svg viewBox="0 0 ${W} ${height}" width="${W}" height="${height}" role="img" aria-label="Outcome shares">${parts.join("")}</svg>`;
}

export function renderSimulationHtml(result: SimulationResult): string {
  const title = `Nikita balance simulation — ${result.players} players × ${result.days} days (seed ${result.seed})`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
body{font:14px system-ui,sans-serif;margin:24px;color:#222;max-width:960px}
h1{font-size:18px}h2{font-size:15px;margin-top:28px}
.axis{font-size:11px;fill:#666}.note{font-size:10px;fill:#999}.legend{font-size:12px;fill:#333}.bar{font-size:11px;fill:#fff}
pre{background:#f7f7f7;padding:12px;overflow:auto;font-size:12px}
</style></head><body>
<h1>${escapeHtml(title)}</h1>
<h2>Score trajectories</h2>
<p>Thick line: median score of the players still in the game on that day; band: 25th–75th percentile; thin lines: individual players.</p>
${trajectoryChart(result)}
<h2>Outcomes after ${result.days} days</h2>
${outcomeChart(result)}
<h2>Tables</h2>
<pre>${escapeHtml(formatSimulationReport(result))}</pre>
</body></html>
`;
}
