import { ARCHETYPE_MODELS } from "./archetypes";
import { simulatePlayer } from "./player";
import { DEFAULT_START } from "./run";

const name = (process.argv[2] ?? "charming") as keyof typeof ARCHETYPE_MODELS;
for (let i = 0; i < 4; i++) {
  const r = simulatePlayer({
    model: ARCHETYPE_MODELS[name],
    days: 60,
    startAt: DEFAULT_START,
    seed: 100 + i,
    hardMode: false,
  });
  console.log(r.outcome, r.endDay, r.chapterDay.join(","), r.dailyScores.map((s) => s.toFixed(0)).join(" "));
}
