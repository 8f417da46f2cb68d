// Everything the bot says outside the conversation pipeline: onboarding prompts, command
// answers, reactions. Where Nikita speaks the text passes the output guard (`herLine`); the
// /help list and the settings panel are plain system text. No numbers from the engine appear
// here, and nothing mentions errors or limits.
import { type NonTextKind, nonTextReaction, statusMoodLine } from "@/lib/agents/offline";
import type { Chapter, MoodBand, Rng } from "@/lib/engine";
import { VICE_RULES } from "@/lib/engine/rules";
import { guardOutput, pickFallback } from "@/lib/safety";

export type Button = { text: string; callback_data: string } | { text: string; url: string };
export type Keyboard = { inline_keyboard: Button[][] };

/**
 * Whether Telegram takes this link on an inline URL button: http(s) with a dotted host (the
 * Bot API answers BUTTON_URL_INVALID for hosts like `localhost`). Otherwise the link goes in
 * the text, where Telegram shows any URL.
 */
export function isButtonUrl(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === "https:" || protocol === "http:") && hostname.includes(".");
  } catch {
    return false;
  }
}

/** One inline button that opens `url`. */
export const linkButton = (text: string, url: string): Keyboard => ({ inline_keyboard: [[{ text, url }]] });

/** Callback data carried by the inline buttons (≤ 64 bytes each). */
export const CALLBACK = {
  adultYes: "age:yes",
  adultNo: "age:no",
  darknessPrefix: "dark:",
  resetYes: "reset:yes",
  resetNo: "reset:no",
  toggleNotifications: "set:notifications",
  toggleHardMode: "set:hard",
} as const;

/** Her words, checked by the output guard like every other line of hers. */
export function herLine(text: string, rng: Rng, chapter: Chapter = 1): string {
  return guardOutput(text, { chapter }).ok ? text : pickFallback(rng);
}

export const adultKeyboard: Keyboard = {
  inline_keyboard: [
    [
      { text: "Yes, I'm 18+", callback_data: CALLBACK.adultYes },
      { text: "No", callback_data: CALLBACK.adultNo },
    ],
  ],
};

const DARKNESS_LABELS: Record<number, string> = { 1: "1 sweet", 2: "2", 3: "3", 4: "4", 5: "5 dark" };

export const darknessKeyboard: Keyboard = {
  inline_keyboard: [
    Array.from({ length: VICE_RULES.darknessMax - VICE_RULES.darknessMin + 1 }, (_, i) => {
      const level = VICE_RULES.darknessMin + i;
      return {
        text: DARKNESS_LABELS[level] ?? String(level),
        callback_data: `${CALLBACK.darknessPrefix}${level}`,
      };
    }),
  ],
};

export const resetKeyboard: Keyboard = {
  inline_keyboard: [
    [
      { text: "Yes, start over", callback_data: CALLBACK.resetYes },
      { text: "No", callback_data: CALLBACK.resetNo },
    ],
  ],
};

export const onboardingText = {
  askName: "hey. i'm nikita. before this turns into anything: what should i call you?",
  nameAgain: "just a name. something short, please.",
  askAdult: (name: string) => `nice to meet you, ${name}. boring but necessary: are you 18 or older?`,
  adultAgain: "yes or no: are you 18 or older? tap a button.",
  refusal:
    "then i have to stop here. i only talk to adults, no exceptions. take care of yourself, and come back when you're 18.",
  askPlace: "good. where are you? a city or a time zone like Europe/Berlin, so i don't text you at 4am.",
  placeUnknown: "i don't know that place. try a bigger city near you, or a zone like America/New_York.",
  placeUnderstood: (label: string, timezone: string, clock: string) =>
    label === timezone
      ? `got it: ${timezone}, it's ${clock} there.`
      : `got it: ${label}, so ${timezone}. it's ${clock} there.`,
  askDarkness:
    "last thing. how dark do you like it? 1 is sweet and safe, 5 is sharp edges and bad ideas. pick one.",
  darknessAgain: "pick a number from 1 to 5. the buttons work too.",
  alreadyMet: "we've already met. just talk to me.",
  notYet: "we haven't even met yet. send /start first.",
};

