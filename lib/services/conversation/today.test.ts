import { describe, expect, it } from "vitest";
import type { TranscriptLine } from "@/lib/agents/model";
import { buildReplyRequest } from "@/lib/agents/prompt";
import { describeToday } from "./today";

const TZ = "Europe/Berlin";
// 09:00 in Berlin on 20 Nov; 23:30 Berlin the evening before is another local day.
const MESSAGE_AT = new Date("2026-11-20T08:00:00Z");
const line = (role: TranscriptLine["role"], iso: string): TranscriptLine => ({
  role,
  content: "…",
  at: new Date(iso),
});

describe("her 'earlier today' note", () => {
  it("knows when this is the first message of his local day", () => {
    const history = [line("player", "2026-11-19T22:30:00Z"), line("nikita", "2026-11-19T22:31:00Z")];
    expect(describeToday({ history, messageAt: MESSAGE_AT, timeZone: TZ })).toBe(
      "You have not talked today until this message.",
    );
    expect(describeToday({ history: [], messageAt: MESSAGE_AT, timeZone: TZ })).toMatch(/first you hear/);
  });

  it("says they already talked today and who started, without numbers", () => {
    const history = [
      line("player", "2026-11-19T22:30:00Z"),
      line("nikita", "2026-11-20T06:10:00Z"),
      line("player", "2026-11-20T06:20:00Z"),
      line("nikita", "2026-11-20T06:21:00Z"),
    ];
    const note = describeToday({ history, messageAt: MESSAGE_AT, timeZone: TZ });
    expect(note).toBe("You have already texted a bit today (you wrote first).");
    expect(note).not.toMatch(/\d/);
  });

  it("reaches the volatile part of the reply prompt, not the cached prefix", () => {
    const today = describeToday({
      history: [line("player", "2026-11-20T06:20:00Z")],
      messageAt: MESSAGE_AT,
      timeZone: TZ,
    });
    const request = buildReplyRequest(
      {
        playerId: "00000000-0000-4000-8000-000000000001",
        playerName: "Sam",
        chapter: 2,
        conflictZone: "CALM",
        platform: "web",
        vices: [],
        memories: [],
        history: [],
        playerText: "morning",
        localTime: "Friday 09:00",
        localHour: 9,
        today,
        isNewConversation: false,
        hoursSinceLastMessage: 1,
        seed: 1,
      },
      { model: "claude-sonnet-4-6" },
    );
    const system = JSON.stringify(request.system);
    expect(system).toContain("Earlier today: You have already texted a bit today (he wrote first).");
    const blocks = request.system as { text: string; cache_control?: unknown }[];
    const volatile = blocks
      .filter((b) => !b.cache_control)
      .map((b) => b.text)
      .join("\n");
    expect(volatile).toContain("Earlier today:");
  });
});
