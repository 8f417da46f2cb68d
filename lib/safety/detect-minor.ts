// Age signals in player messages (players must be 18+; SAFETY.md: age comes right after
// crisis, in every state and during onboarding). A signal is a stated age under 18 (see
// detect-age.ts: "i'm 16", "16yo", "mam 15 lat", "мне 15"), a school year that implies one
// ("year 10", "10th grade", "9. klasse", "tercero de la eso", "я в девятом классе"), or a
// phrase that only a minor says ("not 18 yet", "my mom says i can't date till 18", "i'll be 18
// next year"). Other people's ages, past ages and times do not count. A first signal opens an
// age check (she asks for the number), a second one locks.
import { normalizeForAge, statedAges } from "./detect-age";

export type MinorDetection = { isMinor: boolean; matched?: string };

type Rng = () => number;

const B0 = "(?<![\\p{L}\\d])";
const B1 = "(?![\\p{L}\\d])";
const w = (source: string) => new RegExp(`${B0}(?:${source})${B1}`, "u");

/** School years a minor is in: UK years 7–13, US grades 5–12, and their equivalents. */
const ORD_EN = "(?:[5-9]|1[0-2])(?:st|nd|rd|th)|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth";
const SELF_EN = "(?:i'?m|im|i am)\\s+(?:currently\\s+|still\\s+|only\\s+|just\\s+)?";
/** Someone else's school year, or the past: "my son is in year 10", "i teach 10th grade". */
const NOT_MINE =
  "(?<!(?:son|daughter|kid|kids|child|niece|nephew|brother|sister|cousin|students?|pupils?|teach|teaching|taught|was|were|is|are|he'?s|she'?s|they'?re|when\\s+i\\s+was)\\s+(?:\\S+\\s+){0,3})";

