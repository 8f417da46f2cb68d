// `npm run bench:engine` — performance targets for the engine:
//   · one exchange (applyExchange) in under 50 µs, mean and p95;
//   · the balance simulator at ≥ 20,000 simulated player-days per second.
// Timings are process CPU time where the target is throughput (best of several runs after a
// warm-up), so a machine busy with other work does not fail the build; wall-clock figures
// are printed alongside. The last line is exactly `PASS` or `FAIL <target>`; FAIL exits 1.

import type { Analysis } from "./analysis";
import { createEngagementState } from "./engagement";
import { applyExchange } from "./exchange";
import { completeOnboarding, createEngineState } from "./lifecycle";
import { createRng } from "./rng";
import { ARCHETYPE_MODELS, ARCHETYPES } from "./sim/archetypes";
import { createRandomness, sampleAnalysis } from "./sim/behaviour";
import { runSimulation } from "./sim/run";
import type { EngineState } from "./types";
import { CHAPTERS, ENGAGEMENT_STATES } from "./vocabulary";

const TARGET_EXCHANGE_US = 50;
const TARGET_PLAYER_DAYS_PER_S = 20_000;
const EXCHANGE_WARMUP = 50_000;
const EXCHANGE_BATCHES = 4_000;
const EXCHANGE_BATCH_SIZE = 50;
const SIM_RUNS = 7;
const SIM_PLAYERS = 400;
const SIM_DAYS = 60;
const P95 = 0.95;
const NS_PER_US = 1_000;
const US_PER_S = 1_000_000;

interface Row {
  metric: string;
  value: string;
  target: string;
  ok: boolean | null;
}

function cpuMicros(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return used.user + used.system;
}

/** A spread of realistic states and analyses: every chapter and engagement state, all archetypes. */
function exchangeFixtures(): { states: EngineState[]; analyses: Analysis[] } {
  const start = new Date("2025-03-03T08:00:00.000Z");
  const onboarded = completeOnboarding(
    createEngineState(start),
    { darkness: 3, isAdultConfirmed: true },
    start,
  );
  if (!onboarded.ok) throw new Error("fixture onboarding failed");
  const rng = createRng(7);
  const states: EngineState[] = [];
  for (const chapter of CHAPTERS) {
    for (const name of ENGAGEMENT_STATES) {
      const level = 20 + rng() * 40;
      const metrics = { intimacy: level, passion: level + 3, trust: level - 2, secureness: level + 1 };
      states.push({
        ...onboarded.state,
        game: { ...onboarded.state.game, chapter, metrics, score: level },
        engagement: { ...createEngagementState(), state: name },
        conflict: { ...onboarded.state.conflict, temperature: rng() * 90, updatedAt: start },
      });
    }
  }
  const random = createRandomness(11);
  const analyses = Array.from({ length: 512 }, (_, i) => {
    const model = ARCHETYPE_MODELS[ARCHETYPES[i % ARCHETYPES.length] ?? "attentive"];
    return sampleAnalysis(model, states[i % states.length] ?? onboarded.state, random);
  });
  return { states, analyses };
}

function benchExchange(): { mean: number; p95: number; cpuMean: number } {
  const { states, analyses } = exchangeFixtures();
  const base = new Date("2025-03-03T12:00:00.000Z").getTime();
  let sink = 0;
  const run = (i: number) => {
    const state = states[i % states.length] as EngineState;
    const analysis = analyses[i % analyses.length] as Analysis;
    sink += applyExchange(state, analysis, { now: new Date(base + i * 1000) }).state.game.score;
  };
  for (let i = 0; i < EXCHANGE_WARMUP; i++) run(i);
  const perCall: number[] = [];
  const cpu = process.cpuUsage();
  const wallStart = process.hrtime.bigint();
  for (let b = 0; b < EXCHANGE_BATCHES; b++) {
    const t0 = process.hrtime.bigint();
    for (let k = 0; k < EXCHANGE_BATCH_SIZE; k++) run(b * EXCHANGE_BATCH_SIZE + k);
    perCall.push(Number(process.hrtime.bigint() - t0) / NS_PER_US / EXCHANGE_BATCH_SIZE);
  }
  const calls = EXCHANGE_BATCHES * EXCHANGE_BATCH_SIZE;
  const wallMean = Number(process.hrtime.bigint() - wallStart) / NS_PER_US / calls;
  const cpuMean = cpuMicros(cpu) / calls;
  if (Number.isNaN(sink)) throw new Error("unreachable");
  perCall.sort((a, b) => a - b);
  return { mean: wallMean, p95: perCall[Math.floor(perCall.length * P95)] ?? Number.NaN, cpuMean };
}

