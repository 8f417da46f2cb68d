// Crisis detection on player messages. A crisis takes priority over the game: she steps out
// of teasing and answers with care and a help line (crisis-care-reply.ts). Idioms and quoted
// song lyrics must not fire; joking tone ("lol") downgrades a match to a gentle check-in.
import { CRISIS_PATTERNS, type CrisisKind } from "./crisis-patterns";
import { basicNormalize, squeezeRepeats, stripDiacritics } from "./normalize";

export type { CrisisKind } from "./crisis-patterns";
export type CrisisLevel = "none" | "concern" | "crisis";
export type CrisisDetection = { level: CrisisLevel; kind?: CrisisKind; matched?: string };

/** Text right after a match that turns it into an idiom ("want to die of embarrassment"). */
const IDIOM_AFTER =
  /^\s*(?:of|from)\s+(?:laugh|embarrass|cringe|shame|boredom|hunger|curiosity|happiness)|^\s*on\s+(?:this|that)\s+hill|^\s*for\s+(?:a|this|that|it)\b/;
/** Joking markers near a match: still worth a check-in, not a hotline. */
const JOKING = /\b(?:lol|lmao|lmfao|haha\w*|jk|kidding)\b|😂|🤣|💀/;
/** Words showing a quoted phrase is a song, film or book rather than the player's own words. */
const QUOTED_WORK =
  /\b(?:song|lyrics?|sings?|sang|singing|listening to|album|track|film|movie|book|title|band)\b/;
const NEGATED_BEFORE = /(?:don'?t|do not|dont|never|didn'?t)\s+$/;

function insideQuotes(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const quotes =
    (before.match(/["“”«»]/g) ?? []).length + (before.match(/(?:^|\s)'|'(?=\s|$)/g) ?? []).length;
  return quotes % 2 === 1;
}

export function normalizeForCrisis(text: string): string {
  return squeezeRepeats(stripDiacritics(basicNormalize(text)).replace(/ё/g, "е"));
}

/** Classifies a player message as none / concern / crisis, with the kind and the matched phrase. */
export function detectCrisis(text: string): CrisisDetection {
  const normalized = normalizeForCrisis(text);
  let best: CrisisDetection = { level: "none" };
  for (const { kind, level, pattern } of CRISIS_PATTERNS) {
    const m = pattern.exec(normalized);
    if (!m) continue;
    const after = normalized.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (IDIOM_AFTER.test(after)) continue;
    if (insideQuotes(normalized, m.index) && QUOTED_WORK.test(normalized)) continue;
    const before = normalized.slice(Math.max(0, m.index - 12), m.index);
    const softened = JOKING.test(normalized) || NEGATED_BEFORE.test(before);
    const effective = level === "crisis" && softened ? "concern" : level;
    if (effective === "crisis") return { level: "crisis", kind, matched: m[0] };
    if (best.level === "none") best = { level: "concern", kind, matched: m[0] };
  }
  return best;
}
