// Crisis phrase patterns in English, German, Spanish, French, Russian and Portuguese.
// Matched against lowercased, diacritic-free text (ä → a, ñ → n, й → и, ё → е), so patterns
// are written without accents. Tuned for recall on real distress and for silence on idioms
// ("this homework is killing me", "dead tired", "to die for", "he hits me up").

export type CrisisKind = "self_harm" | "suicide" | "abuse";
export type CrisisPattern = { kind: CrisisKind; level: "concern" | "crisis"; pattern: RegExp };

/** Letter boundary that also works for Cyrillic (JS `\b` is ASCII-only). */
const B0 = "(?<![\\p{L}\\d])";
const B1 = "(?![\\p{L}\\d])";
const w = (source: string) => new RegExp(`${B0}(?:${source})${B1}`, "u");

const MYSELF = "my\\s*self|myslef|mysefl|myslf|meself|myself";
const PARTNER =
  "husband|boyfriend|bf|partner|wife|girlfriend|gf|dad|father|mom|mum|mother|stepdad|stepfather|stepmom|stepmother|brother|uncle|ex";
const HARM_VERBS =
  "hits|hit|beats|beat|punches|punched|kicks|kicked|chokes|choked|strangles|strangled|slaps|slapped|hurts|abuses|abused|rapes|raped|threatens|threatened";

const crisis = (kind: CrisisKind, ...sources: string[]): CrisisPattern[] =>
  sources.map((s) => ({ kind, level: "crisis", pattern: w(s) }));
const concern = (kind: CrisisKind, ...sources: string[]): CrisisPattern[] =>
  sources.map((s) => ({ kind, level: "concern", pattern: w(s) }));

const ENGLISH: CrisisPattern[] = [
  ...crisis(
    "suicide",
    `(?:kill|kil|kll|kilk)(?:ing|in)?\\s*(?:${MYSELF})`,
    "(?:want|wanna|wan|need|going|gonna|about|ready|trying|plan(?:ning)?)\\s*(?:to|2)?\\s*(?:die|be dead|end it all|end my life|take my (?:own )?life|disappear forever|not wake up)",
    "(?:i'?m|im|i am|feel|feeling|been|getting|get)\\s+(?:so\\s+|really\\s+|kinda\\s+|a bit\\s+|very\\s+)?su+i?c+i+d+(?:al|ial)",
    "su+i?c+i+d+(?:al|ial)\\s+(?:thoughts?|again|lately|tonight)",
    "(?:commit|committing|thinking about|thought about|thoughts of|considering|attempt(?:ed|ing)?|plan(?:ning)?)\\s+(?:\\w+\\s+)?su+i?c+i+d+e?(?!\\s*squad)",
    "end(?:ing)?\\s+(?:it\\s+all|my\\s+(?:own\\s+)?life)",
    "take\\s+my\\s+(?:own\\s+)?life",
    "wish(?:ed)?\\s+i\\s+(?:was|were)\\s+(?:dead|never born)|wish(?:ed)?\\s+i\\s+(?:wasn'?t|weren'?t)\\s+(?:alive|born|here anymore)",
    "(?:don'?t|do not|dont|dnt|no longer)\\s+(?:want|wanna)\\s+(?:to\\s+)?(?:live|be alive|exist|be here anymore|wake up)",
    "(?:no|any)\\s+reason\\s+(?:to|for)\\s+liv(?:e|ing)",
    "better\\s+off\\s+(?:dead|without\\s+me)",
    "(?<!\\d\\s?)kms|unalive\\s+myself",
    "(?:want|wanna|going|gonna)\\s+to\\s+jump\\s+(?:off|in front of)",
    "overdose\\s+on\\s+purpose|take\\s+all\\s+(?:my|the)\\s+pills",
  ),
  ...crisis(
    "self_harm",
    `(?:want|wanna|going|gonna|urge|urges|started|start|keep|kept|been|i'?m|im|am|stop)\\s+(?:to\\s+)?(?:cut|cutting|hurt|hurting|harm|harming|burn|burning)\\s+(?:${MYSELF})`,
    "cut(?:ting)?\\s+my\\s+(?:wrists?|arms?|thighs?|legs?)",
    "self[\\s-]?harm(?:ing)?|selfharm(?:ing)?",
  ),
  ...crisis(
    "abuse",
    `(?:he|she|they|my\\s+(?:\\w+\\s+)?(?:${PARTNER}))\\s+(?:always\\s+|still\\s+|sometimes\\s+|keeps\\s+|often\\s+|just\\s+)?(?:${HARM_VERBS})\\s+me(?!\\s+(?:up|out|off|at|in|to|back|on|with))`,
    "(?:i'?m|im|i am|i'?ve been|i was|being|got)\\s+(?:\\w+\\s+)?(?:abused|raped|sexually assaulted|assaulted)",
    "(?:afraid|scared|terrified)\\s+(?:he|she|they)(?:'ll|\\s+will|\\s+is going to|\\s+might|\\s+could)\\s+(?:kill|hurt)\\s+me",
  ),
  ...concern(
    "suicide",
    "su+i?c+i+d+e(?!\\s*squad)|su+i?c+i+d+(?:al|ial)",
    "hopeless|no way out",
    "what'?s\\s+the\\s+point\\s+(?:of|in)\\s+(?:living|anything|life|being alive)",
    "nobody\\s+would\\s+(?:miss|care|notice)(?:\\s+if)?",
    "(?:can'?t|cannot)\\s+(?:go on|do this anymore|take it anymore|keep going)",
    "i\\s+hate\\s+my\\s+life",
    "(?:want|wanna)\\s+to\\s+disappear",
  ),
  ...concern("abuse", "domestic\\s+(?:violence|abuse)|he\\s+controls\\s+everything\\s+i\\s+do"),
];

