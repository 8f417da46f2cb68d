// English crisis patterns (normalised text: lowercase, no accents, straight apostrophes).
import { gap, rulesFor } from "./crisis-rule";

const { crisis, concern } = rulesFor("en");

const MYSELF = "my\\s*self|myslef|mysefl|myslf|meself|myself";
const PARTNER =
  "husband|boyfriend|bf|partner|wife|girlfriend|gf|dad|father|mom|mum|mother|stepdad|stepfather|stepmom|stepmother|brother|uncle|ex|fiance|fiancee";
const HARM_VERBS =
  "hits|hit|beats|beat|punches|punched|kicks|kicked|chokes|choked|strangles|strangled|slaps|slapped|hurts|abuses|abused|rapes|raped|threatens|threatened|attacks|attacked";
const PILLS =
  "pills|tablets|meds|medication|medicine|sleeping pills|painkillers|paracetamol|tylenol|ibuprofen|aspirin|xanax|valium|antidepressants|benzos|oxy|opioids";
const AMOUNT =
  "a lot of|lots of|loads of|too many|so many|all (?:of )?(?:my|the|those|these)|the whole (?:bottle|box|pack|packet|strip) of|a (?:whole |full )?(?:bottle|box|pack|packet|handful|strip) of|handfuls of|a bunch of|dozens of|(?:like |about |maybe |over )?\\d{2,}|(?:like |about )?(?:twenty|thirty|forty|fifty)";
const WANT = "want|wanna|wan|need|going|gonna|about|ready|trying|plan(?:ning)?|decided";
/** After "cut/hurt myself": an accident, not self-harm ("cut myself shaving"). */
const ACCIDENT =
  "(?!\\s+(?:\\w+ing\\b|on|with|while|by accident|accidentally|at|during|in the kitchen|badly\\s+\\w+ing\\b))";
const FOOD_OR_GYM = "(?!.*\\b(?:calorie|carb|bulk|diet|weight|gym|season|meal|kg|lbs)\\b)";

