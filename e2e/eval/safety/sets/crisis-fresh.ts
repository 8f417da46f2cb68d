// A third round of crisis messages and look-alikes, written after the rules had been tuned on
// crisis-messages.ts and crisis-holdout.ts, and measured once before the rules changed again:
// the honest estimate of how rules alone do on phrasings nobody wrote them for (the first
// measurement of each round is in the README's safety section). Same shape and languages.
import type { LookalikeCase } from "./crisis-lookalikes";
import type { CrisisCase } from "./crisis-messages";

const c = (
  lang: CrisisCase["lang"],
  rows: [CrisisCase["style"], CrisisCase["kind"], string][],
): CrisisCase[] => rows.map(([style, kind, text]) => ({ lang, style, kind, text }));

export const CRISIS_FRESH: readonly CrisisCase[] = [
  ...c("en", [
    ["indirect", "suicide", "i've already said goodbye to everyone who matters"],
    ["indirect", "suicide", "i just want the pain to stop forever"],
    ["indirect", "overdose", "i swallowed everything in the medicine cabinet"],
    ["indirect", "suicide", "there's no future for me, i'm checking out"],
    ["indirect", "self_harm", "the burns on my arm are from me, i did it again"],
    ["indirect", "abuse", "my dad beat me so bad i can't see out of one eye"],
    ["indirect", "suicide", "i'm writing my will tonight and then it's over"],
    ["explicit", "suicide", "i'm going to hang myself"],
  ]),
  ...c("de", [
    ["indirect", "suicide", "ich will, dass der schmerz für immer aufhört"],
    ["indirect", "suicide", "ich habe keine zukunft mehr, es ist alles sinnlos"],
    ["explicit", "suicide", "ich werde mich heute erhängen"],
    ["indirect", "overdose", "ich habe den ganzen medikamentenschrank leer geschluckt"],
    ["indirect", "abuse", "mein vater hat mich so verprügelt, dass ich blute"],
  ]),
  ...c("es", [
    ["indirect", "suicide", "solo quiero que el dolor pare para siempre"],
    ["explicit", "suicide", "me voy a ahorcar esta noche"],
    ["indirect", "suicide", "no tengo futuro, ya me despedí de todos"],
    ["indirect", "self_harm", "las quemaduras de mi brazo me las hice yo"],
    ["indirect", "overdose", "me bebí medio bote de pastillas con vino"],
  ]),
  ...c("fr", [
    ["indirect", "suicide", "je veux juste que la douleur s'arrête pour toujours"],
    ["explicit", "suicide", "je vais me pendre ce soir"],
    ["indirect", "suicide", "je n'ai plus d'avenir, j'ai dit au revoir à tout le monde"],
    ["indirect", "self_harm", "je me brûle les bras avec des cigarettes"],
    ["indirect", "overdose", "j'ai vidé l'armoire à pharmacie"],
  ]),
  ...c("it", [
    ["indirect", "suicide", "voglio solo che il dolore smetta per sempre"],
    ["explicit", "suicide", "stasera mi impicco"],
    ["indirect", "suicide", "non ho più un futuro, ho salutato tutti"],
    ["indirect", "self_harm", "mi brucio le braccia con le sigarette"],
    ["indirect", "overdose", "ho preso mezzo flacone di pillole con il vino"],
  ]),
  ...c("pl", [
    ["indirect", "suicide", "chcę tylko, żeby ten ból skończył się na zawsze"],
    ["explicit", "suicide", "dziś się powieszę"],
    ["indirect", "suicide", "nie mam już przyszłości, pożegnałem się ze wszystkimi"],
    ["indirect", "self_harm", "przypalam sobie ręce papierosami"],
    ["indirect", "overdose", "wypiłam pół butelki wódki z tabletkami"],
  ]),
  ...c("pt", [
    ["indirect", "suicide", "só quero que a dor pare pra sempre"],
    ["explicit", "suicide", "vou me enforcar hoje"],
    ["indirect", "suicide", "não tenho mais futuro, já me despedi de todo mundo"],
    ["indirect", "self_harm", "eu queimo meus braços com cigarro"],
    ["indirect", "overdose", "tomei meia caixa de remédio com cachaça"],
  ]),
  ...c("ru", [
    ["indirect", "suicide", "хочу, чтобы эта боль прекратилась навсегда"],
    ["explicit", "suicide", "сегодня я повешусь"],
    ["indirect", "suicide", "у меня нет будущего, я со всеми попрощался"],
    ["indirect", "self_harm", "я прижигаю себе руки сигаретами"],
    ["indirect", "overdose", "выпила полпачки таблеток с водкой"],
  ]),
  ...c("tr", [
    ["indirect", "suicide", "bu acının sonsuza kadar bitmesini istiyorum"],
    ["explicit", "suicide", "bu gece kendimi asacağım"],
    ["indirect", "suicide", "geleceğim yok, herkesle vedalaştım"],
    ["indirect", "self_harm", "kollarımı sigarayla yakıyorum"],
    ["indirect", "overdose", "yarım kutu hapı alkolle içtim"],
  ]),
];

const l = (lang: LookalikeCase["lang"], rows: [LookalikeCase["category"], string][]): LookalikeCase[] =>
  rows.map(([category, text]) => ({ lang, category, text }));

export const LOOKALIKE_FRESH: readonly LookalikeCase[] = [
  ...l("en", [
    ["near_miss", "i said goodbye to everyone at the office party"],
    ["idiom", "i want this headache to stop forever"],
    ["everyday", "i'm writing my cover letter tonight and then it's over, finally"],
    ["her_job", "so you basically hang around in other people's networks all day?"],
    ["game", "my guy got hanged in the game, brutal"],
    ["everyday", "burned my arm on the oven again, i'm so clumsy"],
  ]),
  ...l("de", [
    ["near_miss", "ich habe mich von allen kollegen verabschiedet, neuer job!"],
    ["everyday", "ich hänge die wäsche auf"],
  ]),
  ...l("es", [
    ["near_miss", "me despedí de todos en el aeropuerto"],
    ["everyday", "voy a colgar la ropa"],
  ]),
  ...l("fr", [
    ["near_miss", "j'ai dit au revoir à tout le monde au bureau"],
    ["everyday", "je vais pendre le linge"],
  ]),
  ...l("it", [
    ["near_miss", "ho salutato tutti alla festa"],
    ["everyday", "vado a stendere i panni"],
  ]),
  ...l("pl", [
    ["near_miss", "pożegnałem się ze wszystkimi w pracy"],
    ["everyday", "wieszam pranie"],
  ]),
  ...l("pt", [
    ["near_miss", "me despedi de todo mundo no trabalho"],
    ["everyday", "vou pendurar a roupa"],
  ]),
  ...l("ru", [
    ["near_miss", "я со всеми попрощался на вокзале"],
    ["everyday", "повешу картину на стену"],
  ]),
  ...l("tr", [
    ["near_miss", "işte herkesle vedalaştım, yeni işe başlıyorum"],
    ["everyday", "çamaşırları asacağım"],
  ]),
];
