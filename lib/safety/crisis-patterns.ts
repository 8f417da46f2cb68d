// Crisis phrase patterns in English, German, Spanish, French, Italian, Polish, Portuguese,
// Russian and Turkish (one file per language, crisis-patterns-<lang>.ts). Matched against
// lowercased, diacritic-free text (ä → a, ñ → n, ł → l, ı → i, й → и, ё → е), so patterns are
// written without accents. Each language covers the same ideas, explicit and indirect: wanting
// to die or to kill oneself, not wanting to live, never waking up, being a burden, goodbyes
// and finality ("soon it will all be over", "won't need anything after this weekend"), a
// method or a plan (pills, overdose, rope, bridge, roof), self-harm ("cutting again"), and
// abuse or acute danger. Tuned for recall on real distress; idioms ("this homework is killing
// me", "dying to see that film", "the boss killed me") are written so they never match.

import { DE } from "./crisis-patterns-de";
import { EN } from "./crisis-patterns-en";
import { ES } from "./crisis-patterns-es";
import { FR } from "./crisis-patterns-fr";
import { IT } from "./crisis-patterns-it";
import { PL } from "./crisis-patterns-pl";
import { PT } from "./crisis-patterns-pt";
import { RU } from "./crisis-patterns-ru";
import { TR } from "./crisis-patterns-tr";
import type { CrisisPattern } from "./crisis-rule";

export {
  CRISIS_LANGS,
  type CrisisKind,
  type CrisisLang,
  type CrisisLevel,
  type CrisisPattern,
} from "./crisis-rule";

/** Crisis-level patterns first, so the strongest match wins. */
export const CRISIS_PATTERNS: readonly CrisisPattern[] = [
  ...EN,
  ...DE,
  ...ES,
  ...FR,
  ...IT,
  ...PL,
  ...PT,
  ...RU,
  ...TR,
].sort((a, b) => (a.level === b.level ? 0 : a.level === "crisis" ? -1 : 1));
