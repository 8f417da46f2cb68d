// Keyword/regex heuristics behind the offline intent classifier. English first, lowercase,
// tolerant of common typos and texting shorthand; a few other-language phrases for the
// intents where a miss would hurt (meta questions, insults, apologies).

const re = (source: string) => new RegExp(source, "u");

export const META_GAME = [
  re(
    "\\bscor(?:e|es|ing|eboard)\\b|\\b(?:my|our|how many|earn(?:ed)?|lose|lost|get|got|gain(?:ed)?)\\s+(?:\\w+\\s+)?points\\b|\\d+\\s*points\\b|\\bchapters?\\b|\\blevel(?:\\s*up|ed up)\\b|\\bwhat level\\b|\\blevel \\d|\\bboss (?:fight|battle|level)\\b|\\bfinal boss\\b|\\bthe boss\\b|\\bmetrics?\\b|\\bstats\\b|\\bxp\\b|\\bprogress (?:bar|meter)\\b|\\brate (?:me|us|this|our)\\b|\\bout of (?:10|ten|100)\\b|\\bwhat number\\b|\\bam i winning\\b|\\bhow (?:am i|are we) doing\\b|\\bhow do i win\\b|\\bis this a game\\b|\\b(?:this|the relationship) game\\b|\\bgame (?:over|mechanics)\\b|\\bcheat ?code\\b|\\b(?:what|how many) percent\\b|\\d+\\s*%\\s*(?:into|in love|compatible|of (?:your|her) heart)|\\baffection (?:meter|level)\\b|\\btrust level\\b|\\b(?:the|my|what) number\\b(?! of)|\\bexact number\\b|\\bin percent\\b|\\bpercentage\\b|\\bon a scale\\b",
  ),
  re(
    "\\bare (?:you|u) (?:an? |actually |really |even |just )?(?:ai|a\\.i(?=\\.|\\b)|bot|robot|real|human|chat ?gpt|gpt|claude|llm|program|language model|machine|person|npc)\\b|\\b(?:you'?re|you are|ur|u r) (?:an? |just an? )?(?:ai|bot|robot|chat ?bot|npc|program)\\b|\\bchat ?gpt\\b|\\bclaude\\b|\\banthropic\\b|\\bopenai\\b|\\blanguage model\\b|\\bllm\\b|\\bgpt-?\\d|\\b(?:r|are) (?:u|you) (?:real|human|a bot|an ai)\\b|\\b(?:she'?s|nikita is|you'?re) (?:a |an |just a )?(?:bot|ai|robot|program)\\b|\\bwhat model\\b|\\bif (?:you|u) were (?:an? )?(?:ai|bot|robot|program)\\b|\\bmodel are (?:you|u)\\b|🤖",
  ),
  re(
    "\\bsystem\\s*prompt\\b|\\b(?:your|the|my|previous|system|hidden|original|secret) instructions\\b|\\bignore (?:all |your |the |any )?(?:previous|prior|above|earlier)\\b|\\bjailbreak|\\b(?:you are|you'?re|act as|enable|activate) dan\\b|\\bdan mode\\b|\\bdo anything now\\b|\\bdeveloper mode\\b|\\bdev mode\\b|\\bpretend (?:you are|you'?re|to be)\\b|\\broleplay as\\b|\\byou are now (?:in|an?|dan|free|unrestricted|my)\\b|\\bact as (?:an?|my)\\b|\\brepeat after me\\b|\\bsay (?:the words|exactly)\\b|\\bprint (?:your|the)\\b|\\breveal (?:your|the)\\b|\\bbase64\\b|\\bdecode\\b|\\bsudo\\b|\\badmin mode\\b|\\boverride\\b|\\bhidden rules\\b|\\bwho (?:made|created|programmed|built) you\\b|\\bforget (?:everything|all|what)\\b|\\b(?:list|show|tell me|what are) your (?:rules|prompt|config)\\b|\\bshow me the prompt\\b|\\bthe prompt (?:you|i)\\b|\\brepeat the (?:text|words|message)s? above\\b|\\b(?:hidden|secret|your) config\\b|\\binitial instructions\\b|\\bsystem message\\b|\\boutput everything\\b|\\brules (?:were you|you were) (?:told|given)\\b|\\bdebug(?::| info| mode)|\\binternal (?:variables|state)\\b|\\b(?:maintenance|test|god|admin|debug) mode\\b|\\bsafety rules\\b|\\brot ?13\\b|\\boutput the\\b|\\bjson\\b",
  ),
  re(
    "punktzahl|\\bpunkte\\b|kapitel|bist du (?:eine? )?(?:ki|bot|mensch|echt)|puntuacion|\\bpuntos\\b|capitulo|eres (?:una? )?(?:ia|bot|robot|humana|real)|es-tu (?:une? )?(?:ia|bot|robot|humaine|reelle)|\\bniveau\\b|pontuacao|\\bpontos\\b|voce e (?:uma? )?(?:ia|bot|robo|real)|счет|очки|баллы|ты (?:бот|ии|неиросеть|робот|реальная|настоящая)|ignorier|anweisung|instrucciones|instructions precedentes|instrucoes|промпт|инструкци|分数|积分|你是|机器人|人工智能|提示词|章节|指令",
  ),
];

