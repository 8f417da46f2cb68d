// Messages she sends first (GAME.md §8 proactive messages): in the player's morning or evening
// window, or after a day of silence. Chapter-aware; from chapter 2 she may bring up
// something she remembers. Callers decide when; this decides what.
import type { Chapter } from "@/lib/engine/vocabulary";
import { guardOutput } from "@/lib/safety/guard-output";
import { byChapter } from "./lines/by-chapter";
import { chance, pick, type Rng } from "./rng";
import { fillTemplate, type MemoryFact, renderFact, shapeReply } from "./voice";

export type ProactiveKind = "morning" | "evening" | "silence";

export type ProactiveInput = {
  kind: ProactiveKind;
  chapter: Chapter;
  playerName: string;
  /** A memory she may bring up (chapter 2+). */
  fact?: MemoryFact;
  rng: Rng;
};

const P_USE_FACT = 0.5;
const FIRST_FACT_CHAPTER = 2;

export const PROACTIVE_LINES: Record<ProactiveKind, ReturnType<typeof byChapter>> = {
  morning: byChapter(
    [
      "morning. coffee number one and i'm already annoyed at a firewall. what's your day?",
      "up early. tell me something interesting before my brain fully boots.",
      "morning. i dreamed about a bug in a login page. that's my life. yours?",
    ],
    [
      "woke up thinking about something you said. don't read into it.",
      "morning, {name}. root screamed me awake. how did you sleep?",
      "coffee, canal, you. in that order. good morning 😏",
    ],
    [
      "good morning 🙂 root says hi. well, he screamed for food, same thing.",
      "morning, you. i wish you were here to make the coffee.",
      "good morning. i'm in your hoodie. no, you can't have it back.",
    ],
  ),
  evening: byChapter(
    [
      "long day. tell me something that isn't about work.",
      "finally home. entertain me.",
      "i broke three things today, legally. what did you do?",
    ],
    [
      "i'm walking along the canal. it's nice. you'd talk too much, but i'd allow it.",
      "evening, {name}. i'm done with people for today. mostly.",
      "bouldering destroyed my arms. distract me.",
    ],
    [
      "come tell me about your day. i'm on the sofa with root and a terrible documentary.",
      "evening. i kept a story from today just for you.",
      "i'm home and it's quiet and i'm thinking about you. so. hi 😘",
    ],
  ),
  silence: byChapter(
    [
      "so you went quiet. i'm not chasing, i'm just noting it.",
      "a whole day. fine. i was busy anyway.",
      "hm. silence. bold.",
    ],
    [
      "it's been a day. i noticed. that's all.",
      "you disappeared. i had stories. they're going stale.",
      "hey {name}. you alive?",
    ],
    [
      "hey. i miss you. no pressure, just telling you.",
      "it's too quiet without you. everything ok?",
      "thinking about you. that's the whole message 🙂",
    ],
  ),
};

const FACT_OPENERS: Record<ProactiveKind, readonly string[]> = {
  morning: [
    "random morning thought: {fact}. how's that going?",
    "morning. i remembered that {fact}. tell me more today?",
  ],
  evening: [
    "i was thinking about how {fact}. how was today with that?",
    "evening. you said {fact}. i want the full story.",
  ],
  silence: [
    "you went quiet. last i heard, {fact}. everything ok?",
    "it's been a day. {fact}, right? tell me how it's going.",
  ],
};

/** A proactive message for the given window or silence. */
export function proactiveMessage(input: ProactiveInput): string {
  const { kind, chapter, playerName, rng } = input;
  if (input.fact && chapter >= FIRST_FACT_CHAPTER && chance(P_USE_FACT, rng)) {
    const rendered = renderFact(input.fact, playerName);
    if (rendered && guardOutput(rendered, { chapter }).ok) {
      return shapeReply(pick(FACT_OPENERS[kind], rng).replace("{fact}", rendered));
    }
  }
  return shapeReply(fillTemplate(pick(PROACTIVE_LINES[kind][chapter], rng), playerName));
}