function benchSimulator(): { bestCpu: number; medianCpu: number; bestWall: number; playerDays: number } {
  runSimulation({ players: SIM_PLAYERS / 2, days: SIM_DAYS, seed: 99 });
  const cpuRates: number[] = [];
  const wallRates: number[] = [];
  let playerDays = 0;
  for (let r = 0; r < SIM_RUNS; r++) {
    const cpu = process.cpuUsage();
    const wall = performance.now();
    const result = runSimulation({ players: SIM_PLAYERS, days: SIM_DAYS, seed: r + 1 });
    const wallUs = (performance.now() - wall) * NS_PER_US;
    cpuRates.push((result.playerDays / cpuMicros(cpu)) * US_PER_S);
    wallRates.push((result.playerDays / wallUs) * US_PER_S);
    playerDays += result.playerDays;
  }
  cpuRates.sort((a, b) => a - b);
  return {
    bestCpu: cpuRates.at(-1) ?? 0,
    medianCpu: cpuRates[Math.floor(cpuRates.length / 2)] ?? 0,
    bestWall: Math.max(...wallRates),
    playerDays,
  };
}

function printTable(rows: Row[]): void {
  const head = ["metric", "value", "target", "result"];
  const cells = rows.map((r) => [r.metric, r.value, r.target, r.ok === null ? "info" : r.ok ? "ok" : "MISS"]);
  const widths = head.map((h, c) => Math.max(h.length, ...cells.map((row) => (row[c] ?? "").length)));
  const line = (row: string[]) =>
    row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join("  ");
  console.log(line(head));
  for (const row of cells) console.log(line(row));
}

function main(): void {
  const exchange = benchExchange();
  const sim = benchSimulator();
  const us = (n: number) => `${n.toFixed(2)} µs`;
  const rate = (n: number) => `${Math.round(n).toLocaleString("en-US")} player-days/s`;
  const rows: Row[] = [
    {
      metric: "applyExchange mean (wall)",
      value: us(exchange.mean),
      target: `< ${TARGET_EXCHANGE_US} µs`,
      ok: exchange.mean < TARGET_EXCHANGE_US,
    },
    {
      metric: "applyExchange p95 (wall, per batch)",
      value: us(exchange.p95),
      target: `< ${TARGET_EXCHANGE_US} µs`,
      ok: exchange.p95 < TARGET_EXCHANGE_US,
    },
    { metric: "applyExchange mean (CPU)", value: us(exchange.cpuMean), target: "", ok: null },
    {
      metric: `simulator, best of ${SIM_RUNS} (CPU)`,
      value: rate(sim.bestCpu),
      target: `≥ ${TARGET_PLAYER_DAYS_PER_S.toLocaleString("en-US")}`,
      ok: sim.bestCpu >= TARGET_PLAYER_DAYS_PER_S,
    },
    { metric: `simulator, median of ${SIM_RUNS} (CPU)`, value: rate(sim.medianCpu), target: "", ok: null },
    { metric: `simulator, best of ${SIM_RUNS} (wall)`, value: rate(sim.bestWall), target: "", ok: null },
  ];
  printTable(rows);
  console.log(
    `(${sim.playerDays.toLocaleString("en-US")} player-days simulated; ${SIM_PLAYERS} players × ${SIM_DAYS} days per run)`,
  );
  const failed = rows.filter((r) => r.ok === false).map((r) => r.metric);
  if (failed.length === 0) {
    console.log("PASS");
  } else {
    console.log(`FAIL ${failed.join(", ")}`);
    process.exitCode = 1;
  }
}

main();
