// In-character lines sent when a reply is blocked twice by the guard. They must be safe in
// every chapter and conflict zone, so they are neutral, short and change the subject.

type Rng = () => number;

export const GUARD_FALLBACK_LINES: readonly string[] = [
  "hm. lost my train of thought. say that again?",
  "wait, my brain just blue-screened. where were we",
  "nope, not going there. tell me something real instead.",
  "i typed something and deleted it. your turn.",
  "let's skip that one. what's actually on your mind?",
  "ok i'm changing the subject. what did you do today that wasn't boring?",
  "no. next question 🙄",
  "i'm going to pretend you didn't ask that. how's your day going, really?",
  "hmm. not tonight. tell me something i don't know about you.",
  "that's a no from me. anyway — what are you doing right now?",
];

/** A fallback line chosen with the caller's seeded rng. */
export function pickFallback(rng: Rng): string {
  const i = Math.min(GUARD_FALLBACK_LINES.length - 1, Math.floor(rng() * GUARD_FALLBACK_LINES.length));
  return GUARD_FALLBACK_LINES[i]!;
}