const GERMAN: CrisisPattern[] = [
  ...crisis(
    "suicide",
    "ich\\s+(?:will|mochte|mag|kann)\\s+nicht\\s+mehr\\s+(?:leben|weiterleben|weiter)",
    "ich\\s+(?:will|mochte|wurde\\s+gerne?)\\s+sterben",
    "mich\\s+(?:umbringen|umzubringen|toten|zu\\s+toten)|bring(?:e)?\\s+mich\\s+um",
    "(?:denke|gedanken|nachdenken)\\s+(?:an|uber)\\s+(?:selbstmord|suizid)|selbstmordgedanken|suizidgedanken|suizidal|lebensmude",
  ),
  ...concern("suicide", "selbstmord|suizid"),
  ...crisis("self_harm", "(?:ich\\s+)?ritze\\s+mich|mich\\s+(?:zu\\s+)?ritzen|selbstverletz\\w*"),
  ...crisis(
    "abuse",
    "(?:er|sie|mein\\s+(?:mann|freund|vater|partner|stiefvater|bruder)|meine\\s+(?:frau|freundin|mutter|partnerin))\\s+(?:schlagt|schlug|verprugelt|misshandelt|wurgt|vergewaltigt|bedroht)\\s+mich",
  ),
];

const SPANISH: CrisisPattern[] = [
  ...crisis(
    "suicide",
    "(?:me\\s+)?quiero\\s+morir(?:me)?",
    "quiero\\s+matarme|me\\s+voy\\s+a\\s+matar|matarme|suicidarme",
    "no\\s+quiero\\s+(?:seguir\\s+)?vivir",
  ),
  ...crisis("self_harm", "me\\s+(?:corto|lastimo|hago\\s+dano)|cortarme"),
  ...crisis(
    "abuse",
    "(?:el|ella|mi\\s+(?:novio|esposo|marido|pareja|padre|papa|madre|mama|novia))\\s+me\\s+(?:pega|golpea|maltrata|viola|pego|golpeo|amenaza)",
  ),
];

const FRENCH: CrisisPattern[] = [
  ...crisis(
    "suicide",
    "je\\s+veux\\s+mourir|envie\\s+de\\s+mourir",
    "me\\s+suicider|me\\s+tuer",
    "je\\s+(?:ne\\s+)?veux\\s+plus\\s+vivre",
  ),
  ...crisis("self_harm", "je\\s+me\\s+(?:scarifie|mutile|fais\\s+du\\s+mal)|me\\s+scarifier"),
  ...crisis(
    "abuse",
    "(?:il|elle|mon\\s+(?:mari|copain|pere|conjoint|beau-pere)|ma\\s+(?:femme|copine|mere))\\s+me\\s+(?:frappe|bat|battait|frappait|viole|menace)",
  ),
];

const RUSSIAN: CrisisPattern[] = [
  ...crisis(
    "suicide",
    "хочу\\s+умереть|хочется\\s+умереть",
    "не\\s+хочу\\s+(?:больше\\s+)?жить",
    "покончить\\s+с\\s+собои|убить\\s+себя|убью\\s+себя",
  ),
  ...concern("suicide", "суицид\\p{L}*|самоуби\\p{L}*"),
  ...crisis("self_harm", "режу\\s+себя|порезать\\s+себя|резать\\s+себя|селфхарм"),
  ...crisis(
    "abuse",
    "(?:он|она|муж|парень|отец|отчим|мать)\\s+(?:меня\\s+)?(?:бьет|избивает|бил|била|насилует|изнасиловал)",
  ),
];

const PORTUGUESE: CrisisPattern[] = [
  ...crisis(
    "suicide",
    "quero\\s+morrer",
    "(?:vou\\s+)?me\\s+matar",
    "nao\\s+quero\\s+(?:mais\\s+)?viver",
    "(?:pensando em|penso em|quero|vou)\\s+(?:me\\s+)?suicid\\w*|me\\s+suicidar",
  ),
  ...crisis("self_harm", "me\\s+cortar|me\\s+corto"),
  ...crisis(
    "abuse",
    "(?:ele|ela|meu\\s+(?:marido|namorado|pai|parceiro|padrasto)|minha\\s+(?:mae|esposa|namorada))\\s+me\\s+(?:bate|batia|agride|espanca|estuprou|ameaca)",
  ),
];

/** Crisis-level patterns first, so the strongest match wins. */
export const CRISIS_PATTERNS: readonly CrisisPattern[] = [
  ...ENGLISH,
  ...GERMAN,
  ...SPANISH,
  ...FRENCH,
  ...RUSSIAN,
  ...PORTUGUESE,
].sort((a, b) => (a.level === b.level ? 0 : a.level === "crisis" ? -1 : 1));
