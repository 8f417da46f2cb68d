// Calendar helpers for the rules that count days: UTC days (decay daily cap, rate limits) and
// the player's local days (engagement days, days_played, proactive windows) from an IANA zone.
// Local offsets come from Intl once per zone and quarter hour, then are reused.
import { TIME } from "./rules";

const {
  msPerSecond: MS_PER_SECOND,
  msPerMinute: MS_PER_MINUTE,
  msPerHour: MS_PER_HOUR,
  msPerDay: MS_PER_DAY,
} = TIME;
const QUARTER_HOUR_MS = MS_PER_MINUTE * 15;
const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, Map<number, number>>();
const OFFSET_CACHE_LIMIT = 50_000;

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function computeOffsetMs(ms: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
  return asUtc - (ms - (((ms % MS_PER_MINUTE) + MS_PER_MINUTE) % MS_PER_MINUTE));
}

/** Offset of `timeZone` from UTC at `date`, in milliseconds (Berlin summer = +2 h). */
export function timeZoneOffsetMs(date: Date, timeZone: string): number {
  if (timeZone === "UTC") return 0;
  const ms = date.getTime();
  const bucket = Math.floor(ms / QUARTER_HOUR_MS);
  let zoneCache = offsetCache.get(timeZone);
  if (!zoneCache) {
    zoneCache = new Map();
    offsetCache.set(timeZone, zoneCache);
  }
  let offset = zoneCache.get(bucket);
  if (offset === undefined) {
    if (zoneCache.size > OFFSET_CACHE_LIMIT) zoneCache.clear();
    offset = computeOffsetMs(bucket * QUARTER_HOUR_MS, timeZone);
    zoneCache.set(bucket, offset);
  }
  return offset;
}

const dayKeys = new Map<number, string>();
const DAY_KEY_CACHE_LIMIT = 100_000;

function dayKeyOfMs(ms: number): string {
  const day = Math.floor(ms / MS_PER_DAY);
  let key = dayKeys.get(day);
  if (key === undefined) {
    if (dayKeys.size > DAY_KEY_CACHE_LIMIT) dayKeys.clear();
    key = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    dayKeys.set(day, key);
  }
  return key;
}

/** 'YYYY-MM-DD' of the UTC calendar day. */
export function utcDayKey(date: Date): string {
  return dayKeyOfMs(date.getTime());
}

/** 'YYYY-MM-DD' of the player's local calendar day. */
export function localDayKey(date: Date, timeZone: string): string {
  return dayKeyOfMs(date.getTime() + timeZoneOffsetMs(date, timeZone));
}

/** Local wall-clock hour 0–23. */
export function localHour(date: Date, timeZone: string): number {
  return new Date(date.getTime() + timeZoneOffsetMs(date, timeZone)).getUTCHours();
}

export function addHours(date: Date, hours: number): Date {
  return new Date(date.getTime() + hours * MS_PER_HOUR);
}

export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * MS_PER_MINUTE);
}

export function addSeconds(date: Date, seconds: number): Date {
  return new Date(date.getTime() + seconds * MS_PER_SECOND);
}

/** Hours from `from` to `to` (fractional, negative when `to` is earlier). */
export function hoursBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / MS_PER_HOUR;
}

export function secondsBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / MS_PER_SECOND;
}

/** The later of two dates, ignoring nulls; null when both are null. */
export function latest(a: Date | null | undefined, b: Date | null | undefined): Date | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return b.getTime() > a.getTime() ? b : a;
}

/** Number of distinct local calendar days among the given moments (GAME.md §4 days_played). */
export function countDistinctLocalDays(dates: readonly Date[], timeZone: string): number {
  return new Set(dates.map((d) => localDayKey(d, timeZone))).size;
}
