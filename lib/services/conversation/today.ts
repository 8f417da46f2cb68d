// "Earlier today" for her prompt: a qualitative note, from the recent history, on whether
// the two of them already talked on the player's local day, who started, and how much. No
// numbers reach the model; it goes in the volatile part of the prompt.
import type { TranscriptLine } from "@/lib/agents/model";
import { localDayKey } from "@/lib/engine";

/** From this many lines on the local day, "a lot" rather than "a bit". */
const BUSY_DAY_LINES = 16;

export function describeToday(params: {
  history: readonly TranscriptLine[];
  messageAt: Date;
  timeZone: string;
}): string {
  const { history, messageAt, timeZone } = params;
  const day = safeDayKey(messageAt, timeZone);
  const earlier = history.filter((l) => l.at.getTime() <= messageAt.getTime());
  const today = earlier.filter((l) => safeDayKey(l.at, timeZone) === day);
  if (today.length === 0) {
    return earlier.length === 0
      ? "Nothing yet: this is the first you hear from him today."
      : "You have not talked today until this message.";
  }
  const amount = today.length >= BUSY_DAY_LINES ? "a lot" : "a bit";
  const opener = today[0]!.role === "nikita" ? "you wrote first" : "he wrote first";
  const hers = today.filter((l) => l.role === "nikita").length;
  const balance =
    hers === 0
      ? " You have not answered him yet today."
      : hers === today.length
        ? " He had not answered you."
        : "";
  return `You have already texted ${amount} today (${opener}).${balance}`;
}

function safeDayKey(at: Date, timeZone: string): string {
  try {
    return localDayKey(at, timeZone);
  } catch {
    return at.toISOString().slice(0, 10);
  }
}
