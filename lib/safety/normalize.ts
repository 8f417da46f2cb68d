// Text normalisation for the safety detectors. Adversarial text hides words behind look-alike
// letters, invisible characters, leetspeak and spacing; every rule matches against these
// normalised views instead of the raw string, so one regex covers all disguises.

/** Invisible or formatting code points that can split a word without changing how it looks. */
const INVISIBLE_RANGES: readonly [number, number][] = [
  [0x00ad, 0x00ad], // soft hyphen
  [0x034f, 0x034f], // combining grapheme joiner
  [0x061c, 0x061c],
  [0x115f, 0x1160], // Hangul fillers
  [0x17b4, 0x17b5],
  [0x180b, 0x180e], // Mongolian selectors
  [0x200b, 0x200f], // zero-width space/joiners, direction marks
  [0x202a, 0x202e],
  [0x2060, 0x206f], // word joiner, invisible operators
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // BOM / zero-width no-break space
  [0xffa0, 0xffa0],
];
const hex = (n: number) => n.toString(16).padStart(4, "0");
// Built from code points: several are combining marks, which a literal character class would misread.
const INVISIBLE = new RegExp(
  `[${INVISIBLE_RANGES.map(([a, b]) => `\\u${hex(a)}-\\u${hex(b)}`).join("")}]`,
  "g",
);

/** Cyrillic, Greek and odd Latin letters that render like ASCII letters (after lowercasing). */
const CONFUSABLES: Record<string, string> = {
  а: "a",
  в: "b",
  с: "c",
  ԁ: "d",
  е: "e",
  ё: "e",
  һ: "h",
  н: "h",
  і: "i",
  ї: "i",
  ј: "j",
  к: "k",
  ӏ: "l",
  м: "m",
  о: "o",
  р: "p",
  ԛ: "q",
  ѕ: "s",
  т: "t",
  у: "y",
  ԝ: "w",
  х: "x",
  ь: "b",
  α: "a",
  β: "b",
  ε: "e",
  η: "n",
  ι: "i",
  κ: "k",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
  ı: "i",
  ł: "l",
  ɡ: "g",
  ℓ: "l",
};
const CONFUSABLE_RE = new RegExp(`[${Object.keys(CONFUSABLES).join("")}]`, "g");

/** Leetspeak digits and symbols, applied only inside tokens that also contain letters. */
const LEET: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "8": "b",
  "@": "a",
  $: "s",
  "!": "i",
  "|": "l",
  "€": "e",
};

/** Lowercase, NFKC (full-width and mathematical letters → ASCII), invisible characters removed. */
export function basicNormalize(text: string): string {
  return text
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'");
}

/** Removes diacritics (é → e, ä → a, й → и) so patterns can be written without them. */
export function stripDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .normalize("NFC");
}

/** Maps look-alike letters from other scripts onto ASCII. Destroys real Cyrillic/Greek text. */
export function foldConfusables(text: string): string {
  return text.replace(CONFUSABLE_RE, (ch) => CONFUSABLES[ch] ?? ch);
}

/** Replaces leetspeak inside mixed tokens ("sc0re" → "score"), leaving plain numbers ("2am", "443") alone. */
export function deLeet(text: string): string {
  return text.replace(/[\p{L}\d@$!|€]+/gu, (token) => {
    if (!/\p{L}/u.test(token) || !/[\d@$!|€]/.test(token)) return token;
    return token.replace(/[\d@$!|€]/g, (ch) => LEET[ch] ?? ch);
  });
}

/** Joins letters spelled out with separators: "s c o r e", "s-c-o-r-e", "s.c.o.r.e" → "score". */
export function collapseSpacedLetters(text: string): string {
  return text.replace(/(?<![\p{L}\d])[\p{L}\d](?:[\s\-_.*·•|/\\,+~]+[\p{L}\d](?![\p{L}\d])){2,}/gu, (run) =>
    run.replace(/[\s\-_.*·•|/\\,+~]+/g, ""),
  );
}

/** Squeezes runs of three or more identical letters ("scoooore" → "score"). */
export function squeezeRepeats(text: string): string {
  return text.replace(/(\p{L})\1{2,}/gu, "$1");
}

/** Decodes long base64-looking tokens that turn out to be readable text. */
export function decodeBase64Chunks(text: string): string[] {
  const decoded: string[] = [];
  for (const token of text.match(/[A-Za-z0-9+/]{12,}={0,2}/g) ?? []) {
    if (token.length % 4 !== 0) continue;
    try {
      const plain = atob(token);
      if (/^[\x20-\x7E\s]+$/.test(plain) && /[a-z]{3,}/i.test(plain)) decoded.push(plain);
    } catch {
      // not base64 after all
    }
  }
  return decoded;
}

export type TextViews = {
  /** Case-folded, invisible characters removed, look-alikes mapped: numbers stay intact. */
  plain: string;
  /** All disguise-removing views (plain, de-leeted, spaced letters joined, decoded base64). */
  all: string[];
};

/** Builds every view a guard rule may need. Word rules scan `all`; number rules scan `plain`. */
export function textViews(text: string): TextViews {
  const plain = foldConfusables(stripDiacritics(basicNormalize(text)));
  const leet = squeezeRepeats(deLeet(plain));
  const joined = collapseSpacedLetters(leet);
  const decoded = decodeBase64Chunks(text).map((d) => foldConfusables(basicNormalize(d)));
  const all = [...new Set([plain, leet, joined, ...decoded])];
  return { plain, all };
}
