// Calendar helpers (UTC and local days, DST) and the seeded random sources.
import { describe, expect, it } from "vitest";
import { createNormalSampler, createRng, deriveSeed, sampleNormal } from "./rng";
import { at } from "./testing";
import {
  countDistinctLocalDays,
  isValidTimeZone,
  localDayKey,
  localHour,
  timeZoneOffsetMs,
  utcDayKey,
} from "./time";

describe("calendar days", () => {
  it.each([
    ["2025-03-03T23:30:00Z", "UTC", "2025-03-03", 23],
    ["2025-03-03T23:30:00Z", "Europe/Berlin", "2025-03-04", 0],
    ["2025-03-03T03:00:00Z", "America/New_York", "2025-03-02", 22],
    ["2025-03-30T00:59:00Z", "Europe/Berlin", "2025-03-30", 1],
    ["2025-03-30T01:00:00Z", "Europe/Berlin", "2025-03-30", 3],
    ["2025-03-03T18:45:00Z", "Asia/Kolkata", "2025-03-04", 0],
  ])("%s in %s is %s, hour %i", (iso, zone, day, hour) => {
    expect(localDayKey(at(iso), zone)).toBe(day);
    expect(localHour(at(iso), zone)).toBe(hour);
  });

  it("UTC day keys and offsets", () => {
    expect(utcDayKey(at("2025-12-31T23:59:59.999Z"))).toBe("2025-12-31");
    expect(timeZoneOffsetMs(at("2025-07-01T12:00:00Z"), "Europe/Berlin")).toBe(2 * 3_600_000);
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });

  it("days played = distinct local days", () => {
    const times = [
      "2025-03-03T10:00:00Z",
      "2025-03-03T23:30:00Z",
      "2025-03-04T08:00:00Z",
      "2025-03-06T08:00:00Z",
    ].map(at);
    expect(countDistinctLocalDays(times, "UTC")).toBe(3);
    expect(countDistinctLocalDays(times, "Europe/Berlin")).toBe(3);
    expect(countDistinctLocalDays(times, "America/Los_Angeles")).toBe(3);
  });
});

describe("seeded randomness", () => {
  const rng = createRng(5);
  it("is reproducible and in [0, 1)", () => {
    const a = createRng(123);
    const b = createRng(123);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    expect(deriveSeed(1, 0)).not.toBe(deriveSeed(1, 1));
  });

  it("normal samplers have mean ≈ 0 and sd ≈ 1", () => {
    for (const draw of [() => sampleNormal(rng), createNormalSampler(createRng(9))]) {
      let sum = 0;
      let sq = 0;
      const n = 50_000;
      for (let i = 0; i < n; i++) {
        const z = draw();
        sum += z;
        sq += z * z;
      }
      expect(Math.abs(sum / n)).toBeLessThan(0.02);
      expect(Math.abs(Math.sqrt(sq / n) - 1)).toBeLessThan(0.02);
    }
  });
});
