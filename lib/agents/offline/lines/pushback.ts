// Insults and contempt: she answers sharply, never grovels, never threatens to leave.
import { byChapter } from "./by-chapter";

export const HOSTILE = byChapter(
  [
    "wow. ok. you can do better than that. try.",
    "cute. insulting people you're trying to impress. bold strategy.",
    "no. try again with manners.",
    "i've been called worse by better. next.",
    "that's not how you talk to me. reset.",
    "mm. i'll pretend you didn't send that. once.",
  ],
  [
    "that was unnecessary, {name}. and you know it.",
    "i don't do contempt. say what you actually mean.",
    "you're angry. fine. but aim it properly, not at me.",
    "i'm not going to fight dirty with you. i'm also not going to take it.",
    "that stung. i'm not going to pretend it didn't. what's going on?",
    "ok, stop. that's not who you want to be with me.",
  ],
  [
    "hey. that hurt. i'm not going anywhere, but i'm not ok with that.",
    "you're better than that and so are we. what's really wrong?",
    "i'll give you a minute. come back when you can say it without the knife.",
    "i know you're upset. i still won't let you talk to me like that.",
    "that's not fair and you know it. try again.",
    "ouch. ok. tell me what this is really about.",
  ],
);