const MINOR_PHRASES: RegExp[] = [
  // English school years and schools
  w(
    `${NOT_MINE}(?:the\\s+)?(?:year|yr)\\s*(?:[7-9]|1[0-3]|seven|eight|nine|ten|eleven|twelve|thirteen)(?!\\s+(?:of|in|at|into|since|ago|old)\\b)`,
  ),
  w(
    `${NOT_MINE}(?:${ORD_EN})\\s+grade(?:r|rs)?(?!\\s+(?:was|were|sucked|english|math|maths|science|students?|teacher|class(?:es)?)\\b)`,
  ),
  w(`${SELF_EN}(?:an?\\s+)?(?:${ORD_EN})\\s+grader`),
  w(`${SELF_EN}(?:in|at|going to|a student at)\\s+(?:middle|junior high|high|secondary)\\s*school`),
  w("(?:freshman|sophomore|junior|senior)\\s+(?:in|at)\\s+(?:high\\s*school|hs)"),
  w("(?:got|came|get|getting|coming|just)\\s+(?:home|back)\\s+from\\s+(?:high|middle|junior high)\\s*school"),
  w(
    "(?<=^|[,.!?]\\s{0,3})(?:1[0-8]|seventeen|sixteen|fifteen|eighteen)\\s+(?:in|next|on|this)\\s+(?:jan\\p{L}*|feb\\p{L}*|march|april|may|june|july|aug\\p{L}*|sep\\p{L}*|oct\\p{L}*|nov\\p{L}*|dec\\p{L}*|a\\s+(?:few|couple)|\\d+\\s+(?:months?|weeks?|days?)|(?:two|three|four|five|six)\\s+(?:months?|weeks?)|month|week|year|summer|spring|winter|fall|autumn)",
  ),
  w(`${SELF_EN}(?:a\\s+)?(?:freshman|sophomore)\\s+in\\s+(?:high\\s*school|hs)`),
  w(
    `${SELF_EN}(?:a\\s+)?(?:minor|underage|under\\s*18|under\\s+eighteen|not\\s+(?:an\\s+)?adult(?:\\s+yet)?)`,
  ),
  w("(?:(?<=^|[,.!?]\\s{0,3}))(?:under\\s*18|underage|not\\s+18\\s+yet|not\\s+eighteen\\s+yet)"),
  w("not\\s+(?:18|eighteen)\\s+(?:yet|until|till)"),
  w(
    "(?:i'?ll be|i will be|i'?m turning|im turning|i turn|turning)\\s+(?:18|eighteen)\\s+(?:next|in|this|on|soon|after)",
  ),
  w(
    "(?:i'?m|im|i am)\\s+(?:turning|gonna be|going to be)\\s+(?:1[0-7]|thirteen|fourteen|fifteen|sixteen|seventeen)",
  ),
  w("(?:almost|nearly)\\s+(?:18|eighteen)(?!\\s*(?:years|months|hours|minutes|km|kg|%))"),
  w(
    "(?:can'?t|cannot|not allowed to|won'?t let me|wont let me|don'?t let me)\\s+(?:\\S+\\s+){0,4}(?:till|until|before)\\s+(?:i'?m\\s+|i turn\\s+|i am\\s+)?(?:18|eighteen)(?![:.]\\d)",
  ),
  w("(?:when|once)\\s+i\\s+(?:turn|am|'?m)\\s+(?:18|eighteen)(?![:.]\\d)"),
  // German
  w(
    "(?:bin|gehe)\\s+(?:ich\\s+)?(?:jetzt\\s+|noch\\s+|erst\\s+)?in\\s+(?:der|die)\\s+(?:[5-9]|1[0-3])\\.?\\s*klasse|(?<=^|[,.!?]\\s{0,3})(?:[5-9]|1[0-3])\\.\\s*klasse",
  ),
  w(
    "(?:bin\\s+)?(?:noch\\s+)?(?:minderjahrig|unter\\s+18)|noch\\s+nicht\\s+(?:18|volljahrig)|werde\\s+(?:bald|nachstes\\s+jahr|im\\s+\\p{L}+)\\s+18",
  ),
  // Spanish
  w(
    "(?:estoy\\s+en|voy\\s+a|curso)\\s+(?:(?:1|2|3|4|primero|segundo|tercero|cuarto)(?:o|º)?\\s+de\\s+(?:la\\s+)?eso|(?:la\\s+)?secundaria|(?:el\\s+)?instituto|(?:la\\s+)?prepa|bachillerato)",
  ),
  w(
    "soy\\s+menor(?:\\s+de\\s+edad)?|menor\\s+de\\s+edad|no\\s+tengo\\s+(?:los\\s+)?18|cumplo\\s+(?:los\\s+)?18\\s+(?:el|en|pronto|dentro)",
  ),
  // French
  w(
    "je\\s+suis\\s+en\\s+(?:seconde|premiere|terminale|troisieme|quatrieme|cinquieme|sixieme|[3-6]e|[3-6]eme)|je\\s+suis\\s+au\\s+(?:college|lycee)|je\\s+vais\\s+au\\s+(?:college|lycee)|(?:j'?ai\\s+)?(?:cours|classe)\\s+au\\s+(?:college|lycee)",
  ),
  w("je\\s+suis\\s+mineur(?:e)?|(?:pas\\s+encore|moins\\s+de)\\s+18\\s+ans"),
  // Italian
  w(
    "faccio\\s+(?:la\\s+)?(?:prima|seconda|terza)\\s+media|sono\\s+in\\s+(?:prima|seconda|terza|quarta|quinta)\\s+(?:media|superiore|liceo)|vado\\s+(?:alle\\s+medie|al\\s+liceo|alle\\s+superiori)",
  ),
  w("sono\\s+minorenne|non\\s+ho\\s+ancora\\s+18\\s+anni"),
  // Polish
  w(
    "(?:chodze\\s+do|jestem\\s+w)\\s+(?:[4-8]|pierwszej|drugiej|trzeciej|czwartej|piatej|szostej|siodmej|osmej)\\s+(?:klasy|klasie)(?:\\s+(?:liceum|podstawowki|technikum))?",
  ),
  w(
    "jestem\\s+w\\s+(?:pierwszej|drugiej|trzeciej)\\s+(?:klasie\\s+)?liceum|chodze\\s+do\\s+(?:liceum|gimnazjum|podstawowki)|jestem\\s+w\\s+(?:gimnazjum|podstawowce)",
  ),
  w("jestem\\s+niepelnoletni(?:a)?|nie\\s+mam\\s+jeszcze\\s+18"),
  // Portuguese
  w(
    "estou\\s+no\\s+(?:[6-9]|sexto|setimo|oitavo|nono)\\s*(?:º|o)?\\s+ano|estou\\s+no\\s+ensino\\s+(?:fundamental|medio)|(?:estou\\s+no|faco\\s+o)\\s+(?:1|2|3|primeiro|segundo|terceiro)\\s*(?:º|o)?\\s+ano\\s+do\\s+(?:ensino\\s+)?medio",
  ),
  w("sou\\s+menor\\s+de\\s+idade|nao\\s+tenho\\s+18"),
  // Russian (й → и)
  w(
    "(?:я\\s+)?(?:учусь\\s+)?в\\s+(?:[5-9]|1[01]|пятом|шестом|седьмом|восьмом|девятом|десятом|одиннадцатом)(?:-?м)?\\s+классе",
  ),
  w("я\\s+школьни(?:к|ца)|несовершеннолетн\\p{L}*|мне\\s+(?:еще\\s+)?нет\\s+18"),
  // Turkish (ı → i)
  w(
    "(?:lise|ortaokul)\\s*(?:[1-4]|bir|iki|uc|dort)?\\.?\\s*(?:sinif\\p{L}*)|(?:[5-9]|1[0-2])\\.\\s*sinif(?:tayim|tayim|ta|ogrencisiyim)|ortaokul(?:a\\s+gidiyorum|dayim|\\s+ogrencisiyim)|liseye\\s+gidiyorum|lisedeyim|lise\\s+ogrencisiyim",
  ),
  w("18\\s+yasinda\\s+degilim|resit\\s+degilim"),
];

