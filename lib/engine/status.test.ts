// §10 /status: mood bands at their edges, never the number.
import { describe, expect, it } from "vitest";
import { moodBand, statusView } from "./status";
import { activeState, flatMetrics, T0 } from "./testing";

describe("/status mood bands", () => {
  it.each([
    [100, "great"],
    [80, "great"],
    [79.99, "solid"],
    [60, "solid"],
    [59.99, "complicated"],
    [40, "complicated"],
    [39.99, "not_great"],
    [20, "not_great"],
    [19.99, "we_need_to_talk"],
    [0, "we_need_to_talk"],
  ])("%s → %s", (score, band) => {
    expect(moodBand(score)).toBe(band);
  });

  it("shows the chapter name and band, never the number", () => {
    const view = statusView(activeState(T0, { metrics: flatMetrics(65), chapter: 2 }).game);
    expect(view).toEqual({ chapterName: "Intrigue", mood: "solid", status: "active" });
  });
});
