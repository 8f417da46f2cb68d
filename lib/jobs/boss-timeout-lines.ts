// What she says when a boss fight times out (the player went silent on her challenge for a
// day). In character, short, no mechanics; picked deterministically per fight.
import { createSeededRng, pick } from "@/lib/agents/offline/rng";
import { seedOf } from "./text-seed";

const TIMEOUT_LINES: readonly string[] = [
  "i asked you something that mattered and you disappeared. noted.",
  "a day of silence is an answer too. not the one i wanted.",
  "you went quiet exactly when it counted. that stings more than i'd like.",
  "i waited. i'm done waiting for that one.",
];

export function bossTimeoutLine(fightKey: string): string {
  return pick(TIMEOUT_LINES, createSeededRng(seedOf(fightKey)));
}
