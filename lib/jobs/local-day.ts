// Player-local calendar days for the jobs that close them (engagement, summary): which local
// days have ended, and the UTC instants a local day spans (23 or 25 hours on DST change days).
import { TIME } from "@/lib/engine/rules";
import { isValidTimeZone, localDayKey, timeZoneOffsetMs } from "@/lib/engine/time";

/** The zone to use for a stored timezone: an unknown one counts as UTC rather than failing. */
export function safeTimeZone(timeZone: string | null | undefined): string {
  return timeZone && isValidTimeZone(timeZone) ? timeZone : "UTC";
}

/** 'YYYY-MM-DD' shifted by whole days. */
export function addDays(dayKey: string, days: number): string {
  const ms = Date.parse(`${dayKey}T00:00:00.000Z`) + days * TIME.msPerDay;
  return new Date(ms).toISOString().slice(0, 10);
}

/** The UTC instant at which local midnight starts `dayKey` in `timeZone`. */
export function localMidnight(dayKey: string, timeZone: string): Date {
  const wallClock = Date.parse(`${dayKey}T00:00:00.000Z`);
  // Two passes: the offset at the guessed instant can differ across a DST change.
  let guess = wallClock - timeZoneOffsetMs(new Date(wallClock), timeZone);
  guess = wallClock - timeZoneOffsetMs(new Date(guess), timeZone);
  return new Date(guess);
}

export interface LocalDay {
  key: string;
  start: Date;
  end: Date;
}

export function localDay(dayKey: string, timeZone: string): LocalDay {
  return {
    key: dayKey,
    start: localMidnight(dayKey, timeZone),
    end: localMidnight(addDays(dayKey, 1), timeZone),
  };
}

/** Local days after `afterKey` (exclusive) that ended by `now`, oldest first, at most `max` (the latest ones). */
export function endedLocalDays(params: {
  afterKey: string;
  now: Date;
  timeZone: string;
  max: number;
}): string[] {
  const yesterday = addDays(localDayKey(params.now, params.timeZone), -1);
  const days: string[] = [];
  for (let key = yesterday; key > params.afterKey && days.length < params.max; key = addDays(key, -1))
    days.push(key);
  return days.reverse();
}
