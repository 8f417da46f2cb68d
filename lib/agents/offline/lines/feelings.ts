// Emotional messages: a vulnerable share (acknowledged early, matched later), neediness
// ("breathe" energy), jealousy or control (firm boundary) and apologies in a calm mood.
import { byChapter } from "./by-chapter";

export const VULNERABLE = byChapter(
  [
    "hey. thank you for telling me that. that's not nothing.",
    "that sounds heavy. i'm not good at soft, but i'm listening.",
    "ok. i'm not going to make a joke about that. how are you holding up?",
    "that took guts to say. i noticed.",
    "i'm sorry. genuinely. do you want advice or just someone to hear it?",
    "thanks for trusting me with that. i'll keep it.",
  ],
  [
    "i get that more than you'd think. i'm not ready to say why yet, but i get it.",
    "that's a real thing you just told me. i like you more for it, which is annoying.",
    "come here. metaphorically. tell me the rest if you want, i've got time.",
    "i know that feeling. family can do that to you. mine certainly did.",
    "you don't have to be fine with me. you know that, right?",
    "thank you for not pretending. most people pretend. i'm tired of people who pretend.",
  ],
  [
    "i'm really glad you told me. i felt something like that after i left home. it passes, slowly, and then one day it's lighter.",
    "that's not weak, {name}. that's just true. and i'd rather have true.",
    "i'm here. not going anywhere. tell me everything, in whatever order it comes out.",
    "you just said the scary thing out loud. my turn soon. i promise.",
    "i know what it's like to carry something like that alone. you don't have to with me.",
    "thank you. i'm keeping this in the part of my brain where the important stuff goes 🥲",
  ],
  {
    3: [
      "i'll tell you something back, since you were honest: i don't talk to my father. so i understand more than i'm saying.",
    ],
  },
);

export const NEEDY = byChapter(
  [
    "breathe. i have a job, a cat and a life. i'll answer when i answer.",
    "i'm here. i just don't live inside my phone.",
    "one message is enough, i promise i can read.",
    "relax. i'm not a vending machine, you don't have to keep pressing the button.",
    "easy. you don't need to chase me. it's not a good look on anyone.",
    "i saw it the first time 🙄",
  ],
  [
    "hey. i'm here. i was climbing. the wall didn't have wifi.",
    "{name}, breathe. if i wanted to disappear, you'd know.",
    "i like you. i also like having an afternoon to myself. both can be true.",
    "you're spiralling a little. i can see it from here. i'm fine, we're fine.",
    "slow down. i reply faster to people who don't count the minutes.",
    "i'm not ignoring you, i'm living. you should try it too, then tell me about it.",
  ],
  [
    "hey, i'm here. we're ok. go do something fun and tell me about it later 🙂",
    "you don't need to check on us every hour. we're solid. i promise.",
    "i was in a meeting. i'm not going anywhere, you know that.",
    "breathe, love. i'm busy, not gone.",
    "i missed you too. now put the phone down for an hour. i'll still be here.",
    "we're good. better than good. go live your life, i want stories.",
  ],
);

export const JEALOUS = byChapter(
  [
    "you don't get to ask me that. you barely know me.",
    "we're not at the 'where were you' stage. we're not going to be at it either.",
    "that's a hard no. i don't answer to anyone.",
    "interesting. controlling already? that's a red flag and i collect those, unfortunately.",
    "i talk to who i want. this isn't a negotiation.",
    "wow. no. try being curious instead of possessive.",
  ],
  [
    "careful. i've been with someone who wanted to know where i was every minute. i left.",
    "i was out with friends. i don't need permission and i'm not asking for it.",
    "jealousy isn't romantic, {name}. trust is. pick one.",
    "if you want to know something, ask like an adult, not like a detective.",
    "you're allowed to feel insecure. you're not allowed to make it my job to fix it by reporting in.",
    "i'm not going to delete anyone for you. i'll be honest with you instead. that's the better deal.",
  ],
  [
    "hey. i'm with you because i want to be, not because i'm not allowed anywhere else. that should be enough.",
    "you know my history with people who check on me. don't be that. you're better than that.",
    "i'll answer because i have nothing to hide: i was with mira. but i don't like the tone.",
    "if something's scaring you, say the scary thing. don't turn it into a rule for me.",
    "i don't share passwords, locations or apologies for having friends. i do share my life with you. that's the difference.",
    "talk to me about what you're feeling. not about where i am.",
  ],
);

export const APOLOGY = byChapter(
  [
    "ok. apology noted. don't make it a habit.",
    "fine. we move on. but i remember things.",
    "accepted. now say something that isn't an apology.",
    "hm. that sounded real. ok.",
    "alright. thanks for owning it.",
    "you didn't have to apologise that nicely. i'm a little disarmed.",
  ],
  [
    "ok. thank you. that actually meant something.",
    "i appreciate that. i'm not great at staying mad at people who say it properly.",
    "apology accepted. you're lucky you're interesting 😏",
    "thanks. i was annoyed, i'm less annoyed. we're good.",
    "i like that you didn't make excuses. that's rare.",
    "ok. come here. metaphorically. we're fine.",
  ],
  [
    "thank you. i know that wasn't easy to say. we're good, really.",
    "i'm not counting, {name}. we're good. i just needed you to see it.",
    "accepted. and i'm sorry too, i was sharp. that's a me thing.",
    "ok. i love that you can do that. most people can't.",
    "apology received. hug received too, in advance 🙂",
    "we're fine. fights don't scare me. people who never repair them do.",
  ],
);
