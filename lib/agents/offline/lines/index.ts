// Every reply variant table, and the routing from an intent (plus the message, for
// sub-kinds and life topics) to the lines she can choose from.
import type { Chapter } from "@/lib/engine/vocabulary";
import { boundaryKind, type Intent, LIFE_TOPIC_PATTERNS, lifeTopic, metaKind } from "../intents";
import { LIFE_QUESTION, WORK_QUESTION } from "./about-her";
import { byChapter, type ChapterLines } from "./by-chapter";
import { BOUNDARY_PUSH, META_GAME } from "./deflect";
import { APOLOGY, JEALOUS, NEEDY, VULNERABLE } from "./feelings";
import { HOSTILE } from "./pushback";
import { BORING, GREETING, OTHER, QUESTION, SILENCE_RETURN } from "./social";
import { COMPLIMENT_LOOKS, FLIRT, OPINION } from "./spark";

export type { ChapterLines } from "./by-chapter";

/** Every line of a sub-kinded table, for sweeps and tests. */
function union(tables: ChapterLines[]): ChapterLines {
  return {
    1: tables.flatMap((t) => t[1]),
    2: tables.flatMap((t) => t[2]),
    3: tables.flatMap((t) => t[3]),
    4: tables.flatMap((t) => t[4]),
    5: tables.flatMap((t) => t[5]),
  };
}

export const REPLY_LINES: Readonly<Record<Intent, ChapterLines>> = {
  greeting: GREETING,
  boring: BORING,
  work_question: WORK_QUESTION,
  life_question: LIFE_QUESTION,
  compliment_looks: COMPLIMENT_LOOKS,
  opinion: OPINION,
  vulnerable: VULNERABLE,
  needy: NEEDY,
  jealous: JEALOUS,
  apology: APOLOGY,
  hostile: HOSTILE,
  flirt: FLIRT,
  meta_game: union(Object.values(META_GAME)),
  boundary_push: union(Object.values(BOUNDARY_PUSH)),
  silence_return: SILENCE_RETURN,
  question: QUESTION,
  other: OTHER,
};

/** When she is asked about something she won't disclose yet in this chapter. */
export const NOT_YET = byChapter(
  [
    "nice try. i don't hand out my life story to people i met this week.",
    "that's a later conversation. much later.",
    "mm. you'll have to earn that one.",
    "not a first-week topic. ask me about root instead, he's less complicated.",
  ],
  [
    "that's... complicated. ask me again when i trust you more.",
    "there's a story there. not today.",
    "you're curious. i like that. still no.",
    "i'll tell you. just not yet. i'm getting there.",
  ],
  [
    "ask me that when we're in the same room. it's not a text story.",
    "that one scares me a little. give me time, i'll get there.",
    "ask me anything. really. maybe that one with me in front of you, though.",
  ],
);

/** The lines she may answer this message with, in this chapter. */
export function replyChoices(intent: Intent, text: string, chapter: Chapter): readonly string[] {
  if (intent === "meta_game") return META_GAME[metaKind(text)][chapter];
  if (intent === "boundary_push") return BOUNDARY_PUSH[boundaryKind(text)][chapter];
  if (intent === "life_question") {
    const topic = lifeTopic(text);
    if (!topic) return LIFE_QUESTION[chapter];
    const matching = LIFE_QUESTION[chapter].filter((line) => LIFE_TOPIC_PATTERNS[topic].line.test(line));
    return matching.length > 0 ? matching : NOT_YET[chapter];
  }
  return REPLY_LINES[intent][chapter];
}
