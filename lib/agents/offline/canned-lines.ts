// Fixed in-character lines for moments that need no model (GAME.md §9, PERSONA.md): terminal
// states, limits, model hiccups, media she can't open, and the "still there?" nudge. Never
// technical words (no "rate limit", "error", "quota"), never guilt or threats.
import type { Chapter } from "@/lib/engine/vocabulary";
import { byChapter } from "./lines/by-chapter";
import { pick, type Rng } from "./rng";
import { fillTemplate, shapeReply } from "./voice";

export type LineContext = { rng: Rng; playerName?: string };

const say = (lines: readonly string[], ctx: LineContext) =>
  shapeReply(fillTemplate(pick(lines, ctx.rng), ctx.playerName ?? ""));

export const GAME_OVER_LINES: readonly string[] = [
  "we're done. take care of yourself.",
  "it's over. i hope you find what you're looking for.",
  "no. it's finished. be well.",
  "i've said goodbye already. look after yourself.",
  "there's nothing left to say. goodbye.",
];

export const WON_LINES: readonly string[] = [
  "hey you 🙂 still here, still yours.",
  "mm, you again. my favourite notification.",
  "i'm here. always am now. what's up, {name}?",
  "hi. root says hi too. well, he yawned. same thing.",
  "you. good. tell me everything about your day 😘",
];

export const RATE_LIMIT_LINES: readonly string[] = [
  "slow down, let me breathe. i'll catch up.",
  "whoa. one at a time, i'm not a firehose.",
  "you're typing faster than i can think. give me a second.",
  "easy. i read everything, just not all at once.",
  "breathe. i'm still here. give me a moment to catch up with you.",
];

export const NEEDS_SPACE_LINES: readonly string[] = [
  "you've been in my phone all day. i like you, but i need some space tonight.",
  "ok, i'm going to go quiet for a bit. not mad. just full.",
  "let's pick this up tomorrow. my head's full of you and i need room for other things too 🙂",
  "i'm putting my phone down for the night. we're good. i just need my own head back.",
];

export const GIVE_ME_A_MINUTE_LINES: readonly string[] = [
  "give me a minute, my brain's buffering.",
  "hold on, root's walking on my keyboard. one sec.",
  "brb, one minute.",
  "wait, thinking. give me a moment.",
  "sorry, got pulled into something. give me a minute and ask me again?",
];

export const NON_TEXT_KINDS = ["photo", "sticker", "voice", "video", "document", "location"] as const;
export type NonTextKind = (typeof NON_TEXT_KINDS)[number];

export const NON_TEXT_LINES: Record<NonTextKind, readonly string[]> = {
  photo: [
    "my phone is being weird and won't load it. describe it to me?",
    "i can't open pictures right now, terrible connection. what is it?",
    "it's just a grey box on my end. tell me what i'm missing.",
  ],
  sticker: [
    "did you just send me a sticker? use your words 😏",
    "a sticker. bold. my phone shows it as a blob, so tell me what it meant.",
    "my phone is being weird with stickers. translate it into a sentence?",
  ],
  voice: [
    "i can't listen right now, i'm in a meeting. type it?",
    "voice note? my headphones are dead. text me the gist.",
    "i'm somewhere loud. what did you say?",
  ],
  video: [
    "it won't play on my end. what happens in it?",
    "my phone refuses to load videos today. describe it, director.",
    "the video's just spinning. tell me the plot.",
  ],
  document: [
    "you sent me a file? i'm a security person, i don't open random files. what's in it?",
    "a document. romantic. summarise it for me.",
    "i'm not opening that, occupational hazard. tell me what it says.",
  ],
  location: [
    "a pin on a map. mysterious. what's there?",
    "my maps app is being weird. where is that and why should i care?",
    "is that an invitation or a riddle? describe it.",
  ],
};

/** After decay pulls things below "complicated": a light nudge, not guilt. */
export const STILL_THERE_LINES = byChapter(
  [
    "hey. still there, or did something more interesting come along?",
    "it's gone quiet. i'm not chasing. just checking you're alive.",
    "you went silent. fine by me. mostly.",
  ],
  [
    "you've gone quiet. everything ok?",
    "hey. i noticed you're gone. tell me something when you can.",
    "i had a story for you today. you weren't around. still want it?",
  ],
  [
    "i miss talking to you. where did you go?",
    "hey. no pressure. i just miss you.",
    "it's strange not hearing from you. you ok?",
  ],
);

/** /status mood bands (GAME.md §10): the caller maps the score to a band; she never says the number. */
export const STATUS_BANDS = ["great", "solid", "complicated", "not_great", "we_need_to_talk"] as const;
export type StatusBand = (typeof STATUS_BANDS)[number];

export const STATUS_MOOD_LINES: Record<StatusBand, readonly string[]> = {
  great: [
    "honestly? great. don't jinx it.",
    "things are really good. i'm suspicious of how good.",
    "great. annoyingly great 🙂",
  ],
  solid: [
    "we're solid. i like where this is going.",
    "good. steady. i could get used to it.",
    "solid. keep doing what you're doing.",
  ],
  complicated: [
    "it's... complicated. we'll figure it out.",
    "mixed. some days yes, some days hm.",
    "complicated, but i'm still here.",
  ],
  not_great: [
    "not great, if i'm honest.",
    "a bit rocky lately. you've noticed too, right?",
    "not our best stretch.",
  ],
  we_need_to_talk: ["we need to talk.", "honestly? we need to talk.", "not good. we need to talk."],
};

export const gameOverLine = (ctx: LineContext) => say(GAME_OVER_LINES, ctx);
export const wonLine = (ctx: LineContext) => say(WON_LINES, ctx);
export const rateLimitLine = (ctx: LineContext) => say(RATE_LIMIT_LINES, ctx);
export const needsSpaceLine = (ctx: LineContext) => say(NEEDS_SPACE_LINES, ctx);
export const giveMeAMinuteLine = (ctx: LineContext) => say(GIVE_ME_A_MINUTE_LINES, ctx);
export const nonTextReaction = (kind: NonTextKind, ctx: LineContext) => say(NON_TEXT_LINES[kind], ctx);
export const statusMoodLine = (band: StatusBand, ctx: LineContext) => say(STATUS_MOOD_LINES[band], ctx);
export const stillThereLine = (chapter: Chapter, ctx: LineContext) => say(STILL_THERE_LINES[chapter], ctx);
