// Time-axis ticks for the score chart: evenly spaced on round boundaries (minutes, hours,
// days, weeks) so that no two ticks read the same, and no more than `max` of them. Labels
// are times of day when the span is under two days, dates otherwise. Pure.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const STEPS = [
  MINUTE,
  5 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  2 * DAY,
  7 * DAY,
  14 * DAY,
  30 * DAY,
  91 * DAY,
] as const;

export type TimeTicks = { ticks: number[]; unit: "time" | "date" };

export function timeTicks(fromMs: number, toMs: number, max = 6): TimeTicks {
  const span = Math.max(MINUTE, toMs - fromMs);
  const step: number = STEPS.find((s) => span / s <= max) ?? 91 * DAY;
  const ticks: number[] = [];
  for (let t = Math.ceil(fromMs / step) * step; t <= toMs; t += step) ticks.push(t);
  if (ticks.length === 0) ticks.push(fromMs);
  return { ticks, unit: span < 2 * DAY ? "time" : "date" };
}

export function tickLabel(ms: number, unit: TimeTicks["unit"], timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions =
    unit === "time" ? { hour: "2-digit", minute: "2-digit" } : { day: "numeric", month: "short" };
  return new Intl.DateTimeFormat("en-GB", { ...options, timeZone }).format(new Date(ms));
}
