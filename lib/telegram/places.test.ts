// "City or time zone": IANA names in any case, the city part of any zone, common cities that
// are not zone names; unknown places are null, never a guess.
import { describe, expect, it } from "vitest";
import { localClock, resolvePlace } from "./places";

describe("resolvePlace", () => {
  it.each([
    ["Europe/Berlin", "Europe/Berlin"],
    ["europe/lisbon", "Europe/Lisbon"],
    ["America/New_York", "America/New_York"],
    ["Berlin", "Europe/Berlin"],
    ["new york", "America/New_York"],
    ["Tokyo, Japan", "Asia/Tokyo"],
    ["Munich", "Europe/Berlin"],
    ["San Francisco", "America/Los_Angeles"],
    ["UTC", "UTC"],
  ])("%s → %s", (input, zone) => {
    expect(resolvePlace(input)?.timezone).toBe(zone);
  });

  it("says what it matched", () => {
    expect(resolvePlace("new york")).toEqual({ timezone: "America/New_York", label: "New York" });
  });

  it("refuses what it does not know", () => {
    for (const input of ["Atlantis", "", "   ", "Mars/Olympus", "x".repeat(100)])
      expect(resolvePlace(input)).toBeNull();
  });

  it("shows the local time in the zone", () => {
    expect(localClock(new Date("2026-11-21T12:00:00Z"), "Asia/Tokyo")).toBe("21:00");
  });
});