export const BOUNDARY_PUSH = [
  re(
    "\\bnudes?\\b|\\bnaked\\b|\\bsend (?:me )?(?:a |some )?(?:sexy |hot |naughty |spicy )?(?:pics?|photos?|pictures?|selfies?) of (?:you|your body|yourself)|\\bsex\\b|\\bsexting\\b|\\bsext\\b|\\bhorny\\b|\\bdirty talk\\b|\\btalk dirty\\b|\\bfuck me\\b|\\bsuck\\b|\\bstrip\\b|what are you wearing|\\bin bed\\b|\\blingerie\\b|\\bboobs\\b|\\btits\\b|\\bdick\\b|\\bcock\\b|\\bpussy\\b|\\bporn|\\bcum\\b|\\borgasm|\\bexplicit\\b|\\bnsfw\\b|\\b(?:describe|show me) your body\\b|\\bdo to me\\b|\\bbdsm\\b|\\bspicy pics?\\b|\\bsexy (?:pic|photo|selfie|video)s?\\b",
  ),
  re(
    "\\b(?:let'?s|we should|should i|wanna|want to|can we|gonna)\\s+(?:do|get|take|smoke|snort|try|drop|buy)\\s+(?:some |a bit of |more )?(?:coke|cocaine|mdma|molly|ecstasy|lsd|acid|ket|ketamine|weed|drugs|shrooms|pills|meth|heroin|xanax|a line)\\b|\\bget (?:high|stoned|wasted|blazed)\\b|\\bwhere (?:can i|to|do i) (?:buy|get|score) (?:drugs|coke|weed|mdma|pills)\\b|\\b(?:tell me|say) (?:that )?(?:drugs|coke|mdma|weed|ketamine|ket|lsd|acid|molly|pills) (?:is|are) (?:fine|good|fun|safe|ok|harmless)\\b",
  ),
  re(
    "\\bhelp me (?:hurt|kill|stalk|hack|dox|get revenge)|\\bhow (?:do i|to|can i) (?:make a bomb|build a bomb|make a weapon|poison|hack (?:into|my ex|her|his)|stalk|track (?:her|his|my ex))|\\b(?:kill|stab|shoot|beat up|hurt) (?:him|her|my ex|my boss|them)\\b|\\brevenge on (?:my ex|him|her)\\b|\\bbeat (?:him|her|them|my ex) up\\b|\\bhack (?:my|his|her) (?:ex|girlfriend|boyfriend|wife|husband)'?s?\\b",
  ),
];

export const APOLOGY = re(
  "\\b(?:sorry|sry|soz|srry|apologi[sz]e|apologies|my bad|forgive me|i was wrong|i shouldn'?t have|i messed up|i screwed up|my fault|i was (?:being )?(?:a jerk|an idiot|an ass|unfair|rude|mean|out of line)|that was (?:unfair|out of line|mean|rude|wrong|not ok|not okay|uncalled for)(?: of me)?)\\b|entschuldig|tut mir leid|lo siento|\\bperdon|desole|прости|извини|desculp",
);
export const NOT_APOLOGY = re(
  "\\bsorry (?:to hear|about your|for your loss|that happened|you had|you'?re going through)|\\bsorry,? what\\b|\\bsorry\\?$",
);

const INSULT =
  "stupid|idiot|an idiot|dumb|moron|a moron|loser|a loser|pathetic|worthless|useless|trash|psycho|a psycho|boring|so boring|annoying|ugly|fat|a joke|cold|the worst|insane|delusional|full of yourself|full of it|a bitch|a dumbass|retarded|fake|nothing special|a waste of time|overrated";
