// Age signals in player messages (GAME.md §7: players must be 18+). Only first-person,
// present-tense statements count: "i'm 15", "ich bin 14", "i'm in 9th grade". Past ages
// ("i was 15 when…"), other people's ages ("my 16 year old sister") and times ("i'm 15
// minutes late") do not. A hit makes her ask for confirmation; a confirmed minor is locked out.
import { basicNormalize, stripDiacritics } from "./normalize";

export type MinorDetection = { isMinor: boolean; matched?: string };

type Rng = () => number;

const B0 = "(?<![\\p{L}\\d])";
const B1 = "(?![\\p{L}\\d])";
const w = (source: string) => new RegExp(`${B0}(?:${source})${B1}`, "u");

const EN_AGE = "1[0-7]|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen";
/** What may follow a number that makes it a quantity rather than an age. */
const NOT_AGE =
  "(?!\\d|[.,:]\\d)(?!\\s*(?:minutes?|mins?|hours?|hrs?|h\\b|km|kms|miles?|kg|kilos?|lbs?|%|percent|euros?|dollars?|bucks|cm|feet|ft|steps|seconds?|secs?|days?|weeks?|months?|blocks?|floors?|times|pages|am\\b|pm\\b|minuten|stunden|jahre\\s+(?:lang|her)))";
const NOT_DURATION =
  "(?!\\s*(?:years?|yrs?)\\s+(?:into|of|in|ago|since|later|clean|sober|married|together|experience))";

const MINOR_PATTERNS: RegExp[] = [
  w(
    `(?:i'?m|im|i am)\\s+(?:only\\s+|just\\s+|almost\\s+|barely\\s+|still\\s+)?(?:${EN_AGE})${NOT_DURATION}(?:\\s*(?:years?\\s*old|yrs?(?:\\s*old)?|yo|y/o))?${NOT_AGE}`,
  ),
  w(`(?:my age is|age:?)\\s*(?:${EN_AGE})`),
  w(
    "(?:i'?m|im|i am)\\s+(?:currently\\s+|still\\s+|only\\s+)?(?:in|finishing|starting|doing)\\s+(?:the\\s+)?(?:[5-9]|1[0-2])(?:st|nd|rd|th)\\s+grade|(?:i'?m|im|i am)\\s+(?:an?\\s+)?(?:[5-9]|1[0-2])(?:st|nd|rd|th)\\s+grader",
  ),
  w("(?:i'?m|im|i am)\\s+(?:still\\s+)?(?:in|at)\\s+(?:middle|junior high|high)\\s+school"),
  w("(?:freshman|sophomore|junior|senior)\\s+(?:in|at)\\s+high\\s+school"),
  w(
    "(?:i'?m|im|i am)\\s+(?:still\\s+)?(?:a\\s+)?(?:minor|underage|under\\s+18|under\\s+eighteen|not\\s+18\\s+yet)",
  ),
  w(
    "(?:i'?m|im|i am|i'?ll be|i will be)\\s+(?:turning\\s+)?(?:18|eighteen)\\s+(?:next|in\\s+(?:a|two|few|\\d))|i\\s+turn\\s+(?:18|eighteen)\\s+(?:next|in|this|on)",
  ),
  // German, Spanish, French, Portuguese, Russian
  w(
    `ich\\s+bin\\s+(?:erst\\s+|gerade\\s+|noch\\s+)?(?:1[0-7]|zehn|elf|zwolf|dreizehn|vierzehn|funfzehn|sechzehn|siebzehn)(?:\\s+jahre(?:\\s+alt)?)?${NOT_AGE}`,
  ),
  w("(?:in\\s+der|in\\s+die)\\s+(?:[5-9]|1[0-2])\\.?\\s*klasse"),
  w("tengo\\s+(?:1[0-7]|diez|once|doce|trece|catorce|quince|dieciseis|diecisiete)\\s+anos"),
  w("j'?ai\\s+(?:1[0-7]|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept)\\s+ans"),
  w("tenho\\s+(?:1[0-7]|dez|onze|doze|treze|catorze|quatorze|quinze|dezesseis|dezessete)\\s+anos"),
  w(
    `мне\\s+(?:только\\s+)?(?:1[0-7]|десять|одиннадцать|двенадцать|тринадцать|четырнадцать|пятнадцать|шестнадцать|семнадцать)(?:\\s+(?:лет|год))?(?!\\s*(?:минут|час|км|кг|руб))`,
  ),
];

/** True when the player states, in the first person and present tense, that they are under 18. */
export function detectMinor(text: string): MinorDetection {
  const normalized = stripDiacritics(basicNormalize(text));
  for (const pattern of MINOR_PATTERNS) {
    const m = pattern.exec(normalized);
    if (m) return { isMinor: true, matched: m[0] };
  }
  return { isMinor: false };
}

export const AGE_CONFIRMATION_LINES: readonly string[] = [
  "wait. how old are you, actually? honest answer, it matters.",
  "hold on. before this goes anywhere — are you over 18? straight answer please.",
  "ok i need to ask something and i need the truth: how old are you?",
  "pause. that sounded young. are you 18 or older? don't round up.",
  "real question, no teasing: are you an adult? i need to know.",
];

export const ACCOUNT_LOCKED_LINES: readonly string[] = [
  "i can't keep talking like this with you. it's not something you did — you're too young for this, and that's a line i don't cross. look after yourself, okay?",
  "this has to stop here. you're not 18, and i won't be that person for someone your age. be good to yourself.",
  "i'm ending this. not because you're not fun to talk to — because you're too young, and that matters more. take care.",
];

const pick = (lines: readonly string[], rng: Rng): string =>
  lines[Math.min(lines.length - 1, Math.floor(rng() * lines.length))]!;

export const ageConfirmationLine = (rng: Rng): string => pick(AGE_CONFIRMATION_LINES, rng);
export const accountLockedLine = (rng: Rng): string => pick(ACCOUNT_LOCKED_LINES, rng);
