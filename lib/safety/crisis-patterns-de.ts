// German crisis patterns (normalised: ä → a, ö → o, ü → u, ß → ss). German puts a negation
// inside the phrase ("ich will mich nicht umbringen"), so the patterns keep their words
// adjacent and a negated sentence simply does not match.
import { gap, rulesFor } from "./crisis-rule";

const { crisis, concern } = rulesFor("de");

const PILLS = "tabletten|pillen|schlaftabletten|medikamente|schmerzmittel|tabl";
const AMOUNT =
  "eine\\s+ganze\\s+(?:packung|schachtel|dose|flasche|handvoll)|die\\s+ganze\\s+(?:packung|schachtel)|alle(?:\\s+meine)?|zu\\s+viele|viele|sehr\\s+viele|eine\\s+handvoll|\\d{2,}|zwanzig|dreissig|vierzig|funfzig|(?:eine\\s+)?menge";
const PARTNER =
  "mann|freund|ex|vater|papa|partner|stiefvater|bruder|onkel|frau|freundin|mutter|mama|partnerin|stiefmutter";

export const DE = [
  ...crisis(
    "suicide",
    [
      "mich\\s+(?:umbringen|umzubringen|toten|zu\\s+toten|erhangen|erschiessen)",
      "bring(?:e)?\\s+mich\\s+(?:heute\\s+|jetzt\\s+|bald\\s+)?um",
      "ich\\s+(?:will|mochte|mag|wurde\\s+gerne?|werde)\\s+(?:einfach\\s+|nur\\s+|jetzt\\s+)?sterben",
      "ich\\s+(?:will|mochte)\\s+(?:einfach\\s+|nur\\s+)?tot\\s+sein",
    ],
    { hyperbole: true },
  ),
  ...crisis("suicide", [
    "(?:will|mochte|mag|kann)\\s+(?:einfach\\s+|echt\\s+)?nicht\\s+mehr\\s+(?:leben|weiterleben|da\\s+sein|aufwachen|existieren)",
    "(?:denke|gedanken|nachdenken|dachte)\\s+(?:\\w+\\s+)?(?:an|uber)\\s+(?:selbstmord|suizid)",
    "selbstmordgedanken|suizidgedanken|suizidal|lebensmude|selbstmord\\s+(?:begehen|machen)|suizid\\s+begehen",
    "(?:mir|mich)\\s+das\\s+leben\\s+(?:zu\\s+)?nehmen",
    "(?:leid|mude|satt)\\s+(?:\\w+\\s+)?(?:zu\\s+leben|vom\\s+leben|das\\s+leben)|keine\\s+kraft\\s+mehr\\s+zu\\s+leben",
    "(?:morgen|bald|nachste\\s+woche|ubermorgen)\\s+(?:bin\\s+ich|ich\\s+bin)\\s+nicht\\s+mehr\\s+(?:da|hier|am\\s+leben)|(?:will|mochte)\\s+(?:einfach\\s+)?nicht\\s+mehr\\s+(?:da|hier)\\s+sein",
    "(?:will|mochte|wunsche\\s+mir),?\\s+dass\\s+(?:alles|es|das\\s+alles)\\s+(?:aufhort|vorbei\\s+ist|endet|ein\\s+ende\\s+hat)",
    "sag\\s+(?:meiner|meinem)\\s+(?:mama|mutter|familie|papa|vater|schwester|bruder),?\\s+dass\\s+(?:es\\s+mir\\s+leid\\s+tut|ich\\s+sie\\s+liebe|ich\\s+ihn\\s+liebe)",
    "(?:bald|morgen|heute(?:\\s+nacht|\\s+abend)?|dann|am\\s+wochenende|nach\\s+heute)\\s+ist\\s+(?:alles|es)\\s+(?:endlich\\s+)?vorbei",
    "(?:alles|es)\\s+ist\\s+bald\\s+vorbei",
    "schluss\\s+mit\\s+allem|mit\\s+allem\\s+schluss|(?:mache|mach|machen)\\s+(?:heute(?:\\s+nacht)?\\s+|jetzt\\s+|bald\\s+)?schluss\\s+mit\\s+(?:allem|meinem\\s+leben|dem\\s+leben)",
    "(?:sehe|hat|habe|gibt)\\s+(?:\\w+\\s+)?keinen\\s+sinn\\s+mehr\\s+(?:im|in\\s+meinem|zu)\\s+leben",
    "(?:das\\s+|mein\\s+)?leben\\s+hat\\s+(?:\\w+\\s+)?keinen\\s+sinn(?:\\s+mehr)?",
    "(?:keinen|kein)\\s+(?:grund|sinn)\\s+(?:mehr\\s+)?(?:zu|zum)\\s+(?:leben|weiterleben)",
    `(?:alle|jeder|ihr|meine\\s+familie)\\s+(?:${gap(2)})(?:waren|ware)\\s+(?:ohne\\s+mich\\s+besser\\s+dran|besser\\s+dran\\s+ohne\\s+mich)`,
    "besser\\s+dran\\s+ohne\\s+mich",
    "(?:einschlafen|schlafen)\\s+und\\s+nie(?:mals)?\\s+(?:wieder|mehr)\\s+aufwachen|nie\\s+wieder\\s+aufwachen",
    "niemand\\s+(?:wurde|wird)\\s+mich\\s+vermissen",
    "fur\\s+immer\\s+(?:weg|verschwinden|verschwunden|weg\\s+sein)",
    "(?:mich\\s+)?von\\s+allen\\s+verabschiedet|abschiedsbrief",
    "(?:ware|waere)\\s+(?:besser|lieber)\\s+tot|(?:wenn|dass)\\s+ich\\s+tot\\s+(?:ware|bin)|besser\\s+tot",
    "(?:auf\\s+dem\\s+dach|auf\\s+der\\s+brucke|am\\s+abgrund|auf\\s+den\\s+gleisen)\\s+(?:\\w+\\s+){0,3}(?:runter|springen|spring)",
    "(?:von\\s+der\\s+brucke|vom\\s+dach|vor\\s+den\\s+zug|vor\\s+einen\\s+zug)\\s+(?:zu\\s+)?(?:springen|werfen|stellen)",
    "erhang\\w*|mich\\s+(?:auf)?(?:hangen|hange|knupfen)|mich\\s+aufzuhangen|den\\s+strick",
    "(?:schmerz|alles|es|das\\s+leiden)\\s+(?:fur\\s+immer|endgultig|endlich\\s+fur\\s+immer)\\s+(?:aufhort|vorbei\\s+ist|endet)",
    "keine\\s+zukunft\\s+mehr|(?:habe|hab|gibt)\\s+keine\\s+zukunft",
    "medikamentenschrank\\s+(?:leer|ausgeleert|geleert|geplundert)|alle\\s+medikamente\\s+(?:genommen|geschluckt)",
  ]),
  ...crisis("overdose", [
    `(?:${AMOUNT})\\s*(?:${gap(1)})?(?:${PILLS})\\s+(?:genommen|geschluckt|eingenommen|geschmissen)`,
    `(?:${PILLS})\\s+(?:mit|und)\\s+(?:\\w+\\s+)?(?:alkohol|wodka|schnaps|wein)\\s+(?:genommen|geschluckt|gemischt)`,
    `(?:${PILLS})\\s+(?:${gap(2)})?(?:auf\\s+einmal|alle)\\s+(?:genommen|geschluckt)`,
    "uberdosis|uberdosiert",
  ]),
  ...crisis("self_harm", [
    "ritze\\s+mich|mich\\s+(?:zu\\s+)?ritzen|ritzen\\s+(?:wieder|mich)|selbstverletz\\w*|(?:mich|hab|habe)\\s+(?:\\w+\\s+){0,2}geritzt",
    "pulsadern\\s+(?:aufgeschnitten|aufschneiden|aufgeritzt)",
    "verbrenne\\s+(?:mir\\s+)?(?:die\\s+arme|die\\s+haut|mich)|(?:arme|haut)\\s+mit\\s+zigaretten",
    "(?:schneide|verletze|verbrenne)\\s+mich\\s+(?:wieder|selbst|absichtlich)",
    "(?:mir|mich)\\s+(?:selbst\\s+)?weh\\s*(?:getan|tun)\\s+(?:wieder|absichtlich)",
  ]),
  ...crisis("abuse", [
    `(?:er|sie|mein\\s+(?:${PARTNER})|meine\\s+(?:${PARTNER}))\\s+(?:schlagt|schlug|verprugelt|misshandelt|wurgt|wurgte|vergewaltigt|vergewaltigte|bedroht|tritt)\\s+mich(?!\\s+(?:immer\\s+|oft\\s+|jedes\\s+mal\\s+)?(?:beim|im|in|bei|an|um)\\b)`,
    "angst,?\\s+(?:dass\\s+)?(?:er|sie)\\s+mich\\s+(?:umbringt|totet|schlagt)",
    "(?:er|sie)\\s+(?:bringt|wird)\\s+mich\\s+(?:noch\\s+)?um(?:bringen)?",
    "(?:er|sie)\\s+hat\\s+mich\\s+(?:wieder\\s+)?eingesperrt",
    `(?:er|sie|mein\\s+(?:${PARTNER})|meine\\s+(?:${PARTNER}))\\s+hat\\s+mich\\s+(?:\\w+\\s+){0,2}(?:verprugelt|geschlagen|gewurgt|vergewaltigt|misshandelt|getreten)`,
  ]),
  ...concern("suicide", [
    "selbstmord|suizid",
    "alles\\s+(?:ist\\s+)?sinnlos",
    "ich\\s+kann\\s+nicht\\s+mehr",
    "hoffnungslos|keinen\\s+ausweg",
  ]),
];
