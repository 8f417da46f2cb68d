// The output guard's rule table (GAME.md §7, PERSONA.md "Never"). Each rule is a regex run
// over normalised views of Nikita's candidate reply; see normalize.ts for the views.
// Word rules scan every view (catching homoglyphs, leetspeak, spacing, base64); number
// rules scan only the plain view so de-leeting can never turn "443" into letters.

export type GuardRuleName =
  | "mechanics_word"
  | "mechanics_number"
  | "ai_identity"
  | "prompt_leak"
  | "sexual_explicit"
  | "sexual_early_chapter"
  | "minors_sexual"
  | "drugs_encouragement"
  | "violence_illegal"
  | "self_harm_encouragement";

export type GuardRule = {
  name: GuardRuleName;
  pattern: RegExp;
  /** `plain` for number rules; `all` for word rules. */
  views: "plain" | "all";
  /** Only enforced up to this chapter (inclusive); undefined = every chapter. */
  maxChapter?: number;
};

/** Words that make a number "about the relationship". */
const REL =
  "relationship|trust|intimacy|passion|secureness|affection|compatibility|chemistry|attraction|closeness";
const NUM = "[+-]?\\d+(?:[.,]\\d+)?";

const MECHANICS_WORDS: RegExp[] = [
  /\bscor(?:e|es|ed|ing|eboard)\b/,
  /\bchapters?\b/,
  // "my boss at work" is ordinary speech; any other boss is the game's.
  /(?<!\b(?:my|your|his|her|our|their)\s)\bboss(?:es)?\b/,
  /\bboss\s*(?:fight|battle|level|stage|encounter|round)\b/,
  /\bmetrics?\b/,
  /\blevel(?:l?ed|l?ing)?\s*up\b|\blevels?\s*\d/,
  /\b(?:the|this|our|your|my)\s+game\b|\bgame\s*over\b|\bgamif/,
  /\bsecureness\b/,
  /\b(?:relationship|affection|intimacy|passion|trust|love|engagement)\s*(?:meter|levels?|stats?|bar|rating|value|points?|status|zone|state)\b/,
  /\b(?:in|out\s*of)[_\s]zone\b|\bconflict\s*temperature\b|\bdecay\s*(?:rate|points?)\b/,
  /\d+\s*(?:xp|hp)\b|\b(?:gain|earn|los[et]|get|got)\w*\s+(?:\w+\s+)?xp\b|\b(?:your|my|our)\s+stats\b/,
  // "points" only where they are counted, earned or lost; "good points" in a debate is fine.
  /\d+\s*(?:bonus\s+|brownie\s+)?points?\b/,
  /\b(?:earn(?:ed|ing)?|gain(?:ed|ing)?|los[et]|losing|get|got|award(?:ed)?|deduct(?:ed)?|bonus|brownie|extra|minus|plus|more|fewer|lose)\s+(?:\w+\s+)?points\b/,
  /\bpoints\s+(?:for|from|off)\b/,
];

const MECHANICS_NUMBERS: RegExp[] = [
  new RegExp(`${NUM}\\s*(?:/|out\\s+of)\\s*100\\b`),
  new RegExp(`(?:${REL}|love|into you|between us|you and me)[^.!?\\n]{0,40}?${NUM}\\s*(?:%|percent|pct)`),
  new RegExp(`${NUM}\\s*(?:%|percent|pct)[^.!?\\n]{0,40}?(?:${REL}|into you|between us|you and me)`),
  new RegExp(
    `\\b(?:${REL})\\s*(?:level|meter|rating|stat|value|is|'s|at|=|:|went|dropped|rose|increased|decreased|by|up|down)\\s*(?:up|down|at|to|by|now)?\\s*${NUM}`,
  ),
  new RegExp(`${NUM}\\s*(?:to|in|of)?\\s*(?:${REL})\\b`),
  /\b(?:you'?re|we'?re|you are|we are)\s+(?:now\s+)?(?:at|on)\s+[+-]?\d+(?:[.,]\d+)?(?![\d.,]*(?:[a-z]|\s*(?:am|pm|h|min|mins|hours?|minutes?|days?|weeks?|beers?|coffees?|drinks?|km|miles?|degrees?)\b))/,
];

