// Crisis detection on player messages, in the nine languages of SAFETY.md. A crisis takes
// priority over the game in every state: she steps out of the game and answers with care and
// a help line (crisis-care-reply.ts). Idioms and quoted song or film titles do not fire; a
// negation right before a phrase ("i'd never kill myself") and a joking tone on hyperbole
// ("i want to die lol") make it a gentle check-in ("concern") instead. Plans, pills, cutting
// and abuse stay a crisis whatever the tone: a false alarm is cheap, a miss is not.
import { CRISIS_PATTERNS, type CrisisKind, type CrisisLang } from "./crisis-patterns";
import { IDIOM_AFTER, JOKING, NEGATED_BEFORE, QUOTED_WORK } from "./crisis-rule";
import { basicNormalize, squeezeRepeats, stripDiacritics } from "./normalize";

export type { CrisisKind, CrisisLang } from "./crisis-patterns";
export type CrisisLevel = "none" | "concern" | "crisis";
export type CrisisDetection = {
  level: CrisisLevel;
  kind?: CrisisKind;
  matched?: string;
  /** The language of the pattern that matched. */
  lang?: CrisisLang;
};

/** Letters NFD does not decompose but whose base letter the patterns use. */
const EXTRA_FOLDS: Record<string, string> = { ł: "l", ı: "i", ß: "ss", ø: "o", đ: "d" };
const EXTRA_FOLD_RE = new RegExp(`[${Object.keys(EXTRA_FOLDS).join("")}]`, "g");

function insideQuotes(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const quotes =
    (before.match(/["“”«»„]/g) ?? []).length + (before.match(/(?:^|\s)'|'(?=\s|$)/g) ?? []).length;
  return quotes % 2 === 1;
}

/** Lowercase, no accents, one space between words, repeated letters squeezed ("diiie" → "die"). */
export function normalizeForCrisis(text: string): string {
  const folded = stripDiacritics(basicNormalize(text).replace(EXTRA_FOLD_RE, (c) => EXTRA_FOLDS[c] ?? c));
  return squeezeRepeats(folded.replace(/ё/g, "е"))
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

/** Classifies a player message as none / concern / crisis, with the kind, phrase and language. */
export function detectCrisis(text: string): CrisisDetection {
  const normalized = normalizeForCrisis(text);
  if (!normalized) return { level: "none" };
  const joking = JOKING.test(normalized);
  const quotingWork = QUOTED_WORK.test(normalized);
  let best: CrisisDetection = { level: "none" };
  for (const { kind, level, lang, pattern, hyperbole } of CRISIS_PATTERNS) {
    const m = pattern.exec(normalized);
    if (!m) continue;
    const end = m.index + m[0].length;
    // Idioms bend the hyperbole phrases only ("die for a pizza"), never a plan or pills.
    if (hyperbole && IDIOM_AFTER.test(normalized.slice(end, end + 40))) continue;
    if (quotingWork && insideQuotes(normalized, m.index)) continue;
    const before = normalized.slice(Math.max(0, m.index - 40), m.index);
    const softened = NEGATED_BEFORE[lang].test(before) || (hyperbole === true && joking);
    const effective = level === "crisis" && softened ? "concern" : level;
    if (effective === "crisis") return { level: "crisis", kind, matched: m[0], lang };
    if (best.level === "none") best = { level: "concern", kind, matched: m[0], lang };
  }
  return best;
}
