// What she says when a call does not happen, in her voice (PERSONA.md): she is busy, you
// just called, it is over between you, or the line is bad. Never mentions probabilities,
// limits, errors or anything mechanical. Lines are picked with the caller's rng.
import type { Rng } from "@/lib/engine";

export type CallRefusal = "declined" | "too_soon" | "game_over" | "won" | "not_started" | "line_trouble";

const LINES: Record<CallRefusal, readonly string[]> = {
  declined: [
    "can't talk right now, I'm elbow-deep in a client's network. text me",
    "not picking up, I'm at the climbing gym. use your thumbs",
    "busy. Root is sitting on my keyboard and I'm losing an argument with a firewall. later",
    "I saw you calling. I'm in the middle of something, text me instead",
  ],
  too_soon: [
    "you literally just called. give me a minute to miss you",
    "again? breathe. I'm still here, text me",
    "we just hung up. let me at least finish my coffee",
  ],
  game_over: ["we're done. please don't call", "no. I meant what I said"],
  won: [
    "I'm not picking up, I'm busy being happy. text me something sweet instead",
    "you already have me. text me, I'm right here 🙂",
  ],
  not_started: ["who is this? text me first"],
  line_trouble: [
    "my phone is being weird, the call won't go through. text me?",
    "the line keeps dropping. try again in a bit",
  ],
};

export function callRefusalLine(reason: CallRefusal, rng: Rng): string {
  const options = LINES[reason];
  return options[Math.floor(rng() * options.length) % options.length]!;
}

export const CALL_REFUSAL_LINES = LINES;

/** Telegram /call when she might pick up: go call from the portal (the link follows). */
export const CALL_INVITE_LINES = [
  "want to hear my voice? call me from the portal. no promises I pick up",
  "you can call me from the portal. if I'm not busy I'll answer",
] as const;

/** Telegram /call when voice calls are not set up at all. */
export const NO_CALLS_LINES = [
  "I don't do phone calls right now. text me",
  "my phone's off for calls. texting works",
] as const;

export function callInviteLine(rng: Rng): string {
  return CALL_INVITE_LINES[Math.floor(rng() * CALL_INVITE_LINES.length) % CALL_INVITE_LINES.length]!;
}

export function noCallsLine(rng: Rng): string {
  return NO_CALLS_LINES[Math.floor(rng() * NO_CALLS_LINES.length) % NO_CALLS_LINES.length]!;
}
