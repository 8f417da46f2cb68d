// Five-field cron expressions (minute hour day-of-month month day-of-week), evaluated in UTC as
// Vercel Cron does. Supports `*`, `*/n`, numbers, ranges `a-b`, stepped ranges `a-b/n` and
// comma lists. As in classic cron, when both day fields are restricted a day matching either
// one matches.
import { TIME } from "@/lib/engine/rules";

interface FieldSpec {
  name: string;
  min: number;
  max: number;
}

const FIELDS: readonly FieldSpec[] = [
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day-of-month", min: 1, max: 31 },
  { name: "month", min: 1, max: 12 },
  // 7 is accepted as Sunday and folded onto 0.
  { name: "day-of-week", min: 0, max: 7 },
];
const SUNDAY_ALIAS = 7;
/** A search bound for nextMatch: every valid expression matches within a few years. */
const MAX_SEARCH_MINUTES = 5 * 366 * TIME.hoursPerDay * TIME.secondsPerMinute;

export interface CronExpression {
  source: string;
  minutes: ReadonlySet<number>;
  hours: ReadonlySet<number>;
  daysOfMonth: ReadonlySet<number>;
  months: ReadonlySet<number>;
  daysOfWeek: ReadonlySet<number>;
  isDayOfMonthRestricted: boolean;
  isDayOfWeekRestricted: boolean;
}

export class CronExpressionError extends Error {
  override name = "CronExpressionError";
}

function parseNumber(text: string, spec: FieldSpec, source: string): number {
  if (!/^\d+$/.test(text))
    throw new CronExpressionError(`"${source}": ${spec.name} value "${text}" is not a number`);
  const n = Number(text);
  if (n < spec.min || n > spec.max) {
    throw new CronExpressionError(`"${source}": ${spec.name} ${n} is outside ${spec.min}-${spec.max}`);
  }
  return n;
}

function parseField(text: string, spec: FieldSpec, source: string): Set<number> {
  const values = new Set<number>();
  for (const part of text.split(",")) {
    const [rangeText, stepText, extra] = part.split("/");
    if (rangeText === undefined || rangeText === "" || extra !== undefined) {
      throw new CronExpressionError(`"${source}": bad ${spec.name} "${part}"`);
    }
    const step =
      stepText === undefined ? 1 : parseNumber(stepText, { ...spec, min: 1, max: spec.max + 1 }, source);
    let from: number;
    let to: number;
    if (rangeText === "*") {
      from = spec.min;
      to = spec.max;
    } else if (rangeText.includes("-")) {
      const [a, b] = rangeText.split("-");
      from = parseNumber(a ?? "", spec, source);
      to = parseNumber(b ?? "", spec, source);
      if (from > to)
        throw new CronExpressionError(`"${source}": ${spec.name} range ${rangeText} is reversed`);
    } else {
      from = parseNumber(rangeText, spec, source);
      to = stepText === undefined ? from : spec.max;
    }
    for (let v = from; v <= to; v += step) values.add(v);
  }
  return values;
}

export function parseCronExpression(source: string): CronExpression {
  const parts = source.trim().split(/\s+/);
  if (parts.length !== FIELDS.length) {
    throw new CronExpressionError(`"${source}": expected ${FIELDS.length} fields, got ${parts.length}`);
  }
  const [minute, hour, dom, month, dow] = parts.map((p, i) => parseField(p, FIELDS[i]!, source)) as [
    Set<number>,
    Set<number>,
    Set<number>,
    Set<number>,
    Set<number>,
  ];
  if (dow.delete(SUNDAY_ALIAS)) dow.add(0);
  return {
    source,
    minutes: minute,
    hours: hour,
    daysOfMonth: dom,
    months: month,
    daysOfWeek: dow,
    isDayOfMonthRestricted: parts[2] !== "*",
    isDayOfWeekRestricted: parts[4] !== "*",
  };
}

/** Whether the expression fires in the UTC minute containing `at`. */
export function cronMatches(expr: CronExpression, at: Date): boolean {
  if (!expr.minutes.has(at.getUTCMinutes()) || !expr.hours.has(at.getUTCHours())) return false;
  if (!expr.months.has(at.getUTCMonth() + 1)) return false;
  const domOk = expr.daysOfMonth.has(at.getUTCDate());
  const dowOk = expr.daysOfWeek.has(at.getUTCDay());
  if (expr.isDayOfMonthRestricted && expr.isDayOfWeekRestricted) return domOk || dowOk;
  return domOk && dowOk;
}

/** The first minute strictly after `after` at which the expression fires. */
export function nextCronMatch(expr: CronExpression, after: Date): Date {
  const t = new Date(after.getTime());
  t.setUTCSeconds(0, 0);
  for (let i = 0; i < MAX_SEARCH_MINUTES; i++) {
    t.setTime(t.getTime() + TIME.msPerMinute);
    if (cronMatches(expr, t)) return t;
  }
  throw new CronExpressionError(`"${expr.source}" never fires`);
}