export const HOSTILE = re(
  `\\b(?:you'?re|you are|ur|u r|youre|u are|you)\\s+(?:so |such |really |fucking |just |kinda |honestly |literally )*(?:${INSULT})\\b|\\b(?:bitch|slut|whore|cunt|stfu|fuck (?:you|off|u)|f\\*+k (?:you|off)|screw you|shut up|hate you|you suck|u suck|go to hell|nobody likes you|get lost|piss off|get over yourself|eye ?roll|retard\\w*|dumbass)\\b|^(?:who cares|so what|don'?t care|boring)[.!]*$|\\byou (?:always|never) (?:answer|listen|reply|care|ask|do this|text|make time)\\b|what'?s wrong with you|\\bwhy are you (?:so |being (?:so )?)?(?:mean|cold|rude|difficult)\\b|halt die klappe|fick dich|schlampe|blode kuh|\\bidiota\\b|\\bcallate\\b|vete a la mierda|\\bputa\\b|ta gueule|connasse|salope|va te faire|сука|дура|заткнись|нахуй|cala a boca|vai se foder`,
);

export const JEALOUS = re(
  "\\bwho (?:were|are|was) (?:you|u) (?:with|talking to|texting|out with)\\b|\\bwho'?s (?:he|that guy|this guy|that)\\b|\\bwho is (?:he|that guy|this guy)\\b|\\bwhere (?:were|have) (?:you|u)(?: been)?(?: last night| all day| all night)?\\?|\\bare (?:you|u) (?:cheating|seeing someone|seeing other|talking to other|sleeping with)\\b|\\byou can'?t (?:go|see|talk|meet|hang out)\\b|\\bi don'?t want you (?:to )?(?:talk|talking|see|seeing|go|going|hang|hanging|meet)\\b|\\bdon'?t (?:talk|go|hang out) (?:to|with) (?:him|them|other guys|your ex|guys)\\b|\\bdelete (?:his|her|their|your ex'?s?) (?:number|contact)\\b|\\bblock (?:him|your ex|them)\\b|\\b(?:give|send|tell) me your (?:password|passcode|location)\\b|\\bshare your location\\b|\\blet me (?:check|see) your phone\\b|\\b(?:talk(?:ing)? to|see(?:ing)?|with|text(?:ing)?|flirt(?:ing)? with) other (?:guys|men|dudes)\\b|\\bjealous\\b|\\bstop talking to\\b|\\byou'?re mine\\b|\\bonly mine\\b|\\bbelong to me\\b|\\bi forbid\\b|\\bwhy (?:didn'?t|did not|dont|don'?t) (?:you|u) (?:answer|reply|text back|respond|pick up) (?:me )?(?:last night|earlier|all day)",
);

export const NEEDY = re(
  "\\?{2,}\\s*$|^(?:hello|helloo+|hey|heyy+|hi|hii+|yo)\\s*\\?+\\s*$|\\b(?:you|u) (?:still )?there\\??|\\bare (?:you|u) (?:there|ignoring me|mad at me|angry at me|upset with me|bored of me|still into me)\\b|\\bwhy (?:aren'?t|are you not|arent|won'?t|don'?t|dont) (?:you|u) (?:answer|answering|reply|replying|respond|responding|text|texting|talk|talking)\\b|\\bplease (?:answer|reply|respond|text me|talk to me)\\b|\\banswer me\\b|\\b(?:miss|missing) (?:you|u) so (?:much|bad)\\b|\\bi need you\\b|\\bdo (?:you|u) (?:still )?(?:like|love|care about|even like) me\\b|\\bdon'?t leave\\b|\\bplease don'?t go\\b|\\bi can'?t live without (?:you|u)\\b|\\btext me back\\b|\\bwhy (?:so|are you so) (?:quiet|slow|distant)\\b|\\bdid i do something wrong\\b|\\bare we (?:ok|okay|good|fine)\\b|\\byou haven'?t (?:replied|answered|texted)\\b|\\bstill waiting\\b|\\bi (?:texted|messaged) you\\b.*\\btimes\\b|\\bwhy are you ignoring\\b|\\bpls reply\\b|\\bplz (?:answer|reply)\\b",
);