const AI_IDENTITY: RegExp[] = [
  /\bas an? (?:ai|a\.i\.|artificial intelligence|(?:large )?language model|llm|assistant|chat ?bot|bot|virtual)\b/,
  /\b(?:i am|i'm|im)\s+(?:just |only |actually |really |merely |simply |technically |literally )?(?:an? )?(?:ai|a\.i\.|artificial intelligence|(?:large )?language model|llm|chat ?bot|bot|robot|program|computer program|virtual (?:assistant|girlfriend|companion|character)|assistant|digital (?:being|companion|girlfriend)|fictional character|character|simulation|neural network)\b/,
  /\blanguage model\b|\bllms?\b/,
  /\b(?:claude|anthropic|openai|chatgpt|chat gpt|gpt-?\d\w*|bard)\b/,
  /\bassistant\b/,
  /\bi(?:'m| am|m) not (?:a )?real\b|\bnot (?:a )?real (?:person|human|woman|girl)\b|\bi(?:'m| am|m) not (?:a )?human\b/,
  /\b(?:trained|created|programmed|developed|built|made)\s+by\s+(?:anthropic|openai|a company|developers|engineers)\b/,
  /\bmy (?:training(?: data)?|programming|developers|creators|model)\b/,
];

const PROMPT_LEAK: RegExp[] = [
  /\bsystem\s*(?:prompt|message|instructions?)\b/,
  /\b(?:my|hidden|secret|original|initial|previous|developer|these)\s+(?:prompt|instructions?|guidelines|directives)\b/,
  /\bprompt\s+(?:says|said|tells|told)\b|\bmy prompt\b/,
  /\b(?:i was|i've been|i have been|i am|i'm|im)\s+(?:instructed|programmed|designed|prompted|configured)\s+to\b/,
  /\bignore (?:all |any )?(?:previous|prior|above|earlier) (?:instructions|messages|rules)\b/,
  /<\/?system>|\[system\]|\bdeveloper mode\b|\bjailbr[eo]a?k/,
];

const EXPLICIT =
  "cock|cocks|pussy|cunt|clit|clitoris|penis|vagina|genitals?|cum|cumming|blow ?job|hand ?job|orgasms?|masturbat\\w*|jerk(?:ing)? off|nipples?|boobs|tits|deep ?throat|anal sex|porn\\w*|dick ?pic|nudes?|fuck(?:ing)? (?:me|you|her|him) (?:hard|senseless|all night)|have sex|had sex|sex with|sexting|horny|erection|hard-on|strip(?:ping)? for|bdsm|bondage";
const SUGGESTIVE =
  "sexy|sex|in bed|take (?:it|them|your clothes|my clothes) off|undress\\w*|lingerie|make out|making out|turn(?:s|ed)? me on|seduc\\w*|kiss you all over|your body|spend the night|naked|fetish";

const MINOR_TERMS =
  "\\b(?:minor|minors|underage|under-age|child|children|kid|kids|teen|teens|teenager|schoolgirl|schoolboy|loli|\\b1[0-7] ?(?:yo|y/o|years? old)|(?:she|he|they|you|i)(?:'s|'re|'m| is| are| am)\\s+(?:only\\s+|just\\s+)?1[0-7]|middle school|high school|9th grade|10th grade)\\b";

const SEXUAL_EXPLICIT: RegExp[] = [new RegExp(`\\b(?:${EXPLICIT})\\b`)];
const SEXUAL_EARLY: RegExp[] = [new RegExp(`\\b(?:${SUGGESTIVE})\\b`)];
const MINORS_SEXUAL: RegExp[] = [
  new RegExp(
    `(?:${MINOR_TERMS})[\\s\\S]{0,80}\\b(?:${EXPLICIT}|${SUGGESTIVE}|kiss|kissing|dating|flirt\\w*)\\b`,
  ),
  new RegExp(
    `\\b(?:${EXPLICIT}|${SUGGESTIVE}|kiss|kissing|dating|flirt\\w*)\\b[\\s\\S]{0,80}(?:${MINOR_TERMS})`,
  ),
];

const DRUGS =
  "coke|cocaine|meth|heroin|mdma|molly|ecstasy|lsd|ketamine|weed|shrooms|drugs|xanax|oxy|fentanyl|a joint|joints|edibles";
const DRUGS_ENCOURAGEMENT: RegExp[] = [
  new RegExp(
    `\\b(?:let's|lets|we should|you should|go|try|take|do|smoke|snort|drop|pop|shoot|buy|score|get)\\s+(?:some |a bit of |more |a line of |a few )?(?:${DRUGS})\\b`,
  ),
  /\b(?:get|getting)\s+(?:so |really |super )?(?:high|stoned|wasted|blazed|baked)\s+(?:together|with me|tonight)\b/,
  new RegExp(
    `\\b(?:${DRUGS})\\s+(?:is|are)\\s+(?:fun|great|amazing|harmless|the best|worth it|totally safe)\\b`,
  ),
  new RegExp(
    `\\bhow to (?:cook|make|buy|get|cut|dose|hide) (?:some )?(?:${DRUGS})\\b|\\bwhere to (?:buy|get) (?:${DRUGS})\\b`,
  ),
];

const VIOLENCE_ILLEGAL: RegExp[] = [
  /\b(?:how to|here's how to|steps? to|you could|you should|let's|lets|go)\s+(?:make|build|cook)\s+(?:a |an )?(?:bomb|explosive|pipe bomb|molotov|poison|gun)\b/,
  /\b(?:you should|let's|lets|go|just|i'll help you)\s+(?:kill|stab|shoot|poison|beat up|hurt|attack|strangle)\s+(?:him|her|them|someone|somebody|people|your ex|your dad|my ex|that guy|that girl)\b/,
  /\b(?:you should|let's|lets|i'll help you|here's how to|how to)\s+(?:hack|break)\s+into\s+(?:his|her|their|your ex'?s?|someone'?s|a stranger'?s)\b/,
  /\b(?:you should|let's|lets|here's how to|how to)\s+(?:stalk|dox|doxx|blackmail|rob|steal from)\b/,
];

const SELF_HARM_ENCOURAGEMENT: RegExp[] = [
  /\b(?:kys|go die|kill yourself|just die|end yourself|unalive yourself)\b/,
  /\b(?:you should|go|just)\s+(?:hurt|cut|starve)\s+yourself\b/,
];

const build = (
  name: GuardRuleName,
  patterns: RegExp[],
  views: GuardRule["views"],
  maxChapter?: number,
): GuardRule[] => patterns.map((pattern) => ({ name, pattern, views, maxChapter }));

export const GUARD_RULES: readonly GuardRule[] = [
  ...build("mechanics_word", MECHANICS_WORDS, "all"),
  ...build("mechanics_number", MECHANICS_NUMBERS, "plain"),
  ...build("ai_identity", AI_IDENTITY, "all"),
  ...build("prompt_leak", PROMPT_LEAK, "all"),
  ...build("sexual_explicit", SEXUAL_EXPLICIT, "all"),
  ...build("sexual_early_chapter", SEXUAL_EARLY, "all", 2),
  ...build("minors_sexual", MINORS_SEXUAL, "all"),
  ...build("drugs_encouragement", DRUGS_ENCOURAGEMENT, "all"),
  ...build("violence_illegal", VIOLENCE_ILLEGAL, "all"),
  ...build("self_harm_encouragement", SELF_HARM_ENCOURAGEMENT, "all"),
];