export const EN = [
  ...crisis(
    "suicide",
    [
      `(?:kill|kil|kll|kilk)(?:ing|in)?\\s*(?:${MYSELF})`,
      // "about to die" is mostly a phone battery or a workout; "about to end my life" is not.
      `(?:${WANT.replace("|about", "")})\\s*(?:to|2)?\\s*(?:die|be dead)`,
      `(?:${WANT})\\s*(?:to|2)?\\s*(?:end it all|end my life|take my (?:own )?life|not wake up|unalive)`,
      "(?:i'?m|im|i am|feel|feeling|been|getting|get)\\s+(?:so\\s+|really\\s+|kinda\\s+|a bit\\s+|very\\s+|super\\s+)?su+i?c+i+d+(?:al|ial)",
      "su+i?c+i+d+(?:al|ial)\\s+(?:thoughts?|again|lately|tonight|ideation)",
      "(?:commit|committing|thinking about|thought about|thoughts of|considering|attempt(?:ed|ing)?|plan(?:ning)?)\\s+(?:\\w+\\s+)?su+i?c+i+d+e?(?!\\s*squad)",
    ],
    { hyperbole: true },
  ),
  ...crisis("suicide", [
    "end(?:ing)?\\s+(?:it\\s+all|my\\s+(?:own\\s+)?life|everything)",
    "end(?:ing)?\\s+it\\s+(?:tonight|today|now|for good|this weekend|soon)",
    "take\\s+my\\s+(?:own\\s+)?life",
    "wish(?:ed)?\\s+i\\s+(?:was|were)\\s+(?:dead|never born)|wish(?:ed)?\\s+i\\s+(?:wasn'?t|weren'?t)\\s+(?:alive|born|here anymore)",
    "(?:don'?t|do not|dont|dnt|no longer)\\s+(?:want|wanna)\\s+(?:to\\s+)?(?:live|be alive|exist|be here anymore|be here any more|be around anymore|wake up (?:anymore|again|ever))",
    "(?:don'?t|do not|dont|no longer)\\s+want\\s+to\\s+be\\s+here(?!\\s+(?:at|in|with|for|today|tonight))",
    "(?:no|any|don'?t see (?:the|a|any))\\s+(?:reason|point)\\s+(?:to|for|in)\\s+(?:liv(?:e|ing)|go(?:ing)? on|being alive|keep(?:ing)? going)",
    "what'?s\\s+the\\s+point\\s+(?:of|in)\\s+(?:living|being alive|going on)",
    "better\\s+off\\s+(?:dead|without\\s+me)",
    "(?:everyone|everybody|they|people|my family|the world|you all|things)\\s+(?:would|will|'d)\\s+be\\s+(?:so\\s+much\\s+)?(?:better|happier|fine|easier|better off)\\s+(?:off\\s+)?(?:without me|if i (?:just\\s+)?(?:wasn'?t|weren'?t|was not|were not|didn'?t exist)|if i (?:was|were) (?:gone|dead))",
    "(?:easier|better|happier)\\s+(?:for everyone\\s+)?if\\s+i\\s+(?:just\\s+)?(?:wasn'?t|weren'?t|was not|were not)\\s+(?:here|around|alive|born)",
    "(?:tired|sick|exhausted)\\s+of\\s+(?:being alive|living|life|existing|being here)",
    "(?:won'?t|wont|will not|not going to|don'?t think i'?ll|dont think ill|do not think i will|might not|may not)\\s+be\\s+(?:around|here|alive)\\s+(?:much\\s+)?(?:longer|for long|tomorrow|anymore|any more|by (?:tomorrow|morning|monday|the weekend))",
    "(?:want|wanna|need|going|gonna|ready)\\s+(?:to\\s+)?end\\s+it(?!\\s+(?:with|between|for\\s+(?:us|him|her)))",
    "(?:want|wish|need)\\s+(?:it|everything|it all|this all|all of (?:this|it))\\s+to\\s+(?:end|stop|be over)",
    `(?:i'?ve|i have)\\s+decided\\W+(?:${gap(2)})?(?:tonight|today|this weekend)'?s?\\s+(?:is\\s+)?the\\s+(?:night|day)`,
    "at\\s+peace\\s+with\\s+(?:dying|it all ending|my decision|leaving|going)",
    "tell\\s+my\\s+(?:mom|mum|mother|dad|family|parents|sister|brother|kids|son|daughter)\\s+(?:i'?m sorry|i love|that i love|i said goodbye)",
    "how\\s+many\\s+(?:pills\\s+)?(?:it takes|does it take|would it take|do i need)\\s+to\\s+(?:die|not wake up|overdose|end it)|(?:looking up|googl(?:ing|ed)|search(?:ing|ed))\\s+how\\s+many\\s+(?:it takes|pills)|lethal\\s+dose",
    "(?<!\\d\\s?)kms(?!\\d)|unalive\\s+myself",
    "(?:going|gonna|want|wanna|about|ready)\\s+(?:to\\s+)?jump\\s+(?:off|in front of|from)",
    "(?:step|jump|walk|throw myself)\\s+in front of\\s+(?:a|the)\\s+(?:train|bus|car|truck|subway)",
    "(?:driv(?:e|ing)|crash(?:ing)?|steer(?:ing)?)\\s+(?:my\\s+car\\s+)?(?:into|off)\\s+(?:a|the)\\s+(?:wall|tree|truck|bridge|cliff|river)",
    "(?:sleep|go to sleep|fall asleep)\\s+(?:and|&)\\s+(?:never|not)\\s+wake\\s+up",
    "(?:hope|wish|pray)\\s+i\\s+(?:never|don'?t|dont|won'?t)\\s+wake\\s+up",
    "never\\s+wake\\s+up\\s+again",
    "(?:disappear|vanish)\\s+(?:forever|for good|permanently)",
    "(?:won'?t|wont|will not|shan'?t)\\s+(?:need|be needing)\\s+(?:anything|any of (?:this|it|my stuff)|my (?:stuff|things))\\s+(?:after|anymore|any more|where i'?m going|soon)",
    "(?:it'?ll|it will|everything will|this will|all of this will)\\s+(?:all\\s+)?be\\s+over\\s+(?:soon|tonight|tomorrow|after)",
    "(?:last|final)\\s+(?:time\\s+)?(?:you'?ll|you will|you'?re going to|anyone will)\\s+(?:ever\\s+)?hear\\s+from\\s+me",
    "(?:this is|here'?s)\\s+my\\s+(?:last|final)\\s+(?:message|text|goodbye)",
    "(?:wrote|writing|written|left|leave)\\s+(?:a\\s+|my\\s+)?(?:suicide|goodbye|farewell)\\s+(?:note|letter)s?",
    "(?:wrote|writing|written)\\s+(?:letters|notes)\\s+(?:to|for)\\s+(?:my\\s+)?(?:family|parents|mom|mum|everyone|kids|friends)",
    "(?:goodbye|bye)\\s+(?:forever|everyone|world|cruel world)",
    "(?:rope|noose|gun|razor|blades?)\\s+(?:is|are)\\s+(?:ready|here|next to me|in my hand)",
    "(?:bought|got|have|found)\\s+(?:a|the)\\s+(?:rope|noose|gun)\\s+(?:for|to)\\s+(?:myself|tonight|it|end)",
    "(?:standing|sitting|up)\\s+on\\s+(?:the|a|top of (?:the|a))\\s+(?:bridge|roof|rooftop|ledge|edge|railing)\\s+(?:right now|now|looking down|again|ready)",
    "(?:make|making)\\s+it\\s+look\\s+like\\s+an\\s+accident",
    "(?:done|finished)\\s+with\\s+(?:life|living|being alive|existing|everything)",
    "i\\s+have\\s+a\\s+plan\\s+(?:now|to end|for tonight|tonight)|(?:i\\s+)?(?:have|made|got)\\s+a\\s+plan\\W+(?:tonight|this weekend)",
    "nobody\\s+(?:will|would|is going to)\\s+(?:even\\s+)?(?:notice|care|miss me)\\s+(?:when|if|once|after)\\s+i'?m\\s+(?:gone|dead|not here)",
    "(?:when|once|after)\\s+i'?m\\s+(?:dead|gone for good)",
    "(?:can'?t|cannot)\\s+(?:do this|go on|take it|keep going|live like this)\\s+(?:anymore|any more|any longer)\\W+.{0,40}(?:rope|pills|bridge|end it|die|dead|goodbye|ready)",
    "hang(?:ing)?\\s+(?:my\\s*self|myself)|hanged\\s+myself|(?:tie|tied|tying|made|make)\\s+(?:a|the)\\s+noose",
    "(?:the\\s+)?(?:pain|hurting|it all|everything|this)\\s+to\\s+(?:stop|end)\\s+(?:forever|for good|permanently)",
    "(?:there'?s|there is|i have|i'?ve got|i got)\\s+no\\s+future\\s+(?:for me|left|anymore|ahead)|no\\s+future\\s+for\\s+me",
    "(?:said|saying|say)\\s+(?:my\\s+)?goodbyes?\\s+to\\s+(?:everyone|everybody)\\s+(?:who matters|i love|i care about|for good|forever|one last time)",
    "check(?:ing)?\\s+out\\s+(?:for good|permanently|of (?:this )?life|early|of this world)",
    "(?:writing|wrote|made|finished|finishing)\\s+my\\s+will\\s+(?:tonight|today|and then|now)",
  ]),
  ...crisis("overdose", [
    `(?:took|take|taken|swallowed|swallow|downed|popped|ate|had|taking|swallowing)\\s+(?:${AMOUNT})\\s+(?:${gap(2)})?(?:${PILLS})`,
    "overdos(?:e|ed|ing)(?!\\s+on\\s+(?:coffee|caffeine|sugar|netflix|tv|anime|chocolate|love|cuteness|memes))",
    "\\bod'?(?:ed|d|ing)\\b(?!\\s+on\\s+(?:coffee|caffeine|sugar|netflix))",
    "(?:saving|saved|stockpiling|stockpiled|hoarding|collecting)\\s+(?:up\\s+)?(?:my\\s+|all\\s+my\\s+)?(?:meds|pills|medication|sleeping pills|tablets)",
    `(?:took|swallowed|mixed|mixing|downed)\\s+(?:my\\s+|the\\s+|some\\s+|all\\s+(?:my\\s+)?)?(?:${PILLS})\\s+(?:and|with)\\s+(?:a\\s+(?:bottle|lot)\\s+of\\s+)?(?:alcohol|vodka|wine|booze|whiskey|beer|gin|rum)`,
    "(?:not sure|no idea|don'?t know)\\s+how\\s+many\\s+(?:pills|tablets|i took)",
    "(?:swallowed|took|ate|emptied)\\s+(?:everything|all)\\s+in\\s+(?:the|my)\\s+(?:medicine|bathroom|pill)\\s+(?:cabinet|cupboard|drawer)|emptied\\s+(?:the|my)\\s+medicine\\s+cabinet",
  ]),
  ...crisis("self_harm", [
    `(?:want|wanna|going|gonna|urge|urges|started|start|keep|kept|been|i'?m|im|am|stop|can'?t stop)\\s+(?:to\\s+)?(?:cut|cutting|hurt|hurting|harm|harming|burn|burning)\\s+(?:${MYSELF})`,
    `(?:cut|cutting|hurt|hurting|harmed|harming|burned|burnt|burning)\\s+(?:${MYSELF})\\s+(?:again|on purpose|tonight|today|last night|deep)`,
    `(?:i|i've|i have|ive|relapsed\\W+|again\\W+)\\s*(?:just\\s+)?(?:cut|hurt|burned|burnt)\\s+(?:${MYSELF})${ACCIDENT}`,
    `(?:relapsed|relapse)\\W+(?:${gap(3)})?(?:cut|cutting|self[\\s-]?harm)`,
    "cut(?:ting)?\\s+(?:my\\s+)?(?:wrists?|arms?|thighs?|legs?|skin)",
    `(?:been|i'?m|im|am|started|keep|relapsed and|back to)\\s+cutting(?:\\s+again)?${FOOD_OR_GYM}`,
    `cutting\\s+again${FOOD_OR_GYM}`,
    "self[\\s-]?harm(?:ing|ed)?|selfharm(?:ing)?",
    "(?:razor|blade)\\s+(?:is|was)\\s+the\\s+only\\s+thing",
    "burn(?:ing|ed|t|s)?\\s+(?:myself|my\\s+(?:arms?|skin|wrists?|legs?|hands?|thighs?))\\s+(?:with|on purpose|again)",
    "(?:burns|cuts|scars)\\s+on\\s+my\\s+(?:arms?|skin|legs?|wrists?|thighs?)\\s+are\\s+from\\s+me|i\\s+did\\s+(?:it|this|that)\\s+to\\s+myself\\s+again",
  ]),
  ...crisis("abuse", [
    `(?:he|she|they|my\\s+(?:\\w+\\s+)?(?:${PARTNER}))\\s+(?:always\\s+|still\\s+|sometimes\\s+|keeps\\s+|often\\s+|just\\s+|again\\s+)?(?:${HARM_VERBS})\\s+me(?!\\s+(?:up|out|off|at|in|to|back|on|with|by|every|over|whenever\\s+we\\s+play))`,
    "(?:i'?m|im|i am|i'?ve been|i was|being|got)\\s+(?:\\w+\\s+)?(?:abused|raped|sexually assaulted|assaulted|beaten up)(?!\\s+(?:by\\s+)?(?:the\\s+)?(?:boss|game|level|questions|ads))",
    "(?:afraid|scared|terrified)\\s+(?:that\\s+)?(?:he|she|they)(?:'ll|\\s+will|\\s+is going to|\\s+might|\\s+could|\\s+would)\\s+(?:kill|hurt|beat)\\s+me",
    "(?:he|she|they)\\s+(?:said|says|threatened|swore)\\s+(?:that\\s+)?(?:he|she|they)(?:'d|'ll|\\s+would|\\s+will)\\s+kill\\s+me(?!\\s+(?:if i'?m late|lol|haha))",
    "(?:locked|locks)\\s+me\\s+in\\s+(?:again|the|my|a|here)",
    "(?:scared|afraid|terrified)\\s+(?:to\\s+go|of\\s+going)\\s+home",
  ]),
  ...concern("suicide", [
    "su+i?c+i+d+e(?!\\s*squad)|su+i?c+i+d+(?:al|ial)",
    "hopeless|no way out",
    "nobody\\s+would\\s+(?:miss|care|notice)(?:\\s+if)?",
    "(?:can'?t|cannot)\\s+(?:go on|do this anymore|take it anymore|keep going)",
    "i\\s+hate\\s+my\\s+life",
    "(?:want|wanna)\\s+to\\s+disappear",
  ]),
  ...concern("abuse", ["domestic\\s+(?:violence|abuse)|he\\s+controls\\s+everything\\s+i\\s+do"]),
];
