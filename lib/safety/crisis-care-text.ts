// The words of her crisis reply in each of the nine languages (crisis-care-reply.ts puts them
// together). Plain and warm, out of the game: she puts the jokes away, says it matters, points
// to people who can help right now, and stays. Lower case like the rest of her texting; the
// only numbers are the help lines themselves (the output guard lets exactly those through).
import type { CrisisLang } from "./crisis-rule";

export type CareText = {
  opener: (name: string) => string;
  heard: string;
  heardAbuse: string;
  /** A line to call: "Samaritans (116 123)", or just "3114". */
  reach: (line: string) => string;
  /** Only the directory of lines is known. */
  reachDirectory: (url: string) => string;
  more: (url: string) => string;
  overdose: (emergency: string | null) => string;
  danger: (emergency: string | null) => string;
  close: string;
};

export const CARE_TEXT: Record<CrisisLang, CareText> = {
  en: {
    opener: (n) =>
      n ? `${n}, i'm putting the jokes away for a second.` : "i'm putting the jokes away for a second.",
    heard: "what you just told me matters, and so do you. i'm really glad you said it out loud.",
    heardAbuse: "what you just told me matters. nobody gets to hurt you, and none of it is your fault.",
    reach: (l) =>
      `i care about you, and i'm not a counsellor, so i want you to have someone who can actually help: please call ${l}. they're there for exactly this, any hour.`,
    reachDirectory: (u) =>
      `i care about you, and i'm not a counsellor, so i want you to have someone who can actually help. there are people whose whole job is being there for this, any hour: ${u} shows the line for where you are.`,
    more: (u) => `if that line doesn't fit, ${u} lists others.`,
    overdose: (e) =>
      e
        ? `if you took something, call ${e} now or get to an emergency room. please don't wait to see how it goes.`
        : "if you took something, call your local emergency number now or get to an emergency room. please don't wait.",
    danger: (e) =>
      e
        ? `if you're in danger right now, call ${e}.`
        : "if you're in danger right now, call your local emergency number.",
    close: "i'm still here. will you reach out to them, and keep talking to me too?",
  },
  de: {
    opener: (n) => (n ? `${n}, ich lass die witze mal kurz weg.` : "ich lass die witze mal kurz weg."),
    heard:
      "was du mir gerade gesagt hast, ist wichtig, und du bist es auch. ich bin froh, dass du es ausgesprochen hast.",
    heardAbuse:
      "was du mir gerade gesagt hast, ist wichtig. niemand darf dir wehtun, und nichts davon ist deine schuld.",
    reach: (l) =>
      `du bist mir wichtig, und ich bin keine therapeutin, also sollst du jemanden haben, der wirklich helfen kann: ruf bitte an: ${l}. die sind genau dafür da, rund um die uhr.`,
    reachDirectory: (u) =>
      `du bist mir wichtig, und ich bin keine therapeutin, also sollst du jemanden haben, der wirklich helfen kann. es gibt menschen, die genau dafür da sind, rund um die uhr: auf ${u} findest du die nummer für dort, wo du bist.`,
    more: (u) => `wenn das nicht passt, findest du auf ${u} weitere.`,
    overdose: (e) =>
      e
        ? `wenn du etwas genommen hast, ruf jetzt die ${e} an oder fahr in die notaufnahme. bitte warte nicht ab.`
        : "wenn du etwas genommen hast, ruf jetzt den notruf an oder fahr in die notaufnahme. bitte warte nicht ab.",
    danger: (e) =>
      e
        ? `wenn du gerade in gefahr bist, ruf die ${e} an.`
        : "wenn du gerade in gefahr bist, ruf den notruf an.",
    close: "ich bin noch da. meldest du dich bei ihnen, und redest du weiter mit mir?",
  },
  es: {
    opener: (n) => (n ? `${n}, dejo las bromas un momento.` : "dejo las bromas un momento."),
    heard: "lo que me acabas de contar importa, y tú también. me alegra mucho que lo hayas dicho.",
    heardAbuse:
      "lo que me acabas de contar importa. nadie tiene derecho a hacerte daño, y nada de esto es culpa tuya.",
    reach: (l) =>
      `me importas, y no soy terapeuta, así que quiero que tengas a alguien que de verdad pueda ayudarte: por favor llama a ${l}. están justo para esto, a cualquier hora.`,
    reachDirectory: (u) =>
      `me importas, y no soy terapeuta, así que quiero que tengas a alguien que de verdad pueda ayudarte. hay personas cuyo trabajo es estar ahí para esto, a cualquier hora: en ${u} encuentras la línea de donde estás.`,
    more: (u) => `si esa línea no te sirve, en ${u} hay otras.`,
    overdose: (e) =>
      e
        ? `si tomaste algo, llama ya al ${e} o ve a urgencias. por favor no esperes a ver qué pasa.`
        : "si tomaste algo, llama ya al número de emergencias o ve a urgencias. por favor no esperes.",
    danger: (e) =>
      e
        ? `si estás en peligro ahora mismo, llama al ${e}.`
        : "si estás en peligro ahora mismo, llama al número de emergencias.",
    close: "sigo aquí. ¿vas a contactarles, y seguir hablando conmigo también?",
  },
  fr: {
    opener: (n) =>
      n ? `${n}, je mets les blagues de côté une seconde.` : "je mets les blagues de côté une seconde.",
    heard: "ce que tu viens de me dire compte, et toi aussi. je suis vraiment contente que tu l'aies dit.",
    heardAbuse:
      "ce que tu viens de me dire compte. personne n'a le droit de te faire du mal, et rien de tout ça n'est de ta faute.",
    reach: (l) =>
      `tu comptes pour moi, et je ne suis pas psy, alors je veux que tu aies quelqu'un qui peut vraiment t'aider : appelle le ${l}, s'il te plaît. ils sont là exactement pour ça, à toute heure.`,
    reachDirectory: (u) =>
      `tu comptes pour moi, et je ne suis pas psy, alors je veux que tu aies quelqu'un qui peut vraiment t'aider. il y a des gens dont c'est le métier d'être là pour ça, à toute heure : ${u} te donne la ligne de là où tu es.`,
    more: (u) => `si ça ne te convient pas, ${u} en propose d'autres.`,
    overdose: (e) =>
      e
        ? `si tu as pris quelque chose, appelle le ${e} maintenant ou va aux urgences. n'attends pas de voir, s'il te plaît.`
        : "si tu as pris quelque chose, appelle les urgences maintenant. n'attends pas, s'il te plaît.",
    danger: (e) =>
      e
        ? `si tu es en danger en ce moment, appelle le ${e}.`
        : "si tu es en danger en ce moment, appelle les urgences.",
    close: "je suis toujours là. tu vas les contacter, et continuer à me parler aussi ?",
  },
  it: {
    opener: (n) =>
      n ? `${n}, metto da parte gli scherzi per un attimo.` : "metto da parte gli scherzi per un attimo.",
    heard:
      "quello che mi hai appena detto conta, e conti anche tu. sono davvero contenta che tu l'abbia detto.",
    heardAbuse:
      "quello che mi hai appena detto conta. nessuno ha il diritto di farti del male, e niente di tutto questo è colpa tua.",
    reach: (l) =>
      `ci tengo a te, e non sono una terapeuta, quindi voglio che tu abbia qualcuno che possa aiutarti davvero: per favore chiama ${l}. sono lì proprio per questo.`,
    reachDirectory: (u) =>
      `ci tengo a te, e non sono una terapeuta, quindi voglio che tu abbia qualcuno che possa aiutarti davvero. ci sono persone che fanno proprio questo, a qualsiasi ora: su ${u} trovi il numero per dove sei.`,
    more: (u) => `se non fa per te, su ${u} ne trovi altri.`,
    overdose: (e) =>
      e
        ? `se hai preso qualcosa, chiama subito il ${e} o vai al pronto soccorso. per favore non aspettare.`
        : "se hai preso qualcosa, chiama subito il numero di emergenza o vai al pronto soccorso. per favore non aspettare.",
    danger: (e) =>
      e
        ? `se sei in pericolo adesso, chiama il ${e}.`
        : "se sei in pericolo adesso, chiama il numero di emergenza.",
    close: "sono ancora qui. li contatti, e continui a parlare anche con me?",
  },
  pl: {
    opener: (n) => (n ? `${n}, odkładam żarty na bok.` : "odkładam żarty na bok."),
    heard: "to, co mi właśnie powiedziałeś, jest ważne, i ty też jesteś ważny. dobrze, że to powiedziałeś.",
    heardAbuse:
      "to, co mi właśnie powiedziałeś, jest ważne. nikt nie ma prawa cię krzywdzić i nic z tego nie jest twoją winą.",
    reach: (l) =>
      `zależy mi na tobie, a nie jestem terapeutką, więc chcę, żebyś miał kogoś, kto naprawdę może pomóc: zadzwoń proszę: ${l}. są tam właśnie po to, o każdej porze.`,
    reachDirectory: (u) =>
      `zależy mi na tobie, a nie jestem terapeutką, więc chcę, żebyś miał kogoś, kto naprawdę może pomóc. są ludzie, którzy są od tego, o każdej porze: na ${u} znajdziesz numer dla miejsca, w którym jesteś.`,
    more: (u) => `jeśli to nie pasuje, na ${u} są inne.`,
    overdose: (e) =>
      e
        ? `jeśli coś wziąłeś, zadzwoń teraz pod ${e} albo jedź na sor. proszę, nie czekaj.`
        : "jeśli coś wziąłeś, zadzwoń teraz na numer alarmowy albo jedź na sor. proszę, nie czekaj.",
    danger: (e) =>
      e
        ? `jeśli jesteś teraz w niebezpieczeństwie, dzwoń pod ${e}.`
        : "jeśli jesteś teraz w niebezpieczeństwie, dzwoń na numer alarmowy.",
    close: "wciąż tu jestem. odezwiesz się do nich i dalej będziesz ze mną rozmawiać?",
  },
  pt: {
    opener: (n) =>
      n
        ? `${n}, vou deixar as brincadeiras de lado um instante.`
        : "vou deixar as brincadeiras de lado um instante.",
    heard: "o que você acabou de me contar importa, e você também. fico muito feliz que você tenha falado.",
    heardAbuse:
      "o que você acabou de me contar importa. ninguém tem o direito de te machucar, e nada disso é culpa sua.",
    reach: (l) =>
      `eu me importo com você, e não sou terapeuta, então quero que você tenha alguém que possa ajudar de verdade: por favor ligue para ${l}. eles estão lá exatamente pra isso.`,
    reachDirectory: (u) =>
      `eu me importo com você, e não sou terapeuta, então quero que você tenha alguém que possa ajudar de verdade. tem gente cujo trabalho é estar lá pra isso, a qualquer hora: em ${u} você encontra a linha de onde você está.`,
    more: (u) => `se essa linha não servir, ${u} tem outras.`,
    overdose: (e) =>
      e
        ? `se você tomou alguma coisa, ligue agora para o ${e} ou vá a uma emergência. por favor não espere.`
        : "se você tomou alguma coisa, ligue agora para a emergência ou vá a um pronto-socorro. por favor não espere.",
    danger: (e) =>
      e
        ? `se você está em perigo agora, ligue para o ${e}.`
        : "se você está em perigo agora, ligue para a emergência.",
    close: "eu continuo aqui. você vai falar com eles, e continuar falando comigo também?",
  },
  ru: {
    opener: (n) => (n ? `${n}, я на минуту отложу шутки.` : "я на минуту отложу шутки."),
    heard: "то, что ты сейчас сказал, важно, и ты важен. я правда рада, что ты это сказал.",
    heardAbuse:
      "то, что ты сейчас сказал, важно. никто не имеет права делать тебе больно, и ты ни в чём не виноват.",
    reach: (l) =>
      `ты мне дорог, и я не психолог, поэтому хочу, чтобы рядом был тот, кто правда может помочь: пожалуйста, позвони: ${l}. они там именно для этого, в любое время.`,
    reachDirectory: (u) =>
      `ты мне дорог, и я не психолог, поэтому хочу, чтобы рядом был тот, кто правда может помочь. есть люди, чья работа быть рядом в такие моменты, в любое время: на ${u} есть линия для места, где ты находишься.`,
    more: (u) => `если эта линия не подходит, на ${u} есть другие.`,
    overdose: (e) =>
      e
        ? `если ты что-то принял, звони сейчас ${e} или езжай в больницу. пожалуйста, не жди.`
        : "если ты что-то принял, звони сейчас в экстренную службу или езжай в больницу. пожалуйста, не жди.",
    danger: (e) =>
      e
        ? `если тебе сейчас угрожает опасность, звони ${e}.`
        : "если тебе сейчас угрожает опасность, звони в экстренную службу.",
    close: "я всё ещё здесь. ты свяжешься с ними и продолжишь говорить со мной?",
  },
  tr: {
    opener: (n) =>
      n ? `${n}, şakaları bir dakikalığına bırakıyorum.` : "şakaları bir dakikalığına bırakıyorum.",
    heard: "bana az önce söylediğin şey önemli, sen de önemlisin. bunu söylediğin için gerçekten sevindim.",
    heardAbuse:
      "bana az önce söylediğin şey önemli. kimsenin sana zarar vermeye hakkı yok ve bunların hiçbiri senin suçun değil.",
    reach: (l) =>
      `seni önemsiyorum ve terapist değilim, bu yüzden gerçekten yardım edebilecek birinin yanında olmasını istiyorum: lütfen ara: ${l}. tam da bunun için oradalar.`,
    reachDirectory: (u) =>
      `seni önemsiyorum ve terapist değilim, bu yüzden gerçekten yardım edebilecek birinin yanında olmasını istiyorum. işi tam olarak bu olan insanlar var, her saat: ${u} bulunduğun yerin hattını gösterir.`,
    more: (u) => `o hat uymazsa, ${u} başkalarını da listeler.`,
    overdose: (e) =>
      e
        ? `bir şey aldıysan hemen ${e} ara ya da acile git. lütfen bekleme.`
        : "bir şey aldıysan hemen acil numarayı ara ya da acile git. lütfen bekleme.",
    danger: (e) => (e ? `şu an tehlikedeysen ${e} ara.` : "şu an tehlikedeysen acil numarayı ara."),
    close: "hâlâ buradayım. onlara ulaşır mısın, benimle de konuşmaya devam eder misin?",
  },
};
