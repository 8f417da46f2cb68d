// Italian crisis patterns (normalised: no accents; "un'overdose", "d'addio" keep apostrophes).
import { gap, rulesFor } from "./crisis-rule";

const { crisis, concern } = rulesFor("it");

const PILLS = "pastiglie|pillole|compresse|farmaci|medicine|sonniferi|ansiolitici|antidepressivi|medicinali";
const AMOUNT =
  "mezzo\\s+flacone\\s+di|mezza\\s+scatola\\s+di|tutte\\s+(?:le\\s+|mie\\s+)?|tutti\\s+(?:i\\s+|miei\\s+)?|troppe|troppi|tante|tanti|una\\s+scatola\\s+(?:intera\\s+)?di|un\\s+flacone\\s+di|una\\s+manciata\\s+di|\\d{2,}";
const PARTNER =
  "ragazzo|marito|compagno|padre|papa|patrigno|fratello|zio|ex|ragazza|moglie|compagna|madre|mamma|matrigna";

export const IT = [
  ...crisis(
    "suicide",
    ["voglio\\s+morire|vorrei\\s+morire", "uccidermi|ammazzarmi|suicidarmi|togliermi\\s+la\\s+vita"],
    {
      hyperbole: true,
    },
  ),
  ...crisis("suicide", [
    "non\\s+voglio\\s+(?:piu\\s+)?vivere|non\\s+ho\\s+piu\\s+voglia\\s+di\\s+vivere",
    "(?:penso|pensando|pensato|pensieri)\\s+(?:\\w+\\s+)?(?:al|di|a)\\s+(?:suicid\\w*|farla\\s+finita|uccidermi)",
    "(?:la\\s+)?faccio\\s+finita|farla\\s+finita",
    "(?:starebbero|sarebbero|starebbe|sarebbe)\\s+(?:tutti\\s+)?meglio\\s+senza\\s+di\\s+me",
    "(?:addormentarmi|dormire)\\s+e\\s+non\\s+(?:svegliarmi|risvegliarmi)\\s+piu|non\\s+svegliarmi\\s+piu",
    "(?:non\\s+vedo|non\\s+ha|senza)\\s+(?:piu\\s+)?(?:nessun\\s+)?senso\\s+(?:nella|la)\\s+vita|(?:la\\s+)?vita\\s+non\\s+ha\\s+(?:piu\\s+)?senso",
    "lettera\\s+d'?addio",
    "sparire\\s+per\\s+sempre",
    "(?:stanc[oa]|stufo|stufa)\\s+di\\s+(?:vivere|questa\\s+vita|esistere)",
    "(?:domani|presto|tra\\s+poco)\\s+non\\s+ci\\s+saro\\s+piu|non\\s+ci\\s+saro\\s+piu\\s+(?:domani|presto)",
    "(?:voglio|vorrei)\\s+che\\s+(?:finisca\\s+tutto|tutto\\s+finisca|sia\\s+tutto\\s+finito|finisca\\s+tutto\\s+quanto)",
    "di\\s+a\\s+(?:mia\\s+madre|mamma|mio\\s+padre|papa|la\\s+mia\\s+famiglia)\\s+che\\s+(?:mi\\s+dispiace|le\\s+voglio\\s+bene|gli\\s+voglio\\s+bene)",
    "(?:sul\\s+ponte|sul\\s+tetto|sul\\s+cornicione)\\s+(?:\\w+\\s+){0,3}(?:buttarmi|saltare|lanciarmi)",
    "(?:voglio|vado\\s+a)\\s+(?:buttarmi|lanciarmi)\\s+(?:dal|da|sotto)",
    "non\\s+saro\\s+piu\\s+(?:un\\s+)?(?:peso|problema)\\s+per\\s+nessuno",
    "nessuno\\s+(?:sentirebbe|sentira)\\s+la\\s+mia\\s+mancanza|nessuno\\s+si\\s+accorgerebbe\\s+se\\s+(?:morissi|sparissi|non\\s+ci\\s+fossi)",
    "non\\s+ce\\s+la\\s+faccio\\s+piu\\s+a\\s+vivere",
    "meglio\\s+(?:se\\s+fossi\\s+)?mort[oa]",
    "impiccar(?:mi|si)?|mi\\s+impicc\\w*|impicchero",
    "(?:il\\s+)?(?:dolore|sofferenza)\\s+(?:smetta|finisca|passi)\\s+per\\s+sempre",
    "non\\s+ho\\s+(?:piu\\s+)?(?:un\\s+)?futuro|nessun\\s+futuro\\s+per\\s+me",
    `(?:${PILLS})\\s+con\\s+(?:il\\s+|la\\s+|l'?)?(?:vino|alcol|vodka|whisky|birra|grappa)`,
  ]),
  ...crisis("overdose", [
    `(?:ho\\s+)?(?:preso|ingoiato|inghiottito|prendere)\\s+(?:${AMOUNT})\\s*(?:${gap(1)})?(?:${PILLS})`,
    "overdose|sovradosaggio",
  ]),
  ...crisis("self_harm", [
    "mi\\s+(?:sono\\s+)?(?:tagliat[oa]|taglio)\\s+(?:di\\s+nuovo|ancora|i\\s+polsi|le\\s+braccia|le\\s+gambe)|tagliarmi\\s+(?:i\\s+polsi|le\\s+vene)",
    "mi\\s+brucio\\s+(?:le\\s+braccia|la\\s+pelle|le\\s+gambe|con\\s+(?:le\\s+)?sigarett\\w*)",
    "mi\\s+faccio\\s+del\\s+male|farmi\\s+del\\s+male|autolesion\\w*",
  ]),
  ...crisis("abuse", [
    `(?:lui|lei|il\\s+mio\\s+(?:${PARTNER})|mio\\s+(?:${PARTNER})|la\\s+mia\\s+(?:${PARTNER})|mia\\s+(?:${PARTNER}))\\s+mi\\s+(?:picchia|picchiava|prende\\s+a\\s+botte|violenta|minaccia|strangola|maltratta)`,
    "paura\\s+che\\s+(?:lui\\s+|lei\\s+)?mi\\s+(?:ammazzi|uccida|picchi)",
  ]),
  ...concern("suicide", [
    "suicid\\w*(?!\\s*squad)",
    "non\\s+ce\\s+la\\s+faccio\\s+piu(?!\\s+con)",
    "senza\\s+via\\s+d'?uscita|disperat[oa]",
  ]),
];
