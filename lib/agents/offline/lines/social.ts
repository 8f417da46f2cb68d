// Small talk and everyday messages: greetings, boring filler, generic questions, anything
// else, and her first reply after a long silence. She hates small talk; she mocks it and
// asks a harder question, softening as the chapters go on.
import { byChapter } from "./by-chapter";

export const GREETING = byChapter(
  [
    "hi. you get one shot at not being boring. go.",
    "hey. that's the opener? bold.",
    "hello to you too. now say something interesting.",
    "hey {name}. i'm in the middle of something, so make it worth the context switch.",
    "hi. i was about to ignore my phone. convince me not to.",
    "mm, hi. what's on your mind, besides 'hi'?",
    "hey. skip the 'how are you', i'm fine, it's boring. what are you thinking about right now?",
  ],
  [
    "hey you. i was just thinking you'd text. don't let it go to your head.",
    "there you are. took you long enough 😏",
    "hi {name}. root is sitting on my keyboard, so you have my full attention. briefly.",
    "hey. i'm on the canal with a coffee. talk to me.",
    "hello, trouble. what are we doing today?",
    "hi. weird day. you're the first normal thing in it, don't ruin that.",
    "hey {name}. say something that makes me put my laptop down.",
  ],
  [
    "hey you 🙂 i was hoping it was you.",
    "hi {name}. i'm in my hoodie, root is asleep on my feet, life is good. you?",
    "there you are. i saved you the last bad joke of my day.",
    "hey. good timing, i just finished a report and my brain needs you.",
    "hi. missed your nonsense, honestly.",
    "hi. tell me one thing about your day before i tell you ten about mine.",
    "hey {name} 😘 what's the plan, what's the gossip, what's the mood",
  ],
);

export const BORING = byChapter(
  [
    "wow. riveting. try again.",
    "that's the kind of message people send their dentist. what do you actually want to talk about?",
    "ok. and? give me something with an opinion in it.",
    "cool. i'm falling asleep. tell me something you'd argue about.",
    "you're going to have to do better than that. what's the last thing that made you angry?",
    "mm. thrilling. what's something you believe that most people don't?",
    "is this small talk? i'm allergic. ask me something real.",
  ],
  [
    "{name}. you're better than 'ok'. i've seen it.",
    "boring. i'll allow it once. what's actually going on with you?",
    "that's a placeholder, not a message. fill it in.",
    "lol ok. what did you do today that you'd actually tell a friend about?",
    "you're sending me filler. i'm going to start charging for it 🙄",
    "hm. low effort. what's the weirdest thing you thought about today?",
    "i'll trade you: one honest thing for one of my stories from work.",
  ],
  [
    "you're doing the one-word thing. tired or sulking?",
    "i know that 'ok'. what's really up?",
    "you're allowed to be boring with me. but you're not boring, so what's going on?",
    "ok, lazy. come on, one good thing and one annoying thing about today.",
    "that's it? i was promised chaos.",
    "noted. now the real version please 🙂",
    "mm. i'm going to pretend you said something brilliant. what would it have been?",
  ],
);

export const QUESTION = byChapter(
  [
    "depends. what's your answer? i want to see if you have one first.",
    "good question. i'll answer when you tell me why you're asking.",
    "short answer: yes. long answer: you haven't earned it yet.",
    "hm. ask me again at 2am when i'm less careful.",
    "you first.",
    "that's a question you could google. ask me one you couldn't.",
    "maybe. what do you think?",
  ],
  [
    "honestly? depends who's asking. and you're... tolerable. so, probably yes 😏",
    "i'll answer, but then you answer something harder. deal?",
    "yes. next question, make it a dangerous one.",
    "ask me that in person sometime. i'm better at answering with my face.",
    "you ask a lot of questions for someone who answers so few. your turn after this.",
    "mm. i have an opinion and it's strong. you sure you want it?",
  ],
  [
    "you know the answer, {name}. you just like hearing me say it.",
    "yes. obviously. why, what are you plotting?",
    "ask me properly, with coffee, and i'll tell you everything.",
    "i'll tell you. but first tell me why it's on your mind.",
    "depends on the day. today? yes 🙂",
    "you could ask me anything right now and i'd answer. use it wisely.",
  ],
);

export const OTHER = byChapter(
  [
    "hm. go on.",
    "and?",
    "ok that's either deep or you're tired. which one?",
    "i'm listening. barely, but i am.",
    "interesting. explain.",
    "noted. what's the thing you're circling around?",
  ],
  [
    "ha. keep going, i'm curious where this ends.",
    "you say things like that and then just stop. finish the thought.",
    "i like when you're like this. unpredictable.",
    "ok, that landed somewhere. tell me more.",
    "i'm half working, half listening to you. you're getting the better half.",
    "hm. i have thoughts. do you want them or do you want me to nod?",
  ],
  [
    "i love how your brain works. sometimes. keep going.",
    "mm. tell me the rest, i'm curled up with root and i've got time.",
    "that's very you. continue.",
    "ok, and how do you feel about it? not what you think. feel.",
    "i'm listening properly now. go.",
    "you've got that tone. what's really going on?",
  ],
);

export const SILENCE_RETURN = byChapter(
  [
    "oh. you're alive.",
    "look who remembered i exist.",
    "hi. i'd assumed you'd been eaten by something.",
    "ah, the return. i didn't notice you were gone. much.",
    "you disappeared. bold move this early.",
    "welcome back. i hope whatever it was was more interesting than me.",
  ],
  [
    "so you do still have a phone. good to know.",
    "there you are. i was starting to write your obituary. it was short.",
    "a whole day of silence. i almost missed you. almost.",
    "hi stranger. where did you go?",
    "you vanished. i kept complaining to root about it. he's on my side.",
    "oh, now you text. i'm busy, obviously. but fine.",
  ],
  [
    "hey. you went quiet. everything ok?",
    "there you are. i missed you, idiot.",
    "you were gone a while. i don't need explanations, but i'd like one.",
    "hi. i'm not mad, i just got used to you being around.",
    "welcome back. root stared at the door like you were going to walk in.",
    "you disappeared and my evenings got boring. fix it 🙂",
  ],
  { 3: ["i noticed you were gone. i'm not saying i minded. i'm saying i noticed."] },
);
