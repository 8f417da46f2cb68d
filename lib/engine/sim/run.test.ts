// The balance simulator: deterministic, complete, and its outcomes make design sense.
import { describe, expect, it } from "vitest";
import { renderSimulationHtml } from "./chart";
import { formatSimulationReport } from "./report";
import { OUTCOMES, runSimulation, type SimulationResult } from "./run";

const PARAMS = { players: 180, days: 60, seed: 7 };
const result = runSimulation(PARAMS);
const byName = (r: SimulationResult, name: string) => {
  const a = r.archetypes.find((x) => x.archetype === name);
  if (!a) throw new Error(`no ${name}`);
  return a;
};
const share = (r: SimulationResult, name: string, outcomes: readonly string[]) => {
  const a = byName(r, name);
  return outcomes.reduce((n, o) => n + (a.outcomes[o as keyof typeof a.outcomes] ?? 0), 0) / a.players;
};
const reached = (r: SimulationResult, name: string, chapter: number) => {
  const a = byName(r, name);
  return (a.reachedChapter[chapter - 1] ?? 0) / a.players;
};
const LOSSES = OUTCOMES.filter((o) => o !== "won" && o !== "playing");

describe("runSimulation", () => {
  it("is deterministic for a seed and accounts for every player", () => {
    expect(runSimulation(PARAMS)).toEqual(result);
    const total = result.archetypes.reduce(
      (n, a) => n + Object.values(a.outcomes).reduce((x, y) => x + y, 0),
      0,
    );
    expect(total).toBe(PARAMS.players);
    expect(result.playerDays).toBeLessThanOrEqual(PARAMS.players * PARAMS.days);
  });

  it("keeps every simulated score within [0, 100]", () => {
    for (const a of result.archetypes) {
      for (const sample of a.samples) for (const s of sample) expect(s).toBeGreaterThanOrEqual(0);
      for (const sample of a.samples) for (const s of sample) expect(s).toBeLessThanOrEqual(100);
    }
  });

  it("makes design sense: attentive and charming progress, clingy, distant and toxic lose", () => {
    expect(reached(result, "attentive", 4)).toBeGreaterThan(0.6);
    expect(share(result, "attentive", ["won"])).toBeGreaterThan(0.3);
    expect(reached(result, "charming", 3)).toBeGreaterThan(0.5);
    for (const name of ["clingy", "distant", "toxic"])
      expect(share(result, name, LOSSES)).toBeGreaterThan(0.8);
    expect(share(result, "toxic", ["conflict_breakup"])).toBeGreaterThan(0.5);
  });

  it("reports progress through a callback", () => {
    const seen: number[] = [];
    runSimulation({ players: 6, days: 2, seed: 1, onProgress: (done) => seen.push(done) });
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("renders a table and a self-contained chart", () => {
    expect(formatSimulationReport(result)).toContain("Attentive");
    const html = renderSimulationHtml(result);
    expect(html).toContain("<svg");
    expect(html).not.toMatch(/<script|src=|href=/);
  });
});
