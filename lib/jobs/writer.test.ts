// The offline job writer brings up something she remembers in a proactive text (from chapter
// 2, not every time), and never in chapter 1; what it writes passes the output guard.
import { describe, expect, it } from "vitest";
import { guardOutput } from "@/lib/safety";
import { offlineJobWriter } from "./writer";

const rex = { subject: "user", predicate: "has a dog named", object: "Rex" };
const ids = Array.from({ length: 12 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`);

describe("offline job writer", () => {
  it("mentions a remembered fact in some proactive texts from chapter 2", async () => {
    const texts = await Promise.all(
      ids.map((playerId) =>
        offlineJobWriter.proactiveMessage({
          playerId,
          playerName: "Sam",
          chapter: 3,
          kind: "evening",
          facts: [rex],
        }),
      ),
    );
    expect(texts.some((t) => /rex/i.test(t))).toBe(true);
    for (const t of texts) expect(guardOutput(t, { chapter: 3 }).ok).toBe(true);
  });

  it("keeps memories out of chapter 1 texts", async () => {
    for (const playerId of ids) {
      const text = await offlineJobWriter.proactiveMessage({
        playerId,
        playerName: "Sam",
        chapter: 1,
        kind: "morning",
        facts: [rex],
      });
      expect(text).not.toMatch(/rex/i);
    }
  });
});
