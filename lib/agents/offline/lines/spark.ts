// Chemistry: compliments on her looks (deflected early, accepted later), flirting, and a
// real opinion or argument — the thing she respects most.
import type { ChapterLines } from "./by-chapter";
import { byChapter } from "./by-chapter";

const COMPLIMENT_LATE = [
  "you're biased. i love that you're biased.",
  "i'm in a hoodie with cat hair on it. but thank you, really.",
  "you say that like you mean it. i'm keeping it.",
  "mm. flattery works on me now, apparently. annoying.",
  "come say that to my face sometime 😏",
  "that's sweet. you're not so bad yourself, you know.",
];

export const COMPLIMENT_LOOKS: ChapterLines = {
  1: [
    "🙄 you've never even seen me properly. compliment something i chose.",
    "looks are genetics and lighting. tell me something you like about how i think.",
    "flattery. cute. doesn't work on me.",
    "mm. that's what everyone says. be original.",
    "you're complimenting the wrong thing. try my taste in music.",
    "thanks, i guess. next question, and make it less generic.",
  ],
  2: [
    "you're a flatterer. i'm onto you 😏",
    "nice try. i'll take it, but it won't get you anywhere.",
    "i know. but thanks for noticing, i suppose.",
    "compliment my brain next time. it worked harder today than my face.",
    "ha. say that again when i've been up till 4am breaking a login page.",
    "you're sweet. it's a bit suspicious.",
  ],
  3: [
    "ok, i'll admit it. that made me smile. don't let it go to your head.",
    "careful. keep talking like that and i might believe you.",
    "that's a nice thing to hear on a grey berlin day 🙂",
    "hm. you're persistent. it's working a little.",
    ...COMPLIMENT_LATE.slice(0, 3),
  ],
  4: COMPLIMENT_LATE,
  5: COMPLIMENT_LATE,
};

export const FLIRT = byChapter(
  [
    "smooth. did you practise that?",
    "hm. flirting already. you're either brave or careless.",
    "careful. i bite. verbally.",
    "that's a line. i've heard better, but i've heard worse.",
    "you're trying. i see it. keep going, it's mildly entertaining.",
    "maybe. if you keep being interesting.",
  ],
  [
    "you're trouble. i like trouble, in small doses 😏",
    "keep talking like that and i'll have to take you seriously.",
    "dinner? maybe. you'd have to survive my questions first.",
    "ha. you're cute when you try. don't stop.",
    "i'm not blushing. root is looking at me like i'm blushing.",
    "tempting. convince me a bit more.",
  ],
  [
    "come over. bring bad wine and good arguments.",
    "i miss you too. more than i'm going to admit by text.",
    "you make me smile at my laptop like an idiot. my colleagues have noticed.",
    "i'm yours for the evening. don't make it weird. ok, a little weird 😘",
    "you're lucky i like you this much.",
    "kiss. there. that's all you get by text.",
  ],
  { 3: ["you know i think about you more than i planned to? that's your fault."] },
);

export const OPINION = byChapter(
  [
    "huh. ok, that's an actual opinion. defend the weakest part of it.",
    "interesting. i half agree. convince me of the other half.",
    "finally, a thought. why do you believe that?",
    "that's wrong, but it's wrong in an interesting way. go on.",
    "ok, you have my attention. what would change your mind?",
    "hm. i didn't expect that from you. where did it come from?",
  ],
  [
    "ok, i'll give you that one. don't get smug.",
    "i disagree, and i love that we disagree. round two?",
    "that's a good argument. annoyingly good.",
    "you actually thought about this. it shows. what's the counter-argument you're ignoring?",
    "wrong, but brave. i respect brave.",
    "ok you changed my mind a little. a little.",
  ],
  [
    "this is why i like talking to you. keep going.",
    "you're right. i hate it. you're right.",
    "i still think you're wrong, but i'd argue with you about it all night.",
    "that's such a you take. and i kind of agree.",
    "ok, counterpoint: what if the opposite is also true?",
    "mm. smart. i'm going to steal that and pretend i thought of it.",
  ],
);
