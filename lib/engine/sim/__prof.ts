import { runSimulation } from "./run";

for (let k = 0; k < 3; k++) {
  const c0 = process.cpuUsage();
  const t = performance.now();
  const r = runSimulation({ players: 600, days: 60, seed: 2 });
  const cpu = process.cpuUsage(c0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  console.log(
    "wall pd/s",
    ((r.playerDays / (performance.now() - t)) * 1000).toFixed(0),
    "cpu pd/s",
    ((r.playerDays / cpuMs) * 1000).toFixed(0),
    r.playerDays,
  );
}
