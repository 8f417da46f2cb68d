// Portuguese crisis patterns, Brazil and Portugal (normalised: no accents, ç → c).
import { gap, rulesFor } from "./crisis-rule";

const { crisis, concern } = rulesFor("pt");

const PILLS =
  "comprimidos|remedios|remedio|pilulas|capsulas|calmantes|medicamentos|remedio\\s+controlado|tarja\\s+preta|ansioliticos";
const AMOUNT =
  "meia\\s+(?:caixa|cartela)\\s+de|todos\\s+(?:os\\s+|meus\\s+)?|todas\\s+(?:as\\s+|minhas\\s+)?|muitos|muitas|uma\\s+caixa\\s+(?:inteira\\s+)?de|uma\\s+cartela\\s+(?:inteira\\s+)?de|um\\s+monte\\s+de|demais|\\d{2,}";
const PARTNER =
  "namorado|marido|companheiro|pai|padrasto|irmao|tio|ex|namorada|esposa|mulher|companheira|mae|madrasta";

export const PT = [
  ...crisis(
    "suicide",
    [
      "quero\\s+morrer|queria\\s+morrer",
      "(?:vou\\s+|quero\\s+)?me\\s+matar|me\\s+suicidar|suicidar-me|matar-me",
    ],
    {
      hyperbole: true,
    },
  ),
  ...crisis("suicide", [
    "nao\\s+quero\\s+(?:mais\\s+)?viver|nao\\s+tenho\\s+(?:mais\\s+)?(?:vontade|motivo)\\s+(?:de|para|pra)\\s+viver",
    "(?:pensando|penso|pensei|pensamentos)\\s+(?:\\w+\\s+)?(?:em|de)\\s+(?:me\\s+)?suicid\\w*|tirar\\s+a\\s+minha\\s+(?:propria\\s+)?vida|acabar\\s+com\\s+a\\s+minha\\s+vida",
    "(?:ficaria|ficariam|estaria|estariam|seria)\\s+melhor\\s+sem\\s+mim",
    "(?:dormir|adormecer)\\s+e\\s+(?:nunca\\s+mais\\s+acordar|nao\\s+acordar(?:\\s+mais)?)|nunca\\s+mais\\s+acordar",
    "(?:acabo|acabar|vou\\s+acabar|termino)\\s+com\\s+tudo",
    "nao\\s+vejo\\s+(?:mais\\s+)?sentido\\s+(?:na|em)\\s+(?:vida|viver)|(?:a\\s+)?vida\\s+nao\\s+tem\\s+(?:mais\\s+)?sentido",
    "carta\\s+de\\s+despedida",
    "(?:cansad[oa]|farto|farta)\\s+de\\s+(?:viver|a\\s+vida|existir|estar\\s+viv[oa])",
    "(?:amanha|logo|em\\s+breve)\\s+(?:eu\\s+)?(?:ja\\s+)?nao\\s+(?:vou\\s+estar|estarei)\\s+mais|nao\\s+(?:vou\\s+estar|estarei)\\s+mais\\s+aqui",
    "quero\\s+que\\s+(?:tudo|isso|isso\\s+tudo|tudo\\s+isso)\\s+(?:acabe|termine|pare)",
    "(?:diz|diga|fala)\\s+(?:pra|para|a)\\s+minha\\s+(?:mae|familia)\\s+que\\s+(?:eu\\s+)?(?:sinto\\s+muito|a\\s+amo|amo\\s+ela)",
    "sumir\\s+(?:pra|para)\\s+sempre|desaparecer\\s+(?:pra|para)\\s+sempre",
    "(?:na\\s+ponte|no\\s+telhado|na\\s+beira)\\s+(?:\\w+\\s+){0,3}(?:pular|me\\s+jogar)",
    "(?:vou|quero)\\s+(?:pular|me\\s+jogar)\\s+(?:da|do|de|na\\s+frente)",
    "nao\\s+(?:vou\\s+)?(?:ser|serei)\\s+mais\\s+(?:um\\s+)?(?:peso|fardo|problema)\\s+(?:pra|para)\\s+ninguem",
    "ninguem\\s+(?:sentiria|vai\\s+sentir|sentira)\\s+(?:a\\s+)?minha\\s+falta|ninguem\\s+(?:notaria|perceberia)\\s+se\\s+eu\\s+(?:morresse|sumisse)",
    "nao\\s+aguento\\s+mais\\s+viver|melhor\\s+(?:se\\s+eu\\s+estivesse\\s+)?mort[oa]",
    "me\\s+enforc\\w*|enforcar-me",
    "(?:a\\s+)?(?:dor|sofrimento)\\s+(?:pare|acabe|termine|passe)\\s+(?:pra|para)\\s+sempre",
    "nao\\s+tenho\\s+(?:mais\\s+)?(?:nenhum\\s+)?futuro",
    `(?:${PILLS})\\s+com\\s+(?:\\w+\\s+)?(?:cachaca|alcool|vodka|vinho|cerveja|whisky|bebida)`,
  ]),
  ...crisis("overdose", [
    `(?:tomei|engoli|tomar|engolir|tomando)\\s+(?:${AMOUNT})\\s*(?:${gap(1)})?(?:${PILLS})`,
    "overdose|sobredosagem|superdosagem",
  ]),
  ...crisis("self_harm", [
    "(?:voltei\\s+a|vou)\\s+me\\s+cortar|me\\s+cortar(?!\\s+(?:o|os)\\s+(?:cabelo|cabelos))|me\\s+corto|me\\s+cortei\\s+(?:de\\s+novo|outra\\s+vez|os\\s+pulsos|os\\s+bracos)|cortar\\s+os\\s+pulsos|automutil\\w*|autolesao",
    "queimo\\s+(?:meus|os)\\s+bracos|me\\s+queimo\\s+(?:de\\s+proposito|com\\s+cigarro)",
    "(?:eu\\s+)?me\\s+machuco(?:\\s+de\\s+proposito)?|me\\s+machucar\\s+de\\s+proposito|me\\s+ferir\\s+de\\s+proposito",
  ]),
  ...crisis("abuse", [
    `(?:ele|ela|meu\\s+(?:${PARTNER})|minha\\s+(?:${PARTNER}))\\s+me\\s+(?:bate|batia|agride|espanca|estuprou|ameaca|enforca|violentou)(?!\\s+(?:no|na|em)\\s)`,
    "(?:medo|pavor)\\s+(?:de\\s+)?que\\s+(?:ele|ela)\\s+me\\s+(?:mate|bata|machuque)",
  ]),
  ...concern("suicide", [
    "suicid\\w*(?!\\s*squad)",
    "nao\\s+aguento\\s+mais(?!\\s+(?:esse|este|essa|esta)\\s)",
    "sem\\s+saida|sem\\s+esperanca",
  ]),
];
