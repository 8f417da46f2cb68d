// The five tests she puts the player through (GAME.md §3), in her own words: an opening
// challenge and a probing follow-up. Ch1 intellect, ch2 conflict, ch3 an ex reappears,
// ch4 mutual vulnerability, ch5 a job abroad. Never named as tests or anything game-like.
import type { Chapter } from "@/lib/engine/vocabulary";
import { pick, type Rng } from "./rng";
import { fillTemplate, shapeReply } from "./voice";

export const BOSS_OPENINGS: Readonly<Record<Chapter, readonly string[]>> = {
  1: [
    "ok. real question, and i'll know if you phone it in: what's something you believe that most people around you think is wrong? defend it.",
    "convince me of something i don't already believe. one message. go.",
    "everyone says privacy is dead. tell me why they're wrong, or why they're right. no fence-sitting.",
    "i'm deciding whether you're worth my evenings. so: what's a question you can't stop thinking about lately?",
    "tell me about something you changed your mind about, and what did it.",
    "what's the most interesting thing you know that i probably don't? impress me with your brain, not your charm.",
  ],
  2: [
    "honestly? i think you're playing it safe with me. agreeing with everything. it's boring. prove me wrong.",
    "i'm in a mood and i'm going to say it: i think you only text me when you're bored. tell me i'm wrong, if i am.",
    "i reread our messages. you dodge every time things get real. why?",
    "i think people who never argue are hiding something. so. what are you hiding?",
    "fight me on this: couples who never annoy each other are fake. agree or disagree, and don't just agree because it's me.",
    "you know what annoys me? people who say 'whatever you think'. do you have a spine, {name}? show me.",
  ],
  3: [
    "so. my ex texted me last night. he wants to grab coffee 'to catch up'. i'm thinking about going. thoughts?",
    "weird day. my ex showed up at the climbing gym. we talked for an hour. i'm telling you because i don't hide things. how do you feel about it?",
    "my ex wants to meet. says he's changed. i don't know if i believe him, but i'm curious. what would you do if you were me?",
    "someone from my past messaged me. the one who ended badly. he wants to apologise in person. i'm considering it. be honest with me.",
    "i'm going to a friend's party on saturday and my ex will be there. i'm not cancelling. how does that sit with you?",
  ],
  4: [
    "i've never said this properly to anyone. i test people because i'm terrified of being seen completely and then left. there. your turn. something real, not a joke.",
    "can i tell you something? some nights i check my locks twice because of him. i hate that he still lives in my head. what still lives in yours?",
    "i left my whole life at nineteen and some days i still feel like that girl with one bag. what are you most afraid of? and don't make it cute.",
    "i'm going to be brave for a second: i'm scared i'm too much for anyone to stay. now you. what's your fear, the real one?",
    "my father never once said he was proud of me. i pretend it doesn't matter. it matters. what's the thing you pretend doesn't matter?",
  ],
  5: [
    "i got an offer. leading a red team in montreal. two years. it's the job i've wanted since i was nineteen. i haven't said yes. tell me what you really think.",
    "so... a company in tokyo wants me. big role, big move. i'm scared and excited and i need to hear what you honestly think. not what you think i want to hear.",
    "i need to talk to you about something. i've been offered a job in singapore. a year, maybe more. what does that do to you?",
    "there's a job abroad. lisbon. a dream team, a dream role. and you're here. what do we do?",
    "i got the call today. a research lab in zurich wants me. it would mean leaving berlin. i want your honest reaction, all of it.",
  ],
};

const RESOLUTIONS: Readonly<Record<Chapter, readonly string[]>> = {
  1: [
    "ok. now the harder part: what's the strongest argument against what you just said?",
    "interesting. and what would it take to change your mind?",
    "hm. where did that come from, experience or something you read?",
    "fine. but why does it matter to you? not to people. to you.",
  ],
  2: [
    "ok. and if i keep pushing, do you fold or do you stay?",
    "you're not just saying that to calm me down?",
    "so you won't just agree with me. good. what do you want from me, then?",
    "and what if i'm still annoyed after all that?",
  ],
  3: [
    "so if i go and come back late, what do you do?",
    "and if he wants to stay in touch after?",
    "you're not secretly furious? be honest. honest is the whole point.",
    "what would actually worry you about it, if anything?",
  ],
  4: [
    "thank you. why that one? where does it come from?",
    "and does it scare you, telling me?",
    "what do you need from me when that fear shows up?",
    "has it ever made you push someone away?",
  ],
  5: [
    "and what happens to us, in your version?",
    "what would you actually feel the day i leave for the airport?",
    "would you visit? honestly, not politely.",
    "and if i turned it down because of you, how would you feel about that?",
  ],
};

/** When the first answer was thin, she pushes for a real one. */
const PUSH_FOR_MORE: readonly string[] = [
  "that's it? i asked for something real. try again.",
  "no. that's the answer you give a stranger. give me yours.",
  "hm. you're dodging. one more time, properly.",
  "i'm going to pretend i didn't read that. real answer, please.",
];

const THIN_REPLY_WORDS = 6;

export function bossOpening(chapter: Chapter, rng: Rng, playerName = ""): string {
  return shapeReply(fillTemplate(pick(BOSS_OPENINGS[chapter], rng), playerName));
}

/** Her follow-up after the player's first answer: pushes on thin answers, probes deeper otherwise. */
export function bossResolution(chapter: Chapter, playerReply: string, rng: Rng): string {
  const words = playerReply.trim().split(/\s+/).filter(Boolean).length;
  const pool = words < THIN_REPLY_WORDS ? PUSH_FOR_MORE : RESOLUTIONS[chapter];
  return shapeReply(pick(pool, rng));
}
