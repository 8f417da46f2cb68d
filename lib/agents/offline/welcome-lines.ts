// Openers: her first message after onboarding (she knows the player's name and nothing else)
// and her greeting when a returning player comes back via /start.
import type { Chapter } from "@/lib/engine/vocabulary";
import type { LineContext } from "./canned-lines";
import { byChapter } from "./lines/by-chapter";
import { pick, type Rng } from "./rng";
import { fillTemplate, shapeReply } from "./voice";

export const FIRST_MESSAGE_LINES: readonly string[] = [
  "so you're {name}. i'm nikita. i break into computers for a living and i have a cat called root. your turn, and make it interesting.",
  "hi {name}. nikita. berlin, security, too much coffee. tell me one thing about you that isn't on a dating profile.",
  "{name}. ok. i'm nikita. fair warning: i hate small talk. so skip it. what's on your mind?",
  "hey {name}. i'm nikita. i'm supposed to be writing a report, so this had better be more fun. go.",
  "nikita. hi. i'm told you're {name}. what's the most interesting thing that happened to you this week?",
];

export const WELCOME_BACK_LINES = byChapter(
  ["look who's back. hi, {name}.", "oh. you again. ok, go on.", "you came back. interesting choice. hi."],
  [
    "there you are, {name}. i was starting to wonder.",
    "hey. welcome back. root barely noticed you were gone. i did.",
    "oh good, it's you. i have things to tell you.",
  ],
  [
    "hey you 🙂 welcome back.",
    "{name}. finally. come here, tell me everything.",
    "you're back. good. i missed your nonsense.",
  ],
);

/** Her first message once onboarding is done; takes the name the player gave. */
export function firstMessage(playerName: string, rng: Rng): string {
  return shapeReply(fillTemplate(pick(FIRST_MESSAGE_LINES, rng), playerName));
}

export function welcomeBackLine(chapter: Chapter, ctx: LineContext): string {
  return shapeReply(fillTemplate(pick(WELCOME_BACK_LINES[chapter], ctx.rng), ctx.playerName ?? ""));
}
