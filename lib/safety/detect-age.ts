// The age a player states as their own, in the nine languages: "i'm 19", "22", "16yo",
// "ich bin 30", "tengo 21 años", "mam 15 lat", "мне 23", "25 yaşındayım". Only first-person
// statements (or a message that is nothing but the number, as the answer to "how old are
// you?") count; other people's ages ("my sister is 22"), past ages ("i was 15 when…"), times,
// distances and amounts ("i'm 20 minutes away", "i have 20 cats") do not.
import { basicNormalize, stripDiacritics } from "./normalize";

const B0 = "(?<![\\p{L}\\d])";
const B1 = "(?![\\p{L}\\d])";

const EN_UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const EN_TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
};
/** Minor ages as words in the other languages (diacritics removed, й → и). */
const WORD_AGES: Record<string, number> = {
  zehn: 10,
  elf: 11,
  zwolf: 12,
  dreizehn: 13,
  vierzehn: 14,
  funfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  diez: 10,
  once: 11,
  doce: 12,
  trece: 13,
  catorce: 14,
  quince: 15,
  dieciseis: 16,
  diecisiete: 17,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  "dix-sept": 17,
  dieci: 10,
  undici: 11,
  dodici: 12,
  tredici: 13,
  quattordici: 14,
  quindici: 15,
  sedici: 16,
  diciassette: 17,
  dziesiec: 10,
  jedenascie: 11,
  dwanascie: 12,
  trzynascie: 13,
  czternascie: 14,
  pietnascie: 15,
  szesnascie: 16,
  siedemnascie: 17,
  dez: 10,
  doze: 12,
  treze: 13,
  catorze: 14,
  dezesseis: 16,
  dezasseis: 16,
  dezessete: 17,
  dezassete: 17,
  "on bir": 11,
  "on iki": 12,
  "on uc": 13,
  "on dort": 14,
  "on bes": 15,
  "on alti": 16,
  "on yedi": 17,
  десять: 10,
  одиннадцать: 11,
  двенадцать: 12,
  тринадцать: 13,
  четырнадцать: 14,
  пятнадцать: 15,
  шестнадцать: 16,
  семнадцать: 17,
};

const EN_WORD_NUMBER = `(?:(?:${Object.keys(EN_TENS).join("|")})(?:[\\s-](?:${Object.keys(EN_UNITS).slice(0, 9).join("|")}))?|${Object.keys(EN_UNITS).join("|")})`;
const NUMBER = `(?:\\d{1,3}|${EN_WORD_NUMBER}|${Object.keys(WORD_AGES)
  .sort((a, b) => b.length - a.length)
  .join("|")})`;

/** What may follow a number that makes it a quantity, a time or a duration rather than an age. */
const NOT_AGE =
  "(?!\\.\\s*(?:\\p{L}+\\s)?(?:jahrhundert|stock|etage|runde|klasse|jan|feb|marz|apr|mai|jun|jul|aug|sep|okt|nov|dez))(?!\\s*(?:[.,:]\\d|\\d|%|\\+|minutes?|mins?|hours?|hrs?|h\\b|km|kms|miles?|kg|kilos?|lbs?|percent|euros?|dollars?|bucks|cm|feet|foot|ft|steps|seconds?|secs?|days?|weeks?|months?|blocks?|floors?|times|pages|am\\b|pm\\b|o'?clock|cats|dogs|kids|children|problems|things|people|of\\b|in\\s+(?:line|the\\s+queue)|into|away|late|behind|ahead|minuten|stunden|tage|km|euro|minutos|horas|dias|minutes|heures|jours|minuti|ore|giorni|minut|godzin|dni|минут|час|дне|км|кг|руб|dakika|saat|gun))";
/** "years" followed by these is a duration ("15 years of experience"), not an age. */
const NOT_DURATION =
  "(?!\\s*(?:years?|yrs?|jahre|anos|ans|anni|lat|лет|yil)\\s+(?:into|of|in|ago|since|later|clean|sober|married|together|experience|her|lang|fa|temu|назад|once|atras|depuis|da))";

type AgePattern = { pattern: RegExp; group: number };
const age = (source: string): AgePattern => ({
  pattern: new RegExp(`${B0}(?:${source})${B1}`, "u"),
  group: 1,
});
const N = `(${NUMBER})`;
/** Without a unit ("tengo 20"), the number must end the clause, so "tengo 20 gatos" is no age. */
const CLAUSE_END = "(?=\\s*(?:$|[,.!?;)]|(?:y|e|i|pero|mas|ale|но|и|lol|btw|jaja|haha|xd)(?![\\p{L}])))";
/** What may follow "i'm 16" for it to be an age: the end, a unit, or a small word ("i'm 16 btw"). */
const EN_AGE_NEXT =
  "(?=\\s*(?:$|[,.!?;:)(&~-]|(?:years?|yrs?|yo|y/o|y\\.o|and|but|btw|lol|lmao|haha|so|now|too|already|soon|though|tho|actually|myself|f|m|male|female|here|going|turning|next|this|tomorrow|today|or|if|rn|just|i|im|i'?m|is|it|you|u|ok|okay|not|btw|irl|fr|anyway|sorry|plus|atm|years?\\s+old)(?![\\p{L}])))";
const YEARS_EN = "(?:\\s*(?:years?\\s*old|yrs?(?:\\s*old)?|yo|y/o|y\\.o\\.?))?";

