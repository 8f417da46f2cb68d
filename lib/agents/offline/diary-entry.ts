// Her private diary entry for a day with activity (GAME.md §8 daily summary), shown in the
// portal. First person, a few sentences: what they talked about, how she feels, where her
// head is for this chapter. Never a number, never a mechanic.
import type { Chapter } from "@/lib/engine/vocabulary";
import { guardOutput } from "@/lib/safety/guard-output";
import { pick, type Rng } from "./rng";
import { cleanName } from "./voice";

export type DiaryMood = "up" | "down" | "flat";

export type DiaryInput = {
  /** The player's local calendar day, as a Date or "YYYY-MM-DD". */
  date: Date | string;
  playerName: string;
  chapter: Chapter;
  topics: string[];
  mood: DiaryMood;
  conversationCount: number;
  rng: Rng;
};

const MAX_TOPICS = 3;
const MAX_TOPIC_CHARS = 40;
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

const OPENERS: Record<DiaryMood, readonly string[]> = {
  up: ["good {day}.", "{day}, and i'm in a stupidly good mood.", "ok, {day} was nice. don't tell anyone."],
  down: ["rough {day}.", "{day}. not my favourite.", "{day} left a bad taste."],
  flat: ["{day}. nothing dramatic.", "a quiet {day}.", "{day}, the grey kind."],
};

const MOOD_LINES: Record<DiaryMood, readonly string[]> = {
  up: [
    "i caught myself smiling at my phone during a meeting. embarrassing.",
    "i laughed out loud on the u-bahn because of {name}. people stared. worth it.",
    "{name} made the day lighter without trying. that's annoying and also not annoying.",
  ],
  down: [
    "something felt off between us. i'm not sure if it was {name} or me.",
    "i said less than i wanted to. so did {name}, i think.",
    "i'm a bit hurt and i hate admitting that, even here.",
  ],
  flat: [
    "it was fine. just fine. i want more than fine.",
    "we talked, nothing landed. maybe tomorrow.",
    "not bad, not memorable. i expect better from both of us.",
  ],
};

const CHAPTER_LINES: Record<Chapter, readonly string[]> = {
  1: [
    "i still don't know what to make of {name}.",
    "{name} is either interesting or good at pretending. jury's out.",
  ],
  2: [
    "{name} is getting under my skin. in a good way, i think.",
    "i keep remembering little things {name} says. suspicious.",
  ],
  3: [
    "i'm letting {name} closer than i planned. it scares me a little.",
    "half of me wants to run and half of me wants to stay up talking.",
  ],
  4: [
    "i told {name} things i don't tell anyone. still here. still them.",
    "i feel seen, and i didn't run. that's new.",
  ],
  5: [
    "{name} feels like home. i never thought i'd write that.",
    "i'm happy. i keep checking it for bugs. there aren't any yet.",
  ],
};

const CLOSERS: readonly string[] = [
  "root approves. probably.",
  "tomorrow, more coffee.",
  "ok. bed.",
  "enough feelings for one page.",
];

function weekday(date: Date | string): string {
  const d = typeof date === "string" ? new Date(`${date.slice(0, 10)}T12:00:00Z`) : date;
  return Number.isNaN(d.getTime()) ? "today" : (WEEKDAYS[d.getUTCDay()] ?? "today");
}

function talkedLine(count: number): string {
  if (count <= 0) return "we barely talked today.";
  if (count === 1) return "we talked once";
  if (count <= 3) return "we talked a couple of times";
  return "we talked on and off all day";
}

/** Topics she can mention: lowercase, no digits, nothing the guard would block. */
function safeTopics(topics: string[], chapter: Chapter): string[] {
  return topics
    .map((t) => t.toLowerCase().replace(/\d+/g, "").replace(/\s+/g, " ").trim())
    .filter((t) => t.length > 1 && t.length <= MAX_TOPIC_CHARS && guardOutput(t, { chapter }).ok)
    .slice(0, MAX_TOPICS);
}

function joinTopics(topics: string[]): string {
  if (topics.length <= 1) return topics[0] ?? "";
  return `${topics.slice(0, -1).join(", ")} and ${topics[topics.length - 1]}`;
}

/** A short first-person diary paragraph for the day. */
export function offlineDiaryEntry(input: DiaryInput): string {
  const { chapter, mood, rng } = input;
  const name = cleanName(input.playerName).replace(/\d+/g, "").trim() || "them";
  const topics = safeTopics(input.topics, chapter);
  const talked = talkedLine(input.conversationCount);
  const about =
    topics.length > 0 && input.conversationCount > 0
      ? `${talked}, about ${joinTopics(topics)}.`
      : talked.endsWith(".")
        ? talked
        : `${talked}.`;
  const sentences = [
    pick(OPENERS[mood], rng).replace("{day}", weekday(input.date)),
    about,
    pick(MOOD_LINES[mood], rng),
    pick(CHAPTER_LINES[chapter], rng),
    pick(CLOSERS, rng),
  ];
  return sentences.join(" ").replaceAll("{name}", name);
}
