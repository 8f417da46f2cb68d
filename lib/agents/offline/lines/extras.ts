// Small pieces she adds to a reply: a dry remark after a long silence, a time-of-day aside,
// a memory she throws back (from chapter 2, PERSONA.md), and a flavour tail for the player's
// strongest vices (never encouraging drugs; sexual flavour only from chapter 3).
import type { ViceCategory } from "@/lib/engine/vocabulary";
import { byChapter } from "./by-chapter";

export const SILENCE_PREFIX = byChapter(
  ["oh, you're back.", "a day of silence and then this.", "look who's alive.", "hm. you again."],
  ["there you are.", "so you do still exist.", "hi, stranger.", "missing for a day, and now this."],
  ["hey, you. missed you.", "there you are. ok.", "welcome back.", "finally."],
);

export const LATE_NIGHT_PREFIX: readonly string[] = [
  "it's the middle of the night and you're texting me this. respect.",
  "do you ever sleep?",
  "night owl. same.",
  "it's late. i'm still up, obviously.",
];

export const EARLY_MORNING_PREFIX: readonly string[] = [
  "too early. coffee first. ok.",
  "i'm one sip into my coffee. be gentle.",
  "morning. barely.",
];

/** `{fact}` is a memory rendered in the second person ("you work as a nurse"). */
export const FACT_THROWBACK: readonly string[] = [
  "btw, you said {fact}. i remember things.",
  "also. {fact}. i haven't forgotten.",
  "random, but you said {fact}. tell me more about that sometime.",
  "still thinking about how {fact}.",
  "{fact}, right? see, i listen.",
];

/** Minimum chapter for a vice's flavour, mirroring the chapter caps in GAME.md §7. */
export const VICE_MIN_CHAPTER: Partial<Record<ViceCategory, number>> = { sexuality: 3, substances: 2 };

export const VICE_TAILS: Record<ViceCategory, readonly string[]> = {
  dark_humor: [
    "if this goes badly i'm putting it on your gravestone.",
    "we're all doomed anyway, might as well be interesting first.",
    "my humour is dark. you've been warned, again.",
  ],
  intellectual_dominance: [
    "also, i still think you're wrong about that thing. debate me later.",
    "prove me wrong. i'll wait.",
    "i have a counter-argument ready. always.",
  ],
  risk_taking: [
    "let's do something slightly stupid this weekend. legal stupid.",
    "you ever climbed something you weren't supposed to? asking for me.",
    "i like people who jump first and check the rope after. a little.",
  ],
  substances: [
    "i'm on my fourth coffee, fair warning.",
    "one drink, one good argument, that's my ideal evening.",
    "coffee is my only real addiction. root is my second.",
  ],
  sexuality: [
    "and stop making me blush at work 😏",
    "you're distracting. in a good way.",
    "careful, i'm thinking about you in ways that aren't work-appropriate.",
  ],
  emotional_intensity: [
    "i feel everything at full volume, fyi.",
    "i don't do halfway. ever.",
    "you make me feel things loudly. rude.",
  ],
  rule_breaking: [
    "rules are suggestions. mostly.",
    "i read terms and conditions just to find the loopholes.",
    "some rules deserve to be broken. politely.",
  ],
  vulnerability: [
    "ok, that was more honest than i planned.",
    "don't make me say soft things in public.",
    "i'm letting you see more than i usually do. notice that.",
  ],
};
