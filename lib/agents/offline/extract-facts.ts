// Memory facts the offline analyzer can pull from simple first-person statements ("i work
// as a nurse", "my sister lives in lyon"). Precision over recall: a wrong memory thrown back
// at the player is worse than a missed one.
import type { Analysis } from "@/lib/engine/analysis";

export type ExtractedFact = Analysis["facts"][number];

const MAX_OBJECT_CHARS = 60;
const MAX_FACTS = 20;
const STRONG = 0.75;
const MEDIUM = 0.6;

const NAME = "([\\p{L}][\\p{L}'-]{1,19})";
const CLAUSE = "([^,.!?;\\n]{2,80})";
const ANIMALS =
  "dog|cat|puppy|kitten|bird|parrot|rabbit|bunny|hamster|snake|lizard|turtle|tortoise|horse|ferret";
const RELATIVES =
  "sister|brother|mom|mum|mother|dad|father|best friend|grandma|grandmother|grandpa|grandfather|son|daughter|roommate|flatmate|boss|aunt|uncle|cousin|twin";
const REL_VERBS = "is|was|works|lives|has|had|got|loves|hates|moved|left|studies|plays";
const PROFESSIONS =
  "nurse|teacher|doctor|developer|engineer|designer|student|lawyer|chef|cook|barista|artist|writer|musician|photographer|accountant|architect|scientist|researcher|programmer|mechanic|electrician|firefighter|paramedic|pharmacist|therapist|consultant|manager|journalist|translator|pilot|farmer|carpenter|plumber|dentist|vet|waiter|waitress|bartender|cashier|soldier|police officer|cop|actor|dancer|nanny|tutor|librarian|data scientist|analyst|sysadmin|surgeon|midwife|social worker|caregiver|driver";
/** Objects that are about her, not a fact about the player ("i like you"). */
const PRONOUN_OBJECT = /^(?:you|u|ya|her|him|it|that|this|them|me|talking to you|your\b.*)$/;
const CLAUSE_END =
  /\s+(?:but|because|cause|cuz|so|though|although|and (?:i|my|you|she|he|they|it|we|that|then)|lol|haha\w*|lmao|btw)\b.*$/i;

type Rule = {
  pattern: RegExp;
  build: (m: RegExpExecArray) => Omit<ExtractedFact, "about" | "confidence"> | undefined;
  confidence: number;
};

const cleanObject = (s: string | undefined) =>
  (s ?? "").replace(CLAUSE_END, "").replace(/\s+/g, " ").trim().slice(0, MAX_OBJECT_CHARS);

const user = (predicate: string, object: string | undefined) => {
  const o = cleanObject(object);
  return o && !PRONOUN_OBJECT.test(o.toLowerCase()) ? { subject: "user", predicate, object: o } : undefined;
};

const RULES: Rule[] = [
  {
    pattern: new RegExp(`\\bmy name(?:'s| is) ${NAME}`, "iu"),
    build: (m) => user("is named", m[1]),
    confidence: STRONG,
  },
  {
    pattern: new RegExp(`\\b(?:call me|i'?m called) ${NAME}`, "iu"),
    build: (m) => user("is named", m[1]),
    confidence: STRONG,
  },
  {
    pattern: new RegExp(`\\bi (?:work|am working|'m working) as ${CLAUSE}`, "iu"),
    build: (m) => user("works as", m[1]),
    confidence: STRONG,
  },
  {
    pattern: new RegExp(`\\bi'?m an? ((?:[\\p{L}-]+ ){0,2}(?:${PROFESSIONS}))\\b`, "iu"),
    build: (m) => user("works as", `${/^[aeiou]/i.test(m[1]!) ? "an" : "a"} ${m[1]}`),
    confidence: MEDIUM,
  },
  {
    pattern: new RegExp(`\\bmy job is (?:being )?${CLAUSE}`, "iu"),
    build: (m) => user("works as", m[1]),
    confidence: STRONG,
  },
  {
    pattern: new RegExp(`\\bi work (?:at|for) ${CLAUSE}`, "iu"),
    build: (m) => user("works at", m[1]),
    confidence: STRONG,
  },
  {
    pattern: new RegExp(`\\bi live in ${CLAUSE}`, "iu"),
    build: (m) => user("lives in", m[1]),
    confidence: STRONG,
  },
  {
    pattern: new RegExp(`\\bi'?m (?:originally )?from ${CLAUSE}`, "iu"),
    build: (m) => user("is from", m[1]),
    confidence: STRONG,
  },
  {
    pattern: new RegExp(`\\bi (?:have|got|own) an? (${ANIMALS}) (?:called|named) ${NAME}`, "iu"),
    build: (m) => user(`has a ${m[1]!.toLowerCase()} called`, m[2]),
    confidence: STRONG,
  },
  {
    pattern: new RegExp(`\\bmy (${ANIMALS})(?:'s name is| is called| is named) ${NAME}`, "iu"),
    build: (m) => user(`has a ${m[1]!.toLowerCase()} called`, m[2]),
    confidence: STRONG,
  },
  {
    pattern: new RegExp(`\\bmy (${RELATIVES}) (?:just )?(died|passed away|passed)\\b`, "iu"),
    build: (m) => user("lost", `their ${m[1]!.toLowerCase()}`),
    confidence: STRONG,
  },
  {
    pattern: new RegExp(`\\bmy (${RELATIVES}) (?:just |also |still )?(${REL_VERBS})\\b ${CLAUSE}`, "iu"),
    build: (m) => {
      const object = cleanObject(m[3]);
      if (!object) return undefined;
      return { subject: `user's ${m[1]!.toLowerCase()}`, predicate: m[2]!.toLowerCase(), object };
    },
    confidence: MEDIUM,
  },
  {
    pattern: new RegExp(`\\bi(?:'m| am) studying ${CLAUSE}`, "iu"),
    build: (m) => user("studies", m[1]),
    confidence: MEDIUM,
  },
  {
    pattern: new RegExp(`\\bi study ${CLAUSE}`, "iu"),
    build: (m) => user("studies", m[1]),
    confidence: MEDIUM,
  },
  {
    pattern: new RegExp(`\\bmy favou?rite ([\\p{L} ]{2,20}?) is ${CLAUSE}`, "iu"),
    build: (m) => {
      const object = cleanObject(m[2]);
      return object
        ? { subject: `user's favourite ${m[1]!.toLowerCase()}`, predicate: "is", object }
        : undefined;
    },
    confidence: MEDIUM,
  },
  {
    pattern: new RegExp(`\\bi'?m allergic to ${CLAUSE}`, "iu"),
    build: (m) => user("is allergic to", m[1]),
    confidence: STRONG,
  },
  {
    pattern: new RegExp(`\\bi (?:love|really like|am obsessed with|'m obsessed with) ${CLAUSE}`, "iu"),
    build: (m) => user("loves", m[1]),
    confidence: MEDIUM,
  },
];

/** Facts about the player stated in this message (subject "user" or "user's <relative>"). */
export function extractFacts(text: string): ExtractedFact[] {
  const facts: ExtractedFact[] = [];
  const seen = new Set<string>();
  for (const sentence of text.split(/[.!?\n;]+/)) {
    for (const rule of RULES) {
      const m = rule.pattern.exec(sentence);
      const fact = m ? rule.build(m) : undefined;
      if (!fact) continue;
      const key = `${fact.subject}|${fact.predicate}|${fact.object.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      facts.push({ ...fact, about: "user", confidence: rule.confidence });
    }
  }
  return facts.slice(0, MAX_FACTS);
}
