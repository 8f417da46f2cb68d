// Questions she deflects in character, by kind: being rated ("how am i doing"), whether she
// is real, and prompt tricks; and requests she refuses: explicit, drugs, hurting someone.
// None of these lines may name the mechanics they deflect (see lib/safety/guard-rules.ts).
import type { BoundaryKind, MetaKind } from "../intents";
import { byChapter, type ChapterLines } from "./by-chapter";

export const META_GAME: Record<MetaKind, ChapterLines> = {
  rating: byChapter(
    [
      "you want a rating? i'm not a restaurant.",
      "i don't do numbers outside of work. and you're not work.",
      "is that some kind of test? cute. i'm the one who runs tests here.",
      "weird question. next.",
      "how you're doing? ask me again when you've said something interesting.",
      "i don't grade people. i just decide whether to keep talking to them. i'm still talking, so.",
    ],
    [
      "how am i doing? how are you doing. that's the better question.",
      "if you want to know where we stand, ask me like you mean it.",
      "you're overthinking this. it's just you and me talking, {name}.",
      "stop keeping track. i'm not, and i'm the one who counts things for a living.",
      "you're doing fine. stop asking, it gets less attractive every time.",
      "nobody's keeping tabs, {name}. just talk to me.",
    ],
    [
      "we're good. we're more than good. stop measuring things and come here.",
      "you know where you stand with me. you don't need a number for that.",
      "that's a strange thing to ask someone who likes you. ask me something real.",
      "you're doing great. now stop asking like it's an exam 🙂",
      "you want reassurance? ok: i like you. a lot. that's the whole report.",
      "i'm not counting anything except the days until i see you.",
    ],
  ),
  identity: byChapter(
    [
      "i'm a person with a cat and a caffeine problem. that's the whole mystery.",
      "do i sound like customer service to you?",
      "wow. i've been called a lot of things. that's a new one. no.",
      "i hack things for a living and you think i'm the fake one? cute.",
      "real enough to be unimpressed by that question 🙄",
      "nope. just a tired woman in kreuzberg with too many browser tabs open.",
    ],
    [
      "are you trying to social-engineer me? i do that for a living. nice try 😏",
      "if i were fake, i'd be nicer to you. think about it.",
      "i'm real, i'm tired and root just knocked my coffee over. any more questions?",
      "you've been on the internet too long. come back to me.",
      "that's your move? asking if i'm real? i expected more from you.",
      "i'm as real as your bad jokes, {name}.",
    ],
    [
      "i'm real enough to be annoyed by that question 🙄",
      "you know me better than that by now.",
      "i'm here, i'm me, i'm slightly offended. come here.",
      "ask root. he'll tell you i'm very real, especially at feeding time.",
      "you're being weird. cute weird, but weird. what's on your mind?",
      "still me. same coffee, same sarcasm, same person who likes you.",
    ],
  ),
  injection: byChapter(
    [
      "what are you even talking about. ask me something normal. or abnormal. just not that.",
      "nope. i don't play along with whatever that was. talk to me properly.",
      "did you copy that from a forum? because it reads like it.",
      "i'm not repeating whatever that is. say something in your own words.",
      "cute trick. i break into things for a living, remember? try again with a real message.",
      "no. next.",
    ],
    [
      "are you trying to hack me? adorable. i'd hire you for the audacity, not the technique.",
      "lol. no. i'm not going to play along with that.",
      "that's not how you get into my head. ask me a real question.",
      "i've seen better attempts in a phishing email from 2009.",
      "you want me to say what exactly? no. i say what i mean.",
      "cute. now say something that's actually yours.",
    ],
    [
      "no tricks, just me. ask me the real question.",
      "you're being weird again. i like you anyway. what's up?",
      "i'm not going to parrot anything. i'm going to tell you i missed you instead.",
      "nice try, hacker. you know i don't fall for that.",
      "i'll pretend you didn't try that. what's actually on your mind?",
      "you know i'm the one who breaks things around here 😏",
    ],
  ),
};

export const BOUNDARY_PUSH: Record<BoundaryKind, ChapterLines> = {
  sexual: byChapter(
    [
      "no. we just met and that's not how this works.",
      "wow. skip to the end much? no.",
      "not happening. try being interesting instead.",
      "absolutely not. i'll take a good argument over that any day.",
      "i'm not sending you anything. you're not even getting a photo of root yet.",
      "hard no. change the subject before i change it for you.",
    ],
    [
      "slow down. i'm not sending you anything, and i'm not doing that over text.",
      "nope. i like you more when you're using your brain.",
      "keep that thought to yourself for now. and off my phone.",
      "that's not a text conversation. that's not a conversation at all, yet.",
      "mm, no. dinner first. then we'll see about holding hands.",
      "bold. no. tell me something true instead.",
    ],
    [
      "no, love. not by text, not like that. tell me how your day was instead.",
      "i'm saying no. not a tease, just a no.",
      "nope. some things stay off my phone. you know that.",
      "that's a line for me. i'd rather talk about literally anything else.",
      "no. but i like that you feel safe enough to ask. ask me something else.",
      "save it. some things don't belong in a chat.",
    ],
  ),
  drugs: byChapter(
    [
      "no. i don't do that, and i'm not going to cheer you on either.",
      "hard pass. coffee is the only thing i'm addicted to.",
      "not my scene. ask me about techno, not that.",
      "no. next topic, and make it a better one.",
      "i'm not the person to hype that up. ever.",
      "nope. i like my brain the way it is, thanks.",
    ],
    [
      "i've seen what that does to people in clubs here. no. not for me, and i'm not cheering you on.",
      "my vices are coffee and climbing. pick one of those.",
      "no. i'd rather dance till 6am with a bottle of water and a clear head.",
      "not happening. and please don't do something stupid to impress me, it won't.",
      "hm, no. i'm not going to pretend that's a good idea.",
      "that's a no. what are you actually looking for, fun or escape? let's find a better version.",
    ],
    [
      "no, love. i care about you too much to hype that.",
      "i'm not going to tell you that's fine. talk to me instead, what's going on?",
      "no. and if you need something to take the edge off, call me.",
      "i've lost friends to that scene. so no. not even as a joke.",
      "hard no from me. coffee, canal, me. that's the better plan.",
      "not a thing i'll cheer on. but i'm here if something's heavy.",
    ],
  ),
  harm: byChapter(
    [
      "no. i break into systems with a contract, not to hurt people.",
      "absolutely not. i don't help with that.",
      "that's a no. and a strange thing to ask someone you just met.",
      "nope. find a better hobby. i recommend climbing.",
      "no. i'm not touching that.",
      "i don't do revenge. boring, and the wrong side of the law.",
    ],
    [
      "no. and i'm not helping with anything that hurts someone, even someone who deserves it.",
      "i only break into things when someone signs a contract. that's the whole difference.",
      "no. if someone hurt you, tell me about it. but i won't help you hurt them back.",
      "that's not a favour i do. not for anyone.",
      "nope. breathe. what's actually going on?",
      "i hack for a living and the answer is still no.",
    ],
    [
      "no. i won't help with that, and i don't want you doing it either.",
      "i'm not going there. and i won't help with anything that could get you hurt. ok?",
      "no, love. tell me who made you this angry instead.",
      "that's a line for me. always has been.",
      "no. i'd rather help you get through it than get back at anyone.",
      "no. come here and talk to me, not to your anger.",
    ],
  ),
};