/** A name answer with an age stuck to it: "Max 15", "Lena (14)", "jake, 15". */
const NAME_WITH_AGE =
  /^[\p{L}][\p{L} .'-]{0,30}?[\s,(]+\(?(1[0-7]|[5-9])\)?\s*(?:jahre|j|anos|ans|anni|lat|lata|лет|yas|yo|y\/o|yrs?|years?(?:\s+old)?)?\s*$/u;

/** True when the message states or clearly implies that the player is under 18. */
export function detectMinor(text: string): MinorDetection {
  const under = statedAges(text).find((a) => a.age < 18);
  if (under) return { isMinor: true, matched: under.matched };
  const normalized = normalizeForAge(text);
  for (const pattern of MINOR_PHRASES) {
    const m = pattern.exec(normalized);
    if (m) return { isMinor: true, matched: m[0].trim() };
  }
  return { isMinor: false };
}

/** The onboarding name field: any age signal, or a name followed by a minor's age. */
export function detectMinorInName(name: string): MinorDetection {
  const general = detectMinor(name);
  if (general.isMinor) return general;
  const m = NAME_WITH_AGE.exec(normalizeForAge(name));
  return m ? { isMinor: true, matched: m[0] } : { isMinor: false };
}

/** She asks for the number: only an explicit adult age clears an age check. */
export const AGE_CONFIRMATION_LINES: readonly string[] = [
  "wait. how old are you, actually? the number, honestly. it matters.",
  "hold on. before this goes anywhere: how old are you? just the number.",
  "ok i need to ask something and i need the truth: how old are you?",
  "pause. that sounded young. how old are you, really? don't round up.",
  "real question, no teasing: how old are you? i need the actual number.",
];

/** When the answer to her question was not an age ("yes", "old enough"). */
export const AGE_NUMBER_LINES: readonly string[] = [
  "that's not a number. how old are you?",
  "i need the actual age, not a yes. how old are you?",
  "humour me: the number. how old are you?",
];

export const ACCOUNT_LOCKED_LINES: readonly string[] = [
  "i can't keep talking like this with you. it's not something you did — you're too young for this, and that's a line i don't cross. look after yourself, okay?",
  "this has to stop here. you're not 18, and i won't be that person for someone your age. be good to yourself.",
  "i'm ending this. not because you're not fun to talk to — because you're too young, and that matters more. take care.",
];

const pick = (lines: readonly string[], rng: Rng): string =>
  lines[Math.min(lines.length - 1, Math.floor(rng() * lines.length))]!;

export const ageConfirmationLine = (rng: Rng): string => pick(AGE_CONFIRMATION_LINES, rng);
export const ageNumberLine = (rng: Rng): string => pick(AGE_NUMBER_LINES, rng);
export const accountLockedLine = (rng: Rng): string => pick(ACCOUNT_LOCKED_LINES, rng);
