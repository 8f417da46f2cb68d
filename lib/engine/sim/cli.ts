// `npm run sim -- --players 1000 --days 60 [--seed 1] [--hard] [--out bench-results/sim.html]`
// Runs the balance simulator, prints the outcome tables, writes the HTML chart. Thin shell
// around runSimulation: argument parsing, a progress bar on stderr, file output.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { renderSimulationHtml } from "./chart";
import { formatSimulationReport } from "./report";
import { runSimulation } from "./run";

const DEFAULTS = { players: 1000, days: 60, seed: 1, out: "bench-results/sim.html" };
const BAR_WIDTH = 30;
const PERCENT = 100;

function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer, got "${raw}"`);
  return n;
}

function progressBar(done: number, total: number): string {
  const filled = Math.round((done / total) * BAR_WIDTH);
  return `\r[${"#".repeat(filled)}${".".repeat(BAR_WIDTH - filled)}] ${Math.floor((done / total) * PERCENT)}% ${done}/${total} players`;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      players: { type: "string" },
      days: { type: "string" },
      seed: { type: "string" },
      out: { type: "string" },
      hard: { type: "boolean", default: false },
    },
  });
  const players = positiveInt("players", values.players, DEFAULTS.players);
  const days = positiveInt("days", values.days, DEFAULTS.days);
  const seed = values.seed === undefined ? DEFAULTS.seed : Number(values.seed);
  if (!Number.isFinite(seed)) throw new Error(`--seed must be a number, got "${values.seed}"`);
  const out = resolve(values.out ?? DEFAULTS.out);

  let lastShown = -1;
  const started = performance.now();
  const result = runSimulation({
    players,
    days,
    seed,
    hardMode: values.hard,
    onProgress: (done, total) => {
      const pct = Math.floor((done / total) * PERCENT);
      if (pct !== lastShown || done === total) {
        lastShown = pct;
        process.stderr.write(progressBar(done, total));
      }
    },
  });
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write("\n");

  console.log(formatSimulationReport(result));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, renderSimulationHtml(result));
  console.log(`\n${Math.round(result.playerDays / seconds)} player-days/s; chart written to ${out}`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
