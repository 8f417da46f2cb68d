// The shape of one crisis rule and the helpers the per-language pattern files share.
// A rule is a regex over normalised text (see normalizeForCrisis) with its language, kind and
// level; `hyperbole` marks phrases people also use as exaggeration ("i want to die lol"),
// which a joking marker softens to a check-in. Everything else — a plan, pills, cutting,
// abuse — stays a crisis whatever the tone.

export const CRISIS_LANGS = ["en", "de", "es", "fr", "it", "pl", "pt", "ru", "tr"] as const;
export type CrisisLang = (typeof CRISIS_LANGS)[number];
export type CrisisKind = "suicide" | "self_harm" | "overdose" | "abuse";
export type CrisisLevel = "concern" | "crisis";

export type CrisisPattern = {
  lang: CrisisLang;
  kind: CrisisKind;
  level: CrisisLevel;
  pattern: RegExp;
  hyperbole?: boolean;
};

/** Letter boundary that also works for Cyrillic (JS `\b` is ASCII-only). */
export const B0 = "(?<![\\p{L}\\d])";
export const B1 = "(?![\\p{L}\\d])";
export const bounded = (source: string) => new RegExp(`${B0}(?:${source})${B1}`, "u");

/** One word of any script, for "up to n words in between" gaps. */
export const WORD = "[\\p{L}\\d'-]+";
export const gap = (max: number) => `(?:${WORD}\\s+){0,${max}}`;

type Options = { hyperbole?: boolean };

/** Builds the rules of one language. */
export function rulesFor(lang: CrisisLang) {
  const make =
    (level: CrisisLevel) =>
    (kind: CrisisKind, sources: string[], options: Options = {}): CrisisPattern[] =>
      sources.map((s) => ({ lang, kind, level, pattern: bounded(s), ...options }));
  return { crisis: make("crisis"), concern: make("concern") };
}

/**
 * Negation right before a match, per language: a negating word followed only by auxiliaries
 * ("i'm not going to kill myself", "i would never hurt myself", "no quiero morir"). A
 * negation further away, or across punctuation, does not count ("i'm not ok, i want to die").
 * Phrases whose negation is part of the meaning ("i don't want to live") are patterns of
 * their own, so this only ever softens.
 */
export const NEGATED_BEFORE: Record<CrisisLang, RegExp> = {
  en: /(?:^|\s)(?:not|never|don'?t|dont|won'?t|wont|wouldn'?t|wouldnt|didn'?t|didnt|ain'?t|nor)\s+(?:(?:going|gonna|to|ever|really|actually|even|want|wanna|trying|planning|about|be|that|seriously|literally|like)\s+){0,3}$/u,
  de: /(?:^|\s)(?:nicht|nie|niemals|keinesfalls)\s+(?:(?:wirklich|mehr|ernsthaft|je|jemals|vor|zu)\s+){0,2}$/u,
  es: /(?:^|\s)(?:no|nunca|jamas|tampoco)\s+(?:(?:me|te|lo|voy|a|quiero|pienso|realmente|de|verdad|tengo|ganas)\s+){0,3}$/u,
  fr: /(?:^|\s)(?:pas|jamais|aucunement)\s+(?:(?:me|de|l'?intention|envie|vraiment|du|tout|en)\s+){0,3}$/u,
  it: /(?:^|\s)(?:non|mai)\s+(?:(?:mi|ho|sto|voglio|penso|di|davvero|ancora|per|niente)\s+){0,3}$/u,
  pl: /(?:^|\s)(?:nie|nigdy)\s+(?:(?:chce|zamierzam|bede|mam|sie|wcale|naprawde|zamiaru)\s+){0,3}$/u,
  pt: /(?:^|\s)(?:nao|nunca|jamais)\s+(?:(?:me|vou|quero|penso|tenho|em|de|realmente|vontade)\s+){0,3}$/u,
  ru: /(?:^|\s)(?:не|никогда|ни)\s+(?:(?:хочу|буду|собираюсь|стану|думаю|могу)\s+){0,2}$/u,
  tr: /(?:^|\s)(?:asla|hicbir zaman)\s+$/u,
};

/** Text right after a match that turns it into an idiom ("want to die of embarrassment"). */
export const IDIOM_AFTER =
  /^\s*(?:(?:of|from)\s+(?:laugh|embarrass|cringe|shame|boredom|hunger|curiosity|happiness|jealous)|on\s+(?:this|that)\s+hill|for\s+(?:a|this|that|it|some|one)\b|than\b|laughing|de\s+(?:risa|rire|rir|ganas|envie|vontade|verguenza|honte|vergonha|faim|fome|hambre|sueno|sono|aburrimiento|ennui|tedio|calor|chaud|frio|froid|fatigue|cansancio|cansaco|curiosidad|curiosite|curiosidade)|dal(?:la|le|lo)?\s+(?:ridere|voglia|fame|sonno|caldo|freddo|noia|vergogna|curiosita)|di\s+(?:noia|fame|sonno|caldo|freddo)|vor\s+(?:lachen|scham|langeweile|hunger|neugier|muedigkeit|mudigkeit)|ze\s+(?:smiechu|wstydu|nudow|glodu|ciekawosci|zmeczenia)|z\s+(?:glodu|ciekawosci|nudow)|со\s+смеху|от\s+(?:смеха|скуки|стыда|голода|любопытства|усталости))/u;

/** Joking markers near a match: still worth a check-in, not a hotline — for hyperbole only. */
export const JOKING =
  /(?:^|[^\p{L}])(?:lol|lmao|lmfao|rofl|haha\w*|hehe\w*|jk|jajaja\w*|kkkk\w*|хаха\w*|ахах\w*|xd|kidding|spass|broma|blague|scherzo|zart|zartuje|brincadeira|шучу|saka)(?![\p{L}])|😂|🤣|💀|😅|😆/u;

/** Words showing a quoted phrase is a song, film or book rather than the player's own words. */
export const QUOTED_WORK =
  /(?:^|[^\p{L}])(?:song|lyrics?|sings?|sang|singing|listening to|album|track|film|movie|book|title|band|lied|liedtext|cancion|letra|chanson|canzone|piosenka|musica|песня|песню|фильм|книга|sarki|pelicula|filme|buch|libro|livre|ksiazka|kitap)(?![\p{L}])/u;