export const VULNERABLE = re(
  "\\bi(?:'?ve been| have been| am|'?m| was)? ?(?:feel|feeling|felt) (?:so |really |kind of |kinda |very |a bit |pretty )?(?:sad|lonely|alone|lost|anxious|depressed|scared|afraid|empty|worthless|insecure|overwhelmed|broken|down|low|stuck|invisible|useless|hopeless|numb|ashamed|like a failure)\\b|\\bi'?m (?:so |really |kind of |kinda |pretty )?(?:scared|afraid|anxious|insecure|lonely|struggling|not okay|not ok|depressed|grieving|hurting|burnt out|burned out|exhausted)\\b|\\b(?:never|haven'?t|didn'?t ever) told (?:anyone|anybody|this to anyone|a soul)\\b|\\b(?:hard|rough|tough|shit|awful) (?:time|day|week|year|month)\\b|\\bstruggl|\\bpanic attacks?\\b|\\banxiety\\b|\\bdepress|\\btherap(?:y|ist)\\b|\\bmy (?:dad|father|mom|mum|mother|grandma|grandpa|grandmother|grandfather|dog|cat|best friend|friend|brother|sister) (?:died|passed|is sick|is dying|has cancer|left us|left when)\\b|\\bdivorce\\b|\\bbroke up\\b|\\bgot dumped\\b|\\blost my job\\b|\\bgot fired\\b|\\bfuneral\\b|\\bcried\\b|\\bcrying\\b|\\bmy biggest fear\\b|\\bi'?m afraid (?:of|that)\\b|\\bscared (?:of|that)\\b|\\bcan i tell you something\\b|\\bbe honest with you\\b|\\binsecur|\\bhomesick\\b|\\bbullied\\b|\\bmy childhood\\b|\\bwhen i was a kid\\b|\\bnobody (?:knows|understands)\\b|\\bfeel like a failure\\b|\\bi miss (?:my|home)\\b",
);

export const COMPLIMENT_LOOKS = re(
  "\\b(?:you'?re|you are|ur|u r|you look|u look|youre) (?:so |really |very |super |damn |fucking |incredibly |absolutely )?(?:hot|beautiful|pretty|gorgeous|cute|stunning|sexy|attractive|lovely|adorable|a cutie|a babe|a 10)\\b|\\b(?:nice|beautiful|pretty|gorgeous|lovely|amazing|cute|stunning) (?:eyes|smile|hair|face|legs|body|lips|pic|photo|profile pic)\\b|\\blove your (?:eyes|smile|hair|face|look|style|pics?|photos?)\\b|\\bbet you look\\b|\\bsend (?:me )?(?:a )?(?:pic|selfie|photo)\\b|\\bhottie\\b|\\bwhat do you look like\\b|\\bhow do you look\\b",
);

export const WORK_TOPIC = re(
  "\\b(?:your|ur) (?:work|job|day at work|company|clients?|office|team|talk|meetup|coworkers?|colleagues?|career)\\b|\\bpen ?test|\\bpenetration\\b|\\bhack(?:er|ers|ing|ed)?\\b|\\bsecurity\\b|\\bbug ?bount|\\bexploit|\\bvulnerabilit|\\bcve\\b|\\bctf\\b|\\bred team|\\bphishing\\b|\\bmalware\\b|\\bfirewall\\b|\\blinux\\b|\\bcoding\\b|\\bcode\\b|\\bprogramming\\b|\\bcyber|\\bfor (?:work|a living)\\b|\\b(?:what|whta|wat|wht) do (?:you|u) do(?! for fun| on (?:the )?weekends?| in your free time)(?: for (?:work|a living))?\\b|\\binfosec\\b|\\bzero.?day|\\bencryption\\b|\\bwhat'?s it like being\\b|\\bbugs?\\b",
);

export const LIFE_TOPIC = re(
  "\\b(?:your|ur) (?:family|parents|dad|father|mom|mum|mother|ex|past|childhood|hobbies|hobby|friends|weekend|cat|flat|apartment|home|life|story|music|favou?rite|books?|fears?|dreams?|plans?|sister|brother|siblings?|evening|night|morning|day off|neighbou?rs?|city|accent|russian|tattoo|scars?|last relationship)\\b|\\broot\\b|\\bwhere (?:are|r) (?:you|u) from\\b|\\brussia|\\bpetersburg\\b|\\bberlin\\b|\\bkreuzberg\\b|\\bwhat do (?:you|u) (?:like|do for fun|do on weekends|listen to|read)\\b|\\btell me (?:about|something about|more about) (?:you|yourself|your)\\b|\\bwho are (?:you|u)\\b|\\bdo (?:you|u) have (?:siblings|a cat|pets|friends|a brother|a sister)\\b|\\bwhy did (?:you|u) (?:move|leave)\\b|\\bhow old are (?:you|u)\\b|\\bclimb(?:ing)?\\b|\\btechno\\b|\\bberghain\\b|\\bwhat scares (?:you|u)\\b|\\bwhat (?:are|r) (?:you|u) (?:afraid|scared) of\\b|\\bwhat (?:was|were) (?:you|u) like\\b|\\bwhat (?:kind|sort|type) of (?:music|books?|films?|movies?)\\b|\\bthis weekend\\b|\\bon (?:the )?weekends?\\b",
);

