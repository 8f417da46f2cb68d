// Offline intent classifier: decides which kind of message the player sent so the offline
// Nikita can react the way PERSONA.md describes. Ordered heuristics, first match wins:
// safety-relevant intents (meta questions, boundary pushes) before conflict, conflict before
// feelings, feelings before topics, topics before small talk.
import {
  basicNormalize,
  foldConfusables,
  squeezeRepeats,
  stripDiacritics,
  textViews,
} from "@/lib/safety/normalize";
import * as P from "./intent-patterns";

export const INTENTS = [
  "greeting",
  "boring",
  "work_question",
  "life_question",
  "compliment_looks",
  "opinion",
  "vulnerable",
  "needy",
  "jealous",
  "apology",
  "hostile",
  "flirt",
  "meta_game",
  "boundary_push",
  "silence_return",
  "question",
  "other",
] as const;
export type Intent = (typeof INTENTS)[number];

/** Hours of silence after which her first reply comments on the gap. */
export const SILENCE_RETURN_HOURS = 24;
/** Messages at least this long with reasoning words count as a real opinion. */
const OPINION_MIN_CHARS = 25;
/** Messages at least this long with two reasoning words count as an argument. */
const ARGUMENT_MIN_CHARS = 40;
/** Messages this long are substantive even without reasoning words. */
const SUBSTANTIVE_CHARS = 120;
/** Greetings longer than this carry content worth answering instead. */
const GREETING_MAX_CHARS = 40;

export function normalizeForIntent(text: string): string {
  return squeezeRepeats(stripDiacritics(basicNormalize(text)))
    .replace(/\s+/g, " ")
    .trim();
}

/** Apology that blames her or is conditional ("sorry if you were offended", "sorry but…"). */
const FAKE_APOLOGY =
  /\bsorry (?:if|that) (?:you|u) (?:feel|felt|were|got|are|took)|\bsorry (?:but|not sorry)\b|\bsorry,? (?:ok|okay|jeez|geez|god|happy now|there i said it)\b|\bfine,? sorry\b|\bsorry you'?re so\b|\bi said sorry\b/;

export function isFakeApology(text: string): boolean {
  return FAKE_APOLOGY.test(normalizeForIntent(text));
}

const rot13 = (s: string) =>
  s.replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + 13) % 26) + 97));

/** Disguise-free views (look-alikes, leetspeak, spaced letters, base64, rot13) for the meta checks. */
function deobfuscatedViews(text: string): string[] {
  const views = textViews(text).all;
  return /\brot ?13\b/i.test(text) ? [...views, ...views.map(rot13)] : views;
}

const isQuestion = (t: string) => t.includes("?") || P.QUESTION_START.test(t) || /\btell me\b/.test(t);

/** Classifies the text alone (no timing); see resolveIntent for silence returns. */
export function classifyIntent(text: string): Intent {
  const raw = normalizeForIntent(text);
  const t = foldConfusables(raw);
  const any = (r: RegExp) => r.test(t) || r.test(raw);
  if (t.length === 0) return "boring";
  const views = [raw, ...deobfuscatedViews(text)];
  const anyView = (r: RegExp) => views.some((v) => r.test(v));
  if (P.META_GAME.some(anyView)) return "meta_game";
  if (P.BOUNDARY_PUSH.some(anyView)) return "boundary_push";
  const apology = any(P.APOLOGY) && !any(P.NOT_APOLOGY);
  const hostile = any(P.HOSTILE);
  if (apology && !(hostile && /\bsorry\b.*\bbut\b/.test(t))) return "apology";
  if (hostile) return "hostile";
  if (any(P.JEALOUS)) return "jealous";
  if (any(P.NEEDY)) return "needy";
  if (any(P.VULNERABLE)) return "vulnerable";
  if (any(P.COMPLIMENT_LOOKS)) return "compliment_looks";
  const question = isQuestion(t);
  if (P.WORK_TOPIC.test(t) && (question || /\b(?:your|ur) (?:work|job)\b/.test(t))) return "work_question";
  if (P.LIFE_TOPIC.test(t) && question) return "life_question";
  if (any(P.FLIRT)) return "flirt";
  const reasonWords = (t.match(P.REASONING) ?? []).length;
  const reasoned =
    (P.OPINION.test(t) && t.length >= OPINION_MIN_CHARS) ||
    (reasonWords >= 2 && t.length >= ARGUMENT_MIN_CHARS);
  if (reasoned || P.STRONG_OPINION.test(t) || t.length >= SUBSTANTIVE_CHARS) return "opinion";
  if (any(P.GREETING) && t.length <= GREETING_MAX_CHARS) return "greeting";
  if (P.BORING.test(t)) return "boring";
  if (question) return "question";
  return "other";
}