export const commandText = {
  help: [
    "Commands:",
    "/start: start, or pick up where you left off",
    "/status: where things stand with Nikita",
    "/portal: a one-time sign-in link to your portal (10 minutes)",
    "/call: whether she picks up, and where to call her",
    "/settings: time zone, notifications, hard mode",
    "/stop: she stops texting first until you write again or use /start",
    "/help: this list",
    "",
    "Anything else you type goes to her.",
  ].join("\n"),
  unknown: (name: string) => `/${name}? no idea what that is. /help has the list.`,
  welcomeBack: (name: string | null) => (name ? `welcome back, ${name}.` : "welcome back."),
  resumed: "and yes, i'll text you first again.",
  statusChapter: (chapter: Chapter, chapterName: string) => `Chapter ${chapter}: ${chapterName}`,
  statusMood: (mood: MoodBand, rng: Rng) => statusMoodLine(mood, { rng }),
  statusOver: "it's over between us. /start if you want to try again.",
  statusWon: "you won me over. we're good, really good.",
  portal: "your way into the portal. it works once and only for 10 minutes.",
  portalButton: "Open the portal",
  callOff: "calls aren't a thing on this server. text me instead.",
  callOver: "i'm not picking up. we're done, remember?",
  callTooSoon: "you literally just called. give me a few minutes.",
  callBoss: "call me. now's the moment. from the portal, this link works once for 10 minutes:",
  callMaybe:
    "you can try calling me from the portal. no promises i pick up. this link works once for 10 minutes:",
  stop: "ok. i won't text first. write to me when you want me back, or send /start.",
  settings: (s: { timezone: string; notifications: boolean; hardMode: boolean }) =>
    [
      "Settings:",
      `Time zone: ${s.timezone}`,
      `She texts first: ${s.notifications ? "on" : "off"}`,
      `Hard mode: ${s.hardMode ? "on" : "off"}`,
      "",
      "Change the time zone with /settings timezone <city or zone>.",
    ].join("\n"),
  settingsKeyboard: (s: { notifications: boolean; hardMode: boolean }): Keyboard => ({
    inline_keyboard: [
      [
        {
          text: s.notifications ? "Stop her texting first" : "Let her text first",
          callback_data: CALLBACK.toggleNotifications,
        },
      ],
      [
        {
          text: s.hardMode ? "Hard mode off" : "Hard mode on",
          callback_data: CALLBACK.toggleHardMode,
        },
      ],
    ],
  }),
  timezoneSet: (label: string, timezone: string, clock: string) =>
    `Time zone set to ${timezone}${label === timezone ? "" : ` (${label})`}. It's ${clock} there.`,
  settingsSaved: "Saved.",
  resetAsk:
    "we're done, you know that. want to start over? everything between us goes back to the beginning. i'll still remember you.",
  resetDone: "fine. clean slate. don't make me regret it.",
  resetDeclined: "ok. then it stays over.",
  buttonStale: "That button is no longer active.",
  linkOk: "linked. the portal and this chat are the same game now.",
  linkSame: "this chat is already linked to your portal. nothing to do.",
  linkUnknown: "that link doesn't work. get a fresh one from the portal.",
  linkUsed: "that link was already used. get a new one from the portal.",
  linkExpired: "that link expired, they only last 10 minutes. get a fresh one from the portal.",
  linkTaken:
    "this Telegram account already has its own game with me, so i can't link it to another portal account.",
};

export const reactToMedia = (kind: NonTextKind, rng: Rng, playerName: string | null) =>
  nonTextReaction(kind, { rng, playerName: playerName ?? "" });
