// The score chart's time axis never repeats a label, and fits the span it is given.
import { describe, expect, it } from "vitest";
import { tickLabel, timeTicks } from "./chart-ticks";

const T0 = Date.UTC(2026, 11, 7, 12, 3, 0);
const MIN = 60_000;

describe("timeTicks", () => {
  it.each([
    ["a 3-minute-old game", 3 * MIN],
    ["an afternoon", 5 * 60 * MIN],
    ["a week", 7 * 24 * 60 * MIN],
    ["a month", 30 * 24 * 60 * MIN],
    ["a year", 365 * 24 * 60 * MIN],
  ])("%s: at most six ticks, inside the span, each label different", (_, span) => {
    const { ticks, unit } = timeTicks(T0, T0 + span);
    expect(ticks.length).toBeGreaterThan(0);
    expect(ticks.length).toBeLessThanOrEqual(6);
    for (const t of ticks) expect(t).toBeGreaterThanOrEqual(T0);
    const labels = ticks.map((t) => tickLabel(t, unit, "UTC"));
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("labels a short span by time of day and a long one by date", () => {
    expect(timeTicks(T0, T0 + 3 * MIN).unit).toBe("time");
    expect(tickLabel(Date.UTC(2026, 11, 7, 14, 0), "time", "UTC")).toBe("14:00");
    expect(timeTicks(T0, T0 + 30 * 24 * 60 * MIN).unit).toBe("date");
    expect(tickLabel(Date.UTC(2026, 11, 7), "date", "UTC")).toBe("7 Dec");
  });
});