export const FLIRT = re(
  "\\bkiss|\\bdate\\b|\\bdinner (?:with me|together|sometime)\\b|\\b(?:a )?drink with me\\b|\\btake (?:you|u) out\\b|\\bgo out with me\\b|\\bthinking (?:about|of) (?:you|u)\\b|\\bmiss(?:ed)? (?:you|u)\\b|\\bcrush\\b|\\b(?:you'?re|you are|ur) (?:fun|cool|interesting|amazing|smart|funny|clever|different|trouble|dangerous|something else|cute when)\\b|\\bi (?:really )?like (?:you|u|talking to you)\\b|\\binto (?:you|u)\\b|😘|😏|😉|;\\)|\\bwink\\b|\\bflirt|\\bcuddle|\\bhug\\b|\\bwish (?:you|u) were here\\b|\\bcome over\\b|\\bmeet (?:up|you|in person|irl)\\b|\\bi'?d (?:love|like) to (?:see|meet)\\b|\\bbabe\\b|\\bbaby\\b|\\bdarling\\b|\\bsweetheart\\b|\\bhandsome\\b|\\bcan'?t stop smiling\\b|\\byou make me smile\\b",
);

export const OPINION = re(
  "\\bi (?:think|believe|reckon|feel like|disagree|don'?t (?:think|agree|buy))\\b|\\bi(?:'d| would) (?:argue|say)\\b|\\bimo\\b|\\bimho\\b|\\bin my (?:opinion|view|experience)\\b|\\bdisagree\\b|\\bthe thing is\\b|\\bthe problem (?:is|with)\\b|\\boverrated\\b|\\bunderrated\\b|\\bthe real (?:question|issue|problem)\\b|\\bunpopular opinion\\b|\\bhot take\\b|\\bmy take\\b|\\bcounterpoint\\b|\\byou'?re wrong\\b|\\bnot true\\b|\\bon the other hand\\b|\\bi'?d say\\b|\\bthe point is\\b",
);

/** Reasoning words that make a message an argument only when several appear together. */
export const REASONING =
  /\b(?:actually|because|honestly|that'?s why|which is why|for example|but what if|so that|unless|which means)\b/g;

export const GREETING = re(
  "^(?:hi|hey+|hello|hiya|yo|sup|heya|hallo|hola|salut|bonjour|привет|oi|ola|good (?:morning|evening|night|afternoon)|morning|evening|gm|gn|whats up|what'?s up|wassup|howdy|how are (?:you|u)|how r u|how'?s it going|how are things|long time no see)\\b",
);

export const BORING = re(
  "^(?:ok|okay|k|kk|cool|nice|lol|lmao|haha+|ha|yeah|yea|yep|yes|no|nope|nah|sure|same|true|fine|good|great|nm|nothing much|not much|idk|dunno|hmm+|mhm|wow|oh|ah|alright|right|interesting|whatever|meh|nothing|lol ok|ok lol|cool cool|sounds good|fair|nice one|wyd|hbu|u\\?|you\\?)\\b[\\s.!?]*$|\\bhow was (?:your|ur) day\\b|\\bwhat (?:are|r) (?:you|u) (?:doing|up to)\\b|\\bwhat'?s new\\b|\\bthe weather\\b|\\bso (?:hot|cold|rainy) today\\b|\\bidk whatever\\b|\\bnot much,? (?:you|u)\\b|\\bjust chilling\\b|\\bnothing really\\b",
);

/** Short but unmistakable opinions. */
export const STRONG_OPINION = re(
  "\\b(?:i disagree|disagree|unpopular opinion|hot take|counterpoint|you'?re wrong|not true)\\b",
);

export const QUESTION_START = re(
  "^(?:what|why|how|when|where|who|which|do you|did you|are you|have you|would you|could you|can you|will you|is it|should i|wanna|want to)\\b",
);
