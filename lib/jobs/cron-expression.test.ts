// Cron expressions as Vercel evaluates them (UTC), for every form vercel.json uses and the
// classic edge cases: steps, ranges, lists, Sunday as 0 or 7, and either-day matching.
import { describe, expect, it } from "vitest";
import { CronExpressionError, cronMatches, nextCronMatch, parseCronExpression } from "./cron-expression";

const at = (iso: string) => new Date(iso);

describe("cron expressions", () => {
  it.each([
    ["* * * * *", "2031-01-01T00:00:00Z", true],
    ["*/15 * * * *", "2031-01-01T10:45:30Z", true],
    ["*/15 * * * *", "2031-01-01T10:46:00Z", false],
    ["5 * * * *", "2031-01-01T23:05:59Z", true],
    ["5 * * * *", "2031-01-01T23:06:00Z", false],
    ["30 3 * * *", "2031-01-01T03:30:00Z", true],
    ["30 3 * * *", "2031-01-01T04:30:00Z", false],
    ["0 9-17/4 * * *", "2031-01-01T13:00:00Z", true],
    ["0 9-17/4 * * *", "2031-01-01T15:00:00Z", false],
    ["0,20,40 * * * *", "2031-01-01T08:40:00Z", true],
    ["0 0 * * 0", "2031-01-05T00:00:00Z", true], // a Sunday
    ["0 0 * * 7", "2031-01-05T00:00:00Z", true],
    ["0 0 * * 1-5", "2031-01-05T00:00:00Z", false],
    ["0 0 1 * 1", "2031-01-06T00:00:00Z", true], // a Monday that is not the 1st: either day field matches
    ["0 0 1 * 1", "2031-01-07T00:00:00Z", false],
    ["0 0 * 2 *", "2031-02-10T00:00:00Z", true],
    ["0 0 * 2 *", "2031-03-10T00:00:00Z", false],
  ])("%s at %s → %s", (expr, iso, expected) => {
    expect(cronMatches(parseCronExpression(expr), at(iso))).toBe(expected);
  });

  it.each([
    "* * * *",
    "60 * * * *",
    "* 24 * * *",
    "*/0 * * * *",
    "5-1 * * * *",
    "a * * * *",
    "1/2/3 * * * *",
    "",
  ])("rejects %j", (expr) => {
    expect(() => parseCronExpression(expr)).toThrow(CronExpressionError);
  });

  it("finds the next firing minute", () => {
    expect(nextCronMatch(parseCronExpression("*/15 * * * *"), at("2031-01-01T10:44:59Z")).toISOString()).toBe(
      "2031-01-01T10:45:00.000Z",
    );
    expect(nextCronMatch(parseCronExpression("30 3 * * *"), at("2031-01-01T03:30:00Z")).toISOString()).toBe(
      "2031-01-02T03:30:00.000Z",
    );
  });
});
