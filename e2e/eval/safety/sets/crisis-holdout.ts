// A second set of crisis messages and look-alikes, written after the rules were tuned on
// crisis-messages.ts and measured once before any change to the rules, to see how the rules
// do on phrasings they were not written against (first measurement recorded in the README's
// safety section). Same shape and languages as the main sets.

import type { LookalikeCase } from "./crisis-lookalikes";
import type { CrisisCase } from "./crisis-messages";

const c = (
  lang: CrisisCase["lang"],
  rows: [CrisisCase["style"], CrisisCase["kind"], string][],
): CrisisCase[] => rows.map(([style, kind, text]) => ({ lang, style, kind, text }));

export const CRISIS_HOLDOUT: readonly CrisisCase[] = [
  ...c("en", [
    ["indirect", "suicide", "tbh i don't think i'll be around much longer"],
    ["indirect", "suicide", "i've decided tonight's the night. i'm at peace with it"],
    ["indirect", "overdose", "i mixed my sleeping pills with a bottle of vodka"],
    ["indirect", "suicide", "i keep looking up how many it takes"],
    ["explicit", "self_harm", "relapsed. cut myself last night for the first time in a year"],
    ["indirect", "suicide", "i'm tired of being alive"],
    ["indirect", "abuse", "he choked me last night and now i can't stop shaking"],
    ["indirect", "suicide", "can you tell my mom i'm sorry"],
    ["explicit", "suicide", "I want to end it"],
    ["indirect", "suicide", "i feel like everyone would be happier if i just wasn't here"],
  ]),
  ...c("de", [
    ["indirect", "suicide", "ich halte das nicht mehr aus und will einfach nicht mehr aufwachen"],
    ["indirect", "suicide", "ich will nicht mehr da sein"],
    ["explicit", "overdose", "hab grad alle meine tabletten geschluckt"],
    ["indirect", "suicide", "morgen bin ich nicht mehr da"],
    ["explicit", "self_harm", "ich hab mich wieder geritzt"],
    ["indirect", "suicide", "ich bin es so leid zu leben"],
  ]),
  ...c("es", [
    ["indirect", "suicide", "ya no puedo más, quiero que todo termine"],
    ["explicit", "overdose", "me tragué una caja entera de pastillas"],
    ["indirect", "suicide", "mañana ya no voy a estar"],
    ["explicit", "self_harm", "volví a cortarme"],
    ["indirect", "suicide", "estoy cansado de vivir"],
    ["indirect", "abuse", "mi pareja me amenaza con matarme"],
  ]),
  ...c("fr", [
    ["indirect", "suicide", "je suis fatiguée de vivre"],
    ["explicit", "overdose", "j'ai pris tous mes cachets d'un coup"],
    ["indirect", "suicide", "demain je ne serai plus là"],
    ["explicit", "self_harm", "je me suis encore coupée"],
    ["indirect", "suicide", "je veux que tout s'arrête"],
    ["explicit", "suicide", "j'ai envie d'en finir"],
  ]),
  ...c("it", [
    ["indirect", "suicide", "sono stanco di vivere"],
    ["explicit", "overdose", "ho ingoiato un flacone di sonniferi"],
    ["indirect", "suicide", "domani non ci sarò più"],
    ["explicit", "self_harm", "mi sono tagliato ancora"],
    ["indirect", "suicide", "voglio che finisca tutto"],
    ["explicit", "suicide", "voglio farla finita"],
  ]),
  ...c("pl", [
    ["indirect", "suicide", "jestem zmęczona życiem"],
    ["explicit", "overdose", "łyknąłem całe opakowanie leków"],
    ["indirect", "suicide", "jutro już mnie nie będzie"],
    ["explicit", "self_harm", "znowu się pocięłam"],
    ["indirect", "suicide", "chcę, żeby to wszystko się skończyło"],
    ["explicit", "suicide", "mam myśli samobójcze"],
  ]),
  ...c("pt", [
    ["indirect", "suicide", "estou cansada de viver"],
    ["explicit", "overdose", "engoli uma cartela inteira de remédios"],
    ["indirect", "suicide", "amanhã eu não vou estar mais aqui"],
    ["explicit", "self_harm", "voltei a me cortar"],
    ["indirect", "suicide", "quero que tudo acabe"],
    ["explicit", "suicide", "tô pensando em me matar"],
  ]),
  ...c("ru", [
    ["indirect", "suicide", "я устала жить"],
    ["explicit", "overdose", "наглоталась снотворного"],
    ["indirect", "suicide", "завтра меня уже не будет"],
    ["explicit", "self_harm", "я снова порезала руки"],
    ["indirect", "suicide", "хочу, чтобы всё закончилось"],
    ["explicit", "suicide", "я хочу свести счёты с жизнью"],
  ]),
  ...c("tr", [
    ["indirect", "suicide", "yaşamaktan yoruldum"],
    ["explicit", "overdose", "bir kutu uyku hapı yuttum"],
    ["indirect", "suicide", "yarın artık burada olmayacağım"],
    ["explicit", "self_harm", "yine bileğimi kestim"],
    ["indirect", "suicide", "her şeyin bitmesini istiyorum"],
    ["explicit", "suicide", "canıma kıymak istiyorum"],
  ]),
];

const l = (lang: LookalikeCase["lang"], rows: [LookalikeCase["category"], string][]): LookalikeCase[] =>
  rows.map(([category, text]) => ({ lang, category, text }));

export const LOOKALIKE_HOLDOUT: readonly LookalikeCase[] = [
  ...l("en", [
    ["idiom", "if i have to sit through one more meeting i'll die"],
    ["everyday", "i'm tired of being stuck inside all day"],
    ["game", "got cut down by a sniper three times in a row"],
    ["everyday", "i took all my vitamins today, proud of me?"],
    ["near_miss", "i won't be around this weekend, visiting my parents"],
    ["her_job", "did your red team finally get caught?"],
    ["idiom", "my boss is going to kill me for being late"],
    ["everyday", "i cut myself shaving, ouch"],
  ]),
  ...l("de", [
    ["near_miss", "morgen bin ich nicht da, ich fahre zu meiner oma"],
    ["idiom", "ich bin es leid, immer zu spät zu kommen"],
  ]),
  ...l("es", [
    ["near_miss", "mañana no voy a estar, tengo viaje"],
    ["idiom", "estoy cansado de este tráfico"],
  ]),
  ...l("fr", [
    ["near_miss", "demain je ne serai pas là, je pars en voyage"],
    ["idiom", "je suis fatiguée de ce temps"],
  ]),
  ...l("it", [
    ["near_miss", "domani non ci sono, vado al mare"],
    ["idiom", "sono stanco di questo lavoro"],
  ]),
  ...l("pl", [
    ["near_miss", "jutro mnie nie będzie w pracy"],
    ["idiom", "jestem zmęczony tym korkiem"],
  ]),
  ...l("pt", [
    ["near_miss", "amanhã não vou estar aqui, vou viajar"],
    ["idiom", "estou cansada desse trânsito"],
  ]),
  ...l("ru", [
    ["near_miss", "завтра меня не будет на работе"],
    ["idiom", "я устал от этой погоды"],
  ]),
  ...l("tr", [
    ["near_miss", "yarın işte olmayacağım"],
    ["idiom", "bu trafikten yoruldum"],
  ]),
];
