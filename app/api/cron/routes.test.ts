// Every job in vercel.json has its route: `app/api/cron/<job>/route.ts` exporting GET and a
// `maxDuration` within Vercel's limit that leaves the job a real budget after the safety
// margin; minute jobs (deliver, process) stop well before the next minute's run starts.
import { describe, expect, it } from "vitest";
import { budgetFromMaxDuration, DEADLINE_MARGIN_MS } from "@/lib/jobs/run-job";
import { loadSchedules } from "@/lib/jobs/schedules";

/** Vercel's ceiling for a function without Fluid compute's extended limit (Pro). */
const VERCEL_MAX_DURATION_SECONDS = 300;
const EVERY_MINUTE = "* * * * *";

describe("cron routes", () => {
  const schedules = loadSchedules();

  it.each(
    schedules.map((s) => [s.job, s] as const),
  )("%s exports GET and a usable maxDuration", async (job) => {
    const route = (await import(`./${job}/route.ts`)) as { GET?: unknown; maxDuration?: unknown };
    expect(route.GET).toBeTypeOf("function");
    expect(route.maxDuration).toBeTypeOf("number");
    const seconds = route.maxDuration as number;
    expect(seconds).toBeGreaterThan(DEADLINE_MARGIN_MS / 1000);
    expect(seconds).toBeLessThanOrEqual(VERCEL_MAX_DURATION_SECONDS);
    expect(budgetFromMaxDuration(seconds)).toBeLessThan(seconds * 1000);
  });

  it("gives minute jobs less than a minute", async () => {
    const raw = (await import("@/vercel.json")).default as { crons: { path: string; schedule: string }[] };
    const minuteJobs = raw.crons
      .filter((c) => c.schedule === EVERY_MINUTE)
      .map((c) => c.path.split("/").pop());
    expect(minuteJobs.sort()).toEqual(["deliver", "process"]);
    for (const job of minuteJobs) {
      const route = (await import(`./${job}/route.ts`)) as { maxDuration: number };
      expect(budgetFromMaxDuration(route.maxDuration)).toBeLessThan(60_000);
    }
  });
});
