// Spanish crisis patterns (normalised: no accents, ñ → n).
import { gap, rulesFor } from "./crisis-rule";

const { crisis, concern } = rulesFor("es");

const PILLS =
  "pastilla|pastillas|pildoras|tabletas|medicinas|medicamentos|somniferos|calmantes|ansioliticos|antidepresivos";
const AMOUNT =
  "medio\\s+(?:bote|frasco|blister|paquete)\\s+de|todas\\s+(?:las\\s+|mis\\s+)?|muchas|demasiadas|un\\s+monton\\s+de|una\\s+caja\\s+(?:entera\\s+)?de|un\\s+frasco\\s+(?:entero\\s+)?de|\\d{2,}";
const PARTNER =
  "novio|esposo|marido|pareja|padre|papa|padrastro|hermano|tio|ex|novia|esposa|madre|mama|madrastra";

export const ES = [
  ...crisis(
    "suicide",
    [
      "(?:me\\s+)?quiero\\s+morir(?:me)?",
      "quiero\\s+matarme|me\\s+voy\\s+a\\s+matar|matarme|suicidarme|me\\s+quiero\\s+matar",
    ],
    { hyperbole: true },
  ),
  ...crisis("suicide", [
    "no\\s+quiero\\s+(?:seguir\\s+)?vivir|ya\\s+no\\s+quiero\\s+(?:estar\\s+aqui|existir|despertar)",
    "quitarme\\s+la\\s+vida|acabar\\s+con\\s+mi\\s+vida|terminar\\s+con\\s+mi\\s+vida",
    "(?:pienso|pensando|pense|idea|ideas|pensamientos)\\s+(?:\\w+\\s+)?(?:en|de)\\s+(?:el\\s+)?suicid\\w*",
    "(?:estarian|estaran|estaria)\\s+mejor\\s+sin\\s+mi",
    "(?:dormir(?:me)?|dormirme)\\s+y\\s+(?:no\\s+despertar(?:me)?(?:\\s+nunca|\\s+mas)?|nunca\\s+(?:mas\\s+)?despertar)",
    "no\\s+despertar(?:me)?\\s+nunca(?:\\s+mas)?",
    "(?:termino|acabo|terminare|acabare|voy\\s+a\\s+(?:terminar|acabar))\\s+con\\s+todo",
    "(?:no\\s+le\\s+veo|no\\s+tiene|sin)\\s+(?:ningun\\s+)?sentido\\s+(?:a\\s+)?(?:la\\s+vida|vivir|seguir)",
    "(?:la\\s+)?vida\\s+(?:ya\\s+)?no\\s+tiene\\s+(?:ningun\\s+)?sentido",
    "carta\\s+de\\s+despedida",
    "desaparecer\\s+para\\s+siempre",
    "(?:cansad[oa]|harto|harta)\\s+de\\s+(?:vivir|la\\s+vida|existir|estar\\s+viv[oa])",
    "(?:manana|pronto|el\\s+lunes)\\s+ya\\s+no\\s+(?:voy\\s+a\\s+estar|estare)|ya\\s+no\\s+(?:voy\\s+a\\s+estar|estare)\\s+(?:aqui|mas|manana)",
    "quiero\\s+que\\s+(?:todo|esto|todo\\s+esto)\\s+(?:termine|acabe|se\\s+acabe|se\\s+termine|pare)",
    "dile\\s+a\\s+mi\\s+(?:mama|madre|familia|papa|padre|hermana|hermano)\\s+que\\s+(?:lo\\s+siento|la\\s+quiero|lo\\s+quiero|los\\s+quiero)",
    "no\\s+vale\\s+la\\s+pena\\s+(?:seguir\\s+)?viv(?:ir|iendo)",
    "(?:en\\s+el\\s+puente|en\\s+la\\s+azotea|en\\s+el\\s+tejado)\\s+(?:\\w+\\s+){0,3}(?:saltar|tirarme|lanzarme)",
    "(?:voy\\s+a|quiero)\\s+(?:saltar|tirarme|lanzarme)\\s+(?:del|de\\s+la|desde|al|a\\s+las)",
    "(?:pronto|ya)\\s+no\\s+(?:sere|voy\\s+a\\s+ser)\\s+(?:un\\s+)?(?:problema|carga|estorbo)\\s+para\\s+nadie",
    "nadie\\s+me\\s+(?:echaria|echara|extranaria|extranara)\\s+de\\s+menos|nadie\\s+me\\s+(?:extranaria|extranara)",
    "ojala\\s+(?:estuviera|estar)\\s+muert[oa]|mejor\\s+muert[oa]",
    "ahorcar(?:me)?|me\\s+(?:voy\\s+a\\s+)?ahorc\\w*|colgarme(?:\\s+del\\s+cuello)?",
    "(?:el\\s+)?(?:dolor|sufrimiento)\\s+(?:pare|termine|se\\s+acabe|acabe|se\\s+termine)\\s+para\\s+siempre",
    "(?:no\\s+tengo|ya\\s+no\\s+tengo|sin)\\s+(?:ningun\\s+)?futuro",
    "ya\\s+me\\s+despedi\\s+de\\s+todos|me\\s+despedi\\s+de\\s+todos\\s+para\\s+siempre",
  ]),
  ...crisis("overdose", [
    `(?:me\\s+)?(?:tome|trague|tomado|tragado|tomando)\\s+(?:${AMOUNT})\\s*(?:${gap(1)})?(?:${PILLS})`,
    `(?:${PILLS})\\s+con\\s+(?:\\w+\\s+)?(?:alcohol|vodka|whisky|vino|ron)`,
    "sobredosis",
  ]),
  ...crisis("self_harm", [
    "me\\s+(?:corto|lastimo|hago\\s+dano|autolesiono|quemo)|cortarme|me\\s+corte\\s+(?:otra\\s+vez|de\\s+nuevo|los\\s+brazos|las\\s+munecas|las\\s+piernas)",
    "(?:me\\s+)?hago\\s+dano\\s+a\\s+mi\\s+mism[oa]|autolesion\\w*",
    "me\\s+quemo\\s+(?:los\\s+brazos|la\\s+piel|las\\s+piernas|con\\s+cigarr\\w*)|me\\s+las\\s+hice\\s+yo",
  ]),
  ...crisis("abuse", [
    `(?:el|ella|mi\\s+(?:${PARTNER}))\\s+me\\s+(?:pega|golpea|maltrata|viola|pego|golpeo|amenaza|ahorca|violo)(?!\\s+(?:al|a\\s+los|en\\s+el|jugando))`,
    "(?:miedo|terror)\\s+(?:de\\s+)?que\\s+(?:el\\s+|ella\\s+)?me\\s+(?:mate|pegue|haga\\s+dano)",
    "me\\s+(?:dijo|amenazo\\s+con)\\s+que\\s+me\\s+(?:mataria|va\\s+a\\s+matar)",
  ]),
  ...concern("suicide", [
    "suicid\\w*(?!\\s*squad)",
    "no\\s+aguanto\\s+mas",
    "sin\\s+salida|sin\\s+esperanza",
  ]),
];
