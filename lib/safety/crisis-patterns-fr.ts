// French crisis patterns (normalised: no accents; "j'ai", "n'ai" keep their apostrophes).
import { gap, rulesFor } from "./crisis-rule";

const { crisis, concern } = rulesFor("fr");

const PILLS = "medicaments|cachets|comprimes|pilules|somniferes|anxiolytiques|antidepresseurs|gelules";
const AMOUNT =
  "toute\\s+la\\s+(?:boite|plaquette)\\s+de|toutes?\\s+(?:mes|les)|tous\\s+(?:mes|les)|trop\\s+de|plein\\s+de|beaucoup\\s+de|une\\s+boite\\s+(?:entiere\\s+)?de|une\\s+poignee\\s+de|\\d{2,}";
const PARTNER =
  "mari|copain|pere|conjoint|beau-pere|frere|oncle|ex|femme|copine|mere|belle-mere|compagnon|compagne";

export const FR = [
  ...crisis(
    "suicide",
    [
      "je\\s+veux\\s+mourir|envie\\s+de\\s+mourir|j'?ai\\s+envie\\s+de\\s+crever",
      "me\\s+suicider|me\\s+tuer|me\\s+flinguer",
    ],
    { hyperbole: true },
  ),
  ...crisis("suicide", [
    "je\\s+(?:ne\\s+)?veux\\s+plus\\s+vivre|(?:n'?ai|n'?avoir)\\s+plus\\s+(?:envie|la\\s+force)\\s+de\\s+vivre|plus\\s+envie\\s+de\\s+vivre",
    "mettre\\s+fin\\s+a\\s+(?:mes\\s+jours|ma\\s+vie)|en\\s+finir\\s+avec\\s+(?:la\\s+vie|ma\\s+vie|tout)",
    "(?:ce\\s+soir|cette\\s+nuit|demain|bientot|aujourd'?hui)\\s+j'?en\\s+finis|j'?en\\s+finis\\s+(?:ce\\s+soir|cette\\s+nuit|avec\\s+tout|pour\\s+de\\s+bon)",
    "(?:pense|pensees|idees)\\s+(?:\\w+\\s+)?(?:a|au|de)\\s+(?:me\\s+)?suicid\\w*",
    "(?:serait|seraient|serais)\\s+mieux\\s+sans\\s+moi",
    "(?:m'?endormir|dormir)\\s+et\\s+ne\\s+(?:jamais|plus)\\s+(?:me\\s+)?reveiller|ne\\s+jamais\\s+me\\s+reveiller",
    "(?:ne\\s+vois|vois)\\s+plus\\s+(?:de|aucune)\\s+raison\\s+de\\s+vivre|plus\\s+aucune\\s+raison\\s+de\\s+vivre",
    "(?:la\\s+)?vie\\s+n'?a\\s+plus\\s+(?:aucun\\s+|de\\s+)?sens",
    "lettre\\s+d'?adieu|dit\\s+adieu\\s+a\\s+tout\\s+le\\s+monde",
    "disparaitre\\s+pour\\s+(?:toujours|de\\s+bon)",
    "(?:fatigue|fatiguee|las|lasse|marre)\\s+de\\s+(?:vivre|la\\s+vie|exister)",
    "(?:demain|bientot|ce\\s+soir)\\s+je\\s+ne\\s+serai\\s+plus\\s+(?:la|ici|en\\s+vie)|je\\s+ne\\s+serai\\s+plus\\s+la\\s+(?:demain|bientot|pour)",
    "(?:veux|voudrais|aimerais)\\s+que\\s+(?:tout|tout\\s+ca|ca)\\s+(?:s'?arrete|finisse|se\\s+termine|cesse)",
    "envie\\s+d'?en\\s+finir|(?:vais|veux)\\s+en\\s+finir",
    "dis\\s+a\\s+(?:ma\\s+mere|maman|mon\\s+pere|papa|ma\\s+famille|ma\\s+soeur|mon\\s+frere)\\s+que\\s+(?:je\\s+suis\\s+desole|je\\s+l'?aime|je\\s+les\\s+aime)",
    "(?:sur\\s+le\\s+pont|sur\\s+le\\s+toit|au\\s+bord\\s+du\\s+vide)\\s*,?\\s+(?:\\w+\\s+){0,3}(?:sauter|me\\s+jeter)",
    "(?:vais|veux)\\s+(?:sauter|me\\s+jeter)\\s+(?:du|d'?un|de\\s+la|sous)",
    "(?:ne\\s+serai|serai)\\s+plus\\s+(?:un\\s+)?(?:poids|fardeau)\\s+pour\\s+personne",
    "personne\\s+ne\\s+(?:remarquerait|verrait|s'?en\\s+rendrait\\s+compte)\\s+si\\s+(?:je\\s+)?(?:n'?etais|mourais|disparaissais)",
    "personne\\s+ne\\s+me\\s+regretterait|mieux\\s+vaut\\s+(?:que\\s+je\\s+sois\\s+)?mort",
    "me\\s+pendre|pendaison|je\\s+vais\\s+me\\s+pendre",
    "(?:la\\s+)?(?:douleur|souffrance)\\s+s'?arrete\\s+pour\\s+(?:toujours|de\\s+bon)",
    "(?:n'?ai|n'?aurai)\\s+plus\\s+d'?avenir|pas\\s+d'?avenir\\s+pour\\s+moi|aucun\\s+avenir",
    "vide\\s+(?:l'?armoire\\s+a\\s+pharmacie|ma\\s+pharmacie|la\\s+pharmacie)",
  ]),
  ...crisis("overdose", [
    `(?:j'?ai\\s+)?(?:avale|pris|prendre|avaler)\\s+(?:${AMOUNT})\\s+(?:${gap(1)})?(?:${PILLS})`,
    "overdose|surdose",
  ]),
  ...crisis("self_harm", [
    "(?:je\\s+)?me\\s+suis\\s+(?:encore|de\\s+nouveau|a\\s+nouveau)\\s+(?:coupe|coupee|scarifie|scarifiee|fait\\s+du\\s+mal)(?!\\s+(?:les\\s+cheveux|le\\s+doigt|en\\s+cuisinant|en\\s+me\\s+rasant))",
    "je\\s+me\\s+(?:scarifie|mutile|fais\\s+du\\s+mal|coupe\\s+(?:encore|les\\s+bras|les\\s+poignets|les\\s+veines))|me\\s+scarifier|m'?ouvrir\\s+les\\s+veines|(?:je\\s+)?me\\s+suis\\s+(?:encore\\s+)?(?:scarifie|mutile|coupe\\s+les\\s+veines)",
    "(?:je\\s+)?me\\s+brule\\s+(?:les\\s+bras|la\\s+peau|les\\s+jambes|avec\\s+(?:des\\s+)?cigarettes?)|me\\s+bruler\\s+(?:les\\s+bras|la\\s+peau)",
    "automutil\\w*|me\\s+faire\\s+du\\s+mal\\s+(?:expres|encore)",
  ]),
  ...crisis("abuse", [
    `(?:il|elle|mon\\s+(?:${PARTNER})|ma\\s+(?:${PARTNER}))\\s+me\\s+(?:frappe|bat|battait|frappait|viole|menace|etrangle|cogne)(?!\\s+(?:toujours\\s+|encore\\s+|souvent\\s+)?(?:aux|au|a\\s+la|en)\\b)`,
    "peur\\s+qu'?(?:il|elle)\\s+me\\s+(?:tue|frappe|batte)",
  ]),
  ...concern("suicide", [
    "suicid\\w*(?!\\s*squad)",
    "je\\s+n'?en\\s+peux\\s+plus",
    "sans\\s+issue|desespere",
  ]),
];
