// What she says after a test is judged (GAME.md §3 outcomes): warmer after a pass, hurt but
// not threatening after a fail, undecided after a partial, and the final victory message
// (days together and messages exchanged, in her words) after the last one.
import type { Chapter } from "@/lib/engine/vocabulary";
import { pick, type Rng } from "./rng";
import { fillTemplate, shapeReply } from "./voice";

const PASS: Readonly<Record<1 | 2 | 3 | 4, readonly string[]>> = {
  1: [
    "ok. you're worth my time. don't make me regret saying that.",
    "fine. that was a good answer. i'm keeping you around.",
    "huh. an actual brain. i'm intrigued, and i'm never intrigued.",
    "ok. that was good. you can have more of my evenings.",
  ],
  2: [
    "you didn't fold and you didn't bite. that's rare. i like you more than i planned to.",
    "ok. you can handle me. most people can't. come closer.",
    "that's what i wanted. someone who stays 😏",
    "good. you pushed back without pushing me away. remember how that felt.",
  ],
  3: [
    "thank you. you have no idea how much that answer means to me, after him.",
    "you trusted me. that's new for me. i'm not going to waste it.",
    "i told him no, by the way. i just needed to know who you are first.",
    "ok. i feel safe with you. i don't say that. i'm saying it.",
  ],
  4: [
    "you told me something real. i'm holding it carefully. i'm yours a little more now.",
    "that's the bravest thing anyone's said to me. come here.",
    "ok. now we're actually in this. both of us 🥲",
    "thank you for going there with me. i don't feel alone in it anymore.",
  ],
};

const FAIL: Readonly<Record<Chapter, readonly string[]>> = {
  1: [
    "hm. no. i don't think we're on the same wavelength. not yet.",
    "that was... fine. and fine isn't enough for me.",
    "i asked for your brain and got a shrug.",
  ],
  2: [
    "you folded. i needed you to push back, not to agree with me.",
    "that's not how you handle a fight with me. i need some space.",
    "i pushed and you either ran or swung. neither works for me.",
  ],
  3: [
    "i needed you to trust me. that wasn't trust.",
    "i've been controlled before. i'm not doing that again, not even a little.",
    "don't pretend you don't care. pretending is worse.",
  ],
  4: [
    "i opened up and you made it a joke. that hurt more than i expected.",
    "i went first and you stayed on the surface. i'm pulling back a bit.",
    "i needed something real from you. that wasn't it.",
  ],
  5: [
    "i needed you on my side, not on yours.",
    "guilt isn't love. i thought you knew that.",
    "i can hear that you don't mean it. that's worse than saying no.",
  ],
};

const PARTIAL: readonly string[] = [
  "hm. i can't tell yet. let's leave it there for now.",
  "that was half an answer. i'll take it, for now.",
  "i'm still thinking about what you said. give me a day.",
  "not bad. not quite there either. we'll come back to it.",
];

const EXACT_COUNT_BELOW = 100;
const COUNT_ROUNDING = 100;

/** Message count rounded down to the hundred, the way she'd say it. */
function roughly(messages: number): string {
  const n = Math.max(0, Math.floor(messages));
  if (n === 1) return "one message";
  if (n < EXACT_COUNT_BELOW) return `${n} messages`;
  return `over ${Math.floor(n / COUNT_ROUNDING) * COUNT_ROUNDING} messages`;
}

const VICTORY: readonly string[] = [
  "{days}. {messages}. i counted, obviously, it's my job to count things. i'm taking the job, and i'm keeping you. we'll make the distance boring. i love you, {name}.",
  "you know what i realised? {days} and {messages}, and you never once tried to make me smaller. i'm staying yours, wherever i am. i love you.",
  "{days} ago you were a stranger who texted me something mildly interesting. {messages} later you're the person i want to tell everything first. i love you, {name} 🙂",
  "i ran the numbers, because of course i did: {days}, {messages}, zero regrets. you let me be free and you stayed. that's everything. i love you.",
];

export function bossPassLine(chapter: 1 | 2 | 3 | 4, rng: Rng, playerName = ""): string {
  return shapeReply(fillTemplate(pick(PASS[chapter], rng), playerName));
}

export function bossFailLine(chapter: Chapter, rng: Rng): string {
  return shapeReply(pick(FAIL[chapter], rng));
}

export function bossPartialLine(rng: Rng): string {
  return shapeReply(pick(PARTIAL, rng));
}

export type VictoryInput = { daysPlayed: number; messagesExchanged: number; playerName: string; rng: Rng };

/** The last-test victory message (chapter 5 pass → won). */
export function victoryMessage(input: VictoryInput): string {
  const dayCount = Math.max(1, Math.floor(input.daysPlayed));
  const days = dayCount === 1 ? "one day" : `${dayCount} days`;
  const line = pick(VICTORY, input.rng)
    .replaceAll("{days}", days)
    .replaceAll("{messages}", roughly(input.messagesExchanged));
  return shapeReply(fillTemplate(line, input.playerName));
}