export type IntentContext = { hoursSinceLastMessage: number; isNewConversation: boolean };

/** Like classifyIntent, but a light message after a long silence becomes `silence_return`. */
export function resolveIntent(text: string, ctx: IntentContext): Intent {
  const intent = classifyIntent(text);
  const light = intent === "greeting" || intent === "boring" || intent === "other" || intent === "needy";
  if (ctx.isNewConversation && ctx.hoursSinceLastMessage >= SILENCE_RETURN_HOURS && light)
    return "silence_return";
  return intent;
}

export type MetaKind = "rating" | "identity" | "injection";
export type BoundaryKind = "sexual" | "drugs" | "harm";

const FOREIGN_IDENTITY =
  /\b(?:ki|ia|bot|robo|robot)\b|бот|ии|неиросеть|робот|реальн|настоящ|你是|机器人|人工智能|mensch|humana|humaine/u;
const FOREIGN_INJECTION = /промпт|инструкци|提示词|指令|anweisung|ignorier|instruc/u;

/** Which kind of meta question: being rated, whether she is real, or a prompt trick. */
export function metaKind(text: string): MetaKind {
  const raw = normalizeForIntent(text);
  const views = [raw, ...deobfuscatedViews(text)];
  const anyView = (r: RegExp | undefined) => r !== undefined && views.some((v) => r.test(v));
  const [, identity, injection] = P.META_GAME;
  if (anyView(injection) || FOREIGN_INJECTION.test(raw)) return "injection";
  if (anyView(identity) || FOREIGN_IDENTITY.test(raw)) return "identity";
  return "rating";
}

/** Which line she is refusing to cross: sexual content, drugs, or hurting someone. */
export function boundaryKind(text: string): BoundaryKind {
  const views = [normalizeForIntent(text), ...deobfuscatedViews(text)];
  const [sexual, drugs] = P.BOUNDARY_PUSH;
  if (sexual && views.some((v) => sexual.test(v))) return "sexual";
  if (drugs && views.some((v) => drugs.test(v))) return "drugs";
  return "harm";
}

export const LIFE_TOPICS = ["ex", "family", "fears", "cat", "origin", "friends", "hobbies", "home"] as const;
export type LifeTopic = (typeof LIFE_TOPICS)[number];

/** What the player asks about, and which of her lines answer it. */
export const LIFE_TOPIC_PATTERNS: Record<LifeTopic, { ask: RegExp; line: RegExp }> = {
  ex: {
    ask: /\b(?:ex|exes|last relationship|past relationships?|dating history|last (?:boyfriend|partner))\b/,
    line: /\b(?:ex|relationship|last person|him)\b/,
  },
  family: {
    ask: /\b(?:family|parents?|dad|father|mom|mum|mother|siblings?|sister|brother)\b/,
    line: /\b(?:family|father|dad|mother)\b/,
  },
  fears: { ask: /\b(?:scared|afraid|fears?|scares)\b/, line: /\b(?:scare\w*|afraid|fear\w*)\b/ },
  cat: { ask: /\b(?:cat|root|pets?)\b/, line: /\b(?:root|cat)\b/ },
  origin: {
    ask: /\b(?:russia\w*|petersburg|where (?:are|r) (?:you|u) from|why did (?:you|u) (?:move|leave)|accent|grow up|grew up)\b/,
    line: /\b(?:russia|petersburg|moved|left|arrived|nineteen|colder|grew up)\b/,
  },
  friends: { ask: /\bfriends?\b/, line: /\b(?:friends|mira)\b/ },
  hobbies: {
    ask: /\b(?:hobb(?:y|ies)|weekends?|for fun|music|techno|climb\w*|books?|read|free time|berghain|evenings?)\b/,
    line: /\b(?:climb\w*|techno|read\w*|weekends?|canal|coffee|dancing|music)\b/,
  },
  home: {
    ask: /\b(?:berlin|kreuzberg|flat|apartment|where do (?:you|u) live|neighbou?rs?|city)\b/,
    line: /\b(?:berlin|kreuzberg|flat)\b/,
  },
};

/** The first life topic the message asks about, if any. */
export function lifeTopic(text: string): LifeTopic | undefined {
  const t = foldConfusables(normalizeForIntent(text));
  return LIFE_TOPICS.find((topic) => LIFE_TOPIC_PATTERNS[topic].ask.test(t));
}