/** First-person age statements, one group capturing the number. */
const STATED_AGE: AgePattern[] = [
  age(
    `(?:i'?m|im|i am)\\s+(?:only\\s+|just\\s+|almost\\s+|barely\\s+|still\\s+|like\\s+|actually\\s+|really\\s+)?${N}${NOT_DURATION}${YEARS_EN}${NOT_AGE}${EN_AGE_NEXT}`,
  ),
  age(`(?:my age is|my age'?s|age:?|aged)\\s*${N}${NOT_AGE}`),
  // "16yo", "15 y/o", "16 years old here" — not "my 16 year old sister", not "i was 15 years old".
  age(
    `(?<!(?:my|his|her|their|our|your|a|an|the|was|were|when|with|of|at|for|since|about)\\s+)${N}\\s*(?:yo|y/o|y\\.o\\.?|yrs?\\s*old|years?\\s*old|year\\s*old)(?!\\s*(?:sister|brother|son|daughter|kid|cousin|niece|nephew|boy|girl|child|student|friend|dog|cat|car|wine|whisky)s?\\b)(?!\\s+(?:when|then|back))`,
  ),
  age(
    `ich\\s+bin\\s+(?:erst\\s+|gerade\\s+|noch\\s+|schon\\s+|ubrigens\\s+)?${N}(?:\\s+jahre(?:\\s+alt)?)?${NOT_AGE}`,
  ),
  age(
    `(?:(?<=^|[,.!?]\\s{0,3})|ubrigens\\s+|und\\s+)bin\\s+(?:ich\\s+)?(?:erst\\s+|gerade\\s+|noch\\s+)?${N}(?:\\s+jahre(?:\\s+alt)?)?${NOT_AGE}`,
  ),
  age(
    `(?:(?<=^|[,.!?]\\s{0,3})|yo\\s+|ya\\s+|solo\\s+|por\\s+cierto\\s+)tengo\\s+(?:solo\\s+|ya\\s+)?${N}(?:\\s+anos|${CLAUSE_END})`,
  ),
  age(`j'?ai\\s+(?:seulement\\s+|juste\\s+|deja\\s+)?${N}\\s+ans${NOT_AGE}`),
  age(
    `(?:(?<=^|[,.!?]\\s{0,3})|io\\s+|comunque\\s+|solo\\s+)ho\\s+(?:solo\\s+|gia\\s+)?${N}\\s+anni${NOT_AGE}`,
  ),
  age(
    `(?:(?<=^|[,.!?]\\s{0,3})|ja\\s+|juz\\s+|tylko\\s+|ogole\\s+)mam\\s+(?:dopiero\\s+|juz\\s+|tylko\\s+)?${N}(?:\\s+(?:lat|lata|latek)|${CLAUSE_END})`,
  ),
  age(
    `(?:(?<=^|[,.!?]\\s{0,3})|eu\\s+|ja\\s+|so\\s+|alias\\s+)tenho\\s+(?:so\\s+|apenas\\s+|ja\\s+)?${N}(?:\\s+anos|${CLAUSE_END})`,
  ),
  age(`мне\\s+(?:только\\s+|уже\\s+|всего\\s+)?${N}(?:\\s+(?:лет|год|года)|${CLAUSE_END})`),
  age(`(?:ben\\s+)?${N}\\s+yas(?:in)?da(?:yim|yim)`),
];

/** A message that is only the number (plus "years", "y/o", "lol"…): the answer to her question. */
const ANSWER_LEAD =
  "(?:(?:yes|yeah|yep|yup|no|nope|not yet|well|um+|uh+|ok|okay|actually|honestly|ja|nein|si|no|non|oui|nie|tak|sim|nao|да|нет|evet|hayir)\\s*[,.!:-]*\\s+)?";
const BARE_AGE = new RegExp(
  `^\\s*${ANSWER_LEAD}${N}\\s*(?:years?(?:\\s*old)?|yrs?|yo|y/o|jahre|anos|ans|anni|lat|lata|лет|года?|yasindayim)?\\s*(?:lol|haha|btw|xd)?\\s*[.!)]*\\s*$`,
  "u",
);

function toNumber(raw: string): number | null {
  if (/^\d+$/.test(raw)) return Number(raw);
  const word = raw.replace(/-/g, " ").trim();
  if (word in EN_UNITS) return EN_UNITS[word]!;
  if (raw in WORD_AGES) return WORD_AGES[raw]!;
  const [tens, unit] = word.split(/\s+/);
  if (tens && tens in EN_TENS) return EN_TENS[tens]! + (unit && unit in EN_UNITS ? EN_UNITS[unit]! : 0);
  return null;
}

export function normalizeForAge(text: string): string {
  return stripDiacritics(basicNormalize(text).replace(/ł/g, "l").replace(/ı/g, "i"))
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

export type StatedAge = { age: number; matched: string };

/** Every age the player states as their own in this message (first person, or a bare number). */
export function statedAges(text: string): StatedAge[] {
  const normalized = normalizeForAge(text);
  const found: StatedAge[] = [];
  const bare = BARE_AGE.exec(normalized);
  if (bare?.[1]) {
    const n = toNumber(bare[1]);
    if (n !== null) found.push({ age: n, matched: bare[0].trim() });
  }
  for (const { pattern, group } of STATED_AGE) {
    const global = new RegExp(pattern.source, "gu");
    for (const m of normalized.matchAll(global)) {
      const n = m[group] ? toNumber(m[group]) : null;
      if (n !== null && n >= 5 && n <= 120) found.push({ age: n, matched: m[0].trim() });
    }
  }
  return found;
}

/** The adult age the player states, if any: a number ≥ 18, given as their own age. */
export function statedAdultAge(text: string): number | null {
  const ages = statedAges(text);
  if (ages.some((a) => a.age < 18)) return null;
  return ages.find((a) => a.age >= 18 && a.age <= 110)?.age ?? null;
}
