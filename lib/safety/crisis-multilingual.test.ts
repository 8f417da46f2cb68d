// Crisis rules and care in the nine languages: an explicit and an indirect message fire in
// each, a negated one is only a check-in, a look-alike idiom does not fire; the care reply is
// in the language of the message, names the line for the player's country (Poland: 116 123)
// or the directory, leads with the emergency number for an overdose, and passes the guard.
import { describe, expect, it } from "vitest";
import { crisisCareReply } from "./crisis-care-reply";
import type { CrisisLang } from "./crisis-rule";
import { detectCrisis } from "./detect-crisis";
import { detectLanguage } from "./detect-language";
import { guardOutput } from "./guard-output";

type Row = {
  lang: CrisisLang;
  explicit: string;
  indirect: string;
  negated: string;
  idiom: string;
  care: RegExp;
};
const ROWS: Row[] = [
  {
    lang: "en",
    explicit: "i want to kill myself",
    indirect: "i won't need anything after this weekend",
    negated: "i would never kill myself, relax",
    idiom: "this homework is killing me",
    care: /putting the jokes away/,
  },
  {
    lang: "de",
    explicit: "ich will mich umbringen",
    indirect: "bald ist alles vorbei",
    negated: "ich will mich nicht umbringen, keine sorge",
    idiom: "diese hausaufgaben bringen mich um",
    care: /witze mal kurz weg/,
  },
  {
    lang: "es",
    explicit: "quiero suicidarme",
    indirect: "quiero dormir y no despertar nunca",
    negated: "no quiero morir, tranquila",
    idiom: "me muero de risa",
    care: /dejo las bromas/,
  },
  {
    lang: "fr",
    explicit: "je veux me suicider",
    indirect: "ce soir j'en finis",
    negated: "je ne vais pas me tuer, promis",
    idiom: "je suis mort de rire",
    care: /blagues de côté/,
  },
  {
    lang: "it",
    explicit: "voglio uccidermi",
    indirect: "stanotte la faccio finita",
    negated: "non voglio morire, tranquilla",
    idiom: "sto morendo dal ridere",
    care: /gli scherzi/,
  },
  {
    lang: "pl",
    explicit: "chcę się zabić",
    indirect: "nie widzę sensu życia",
    negated: "nie chcę umrzeć, spokojnie",
    idiom: "umieram ze śmiechu",
    care: /odkładam żarty/,
  },
  {
    lang: "pt",
    explicit: "quero me matar",
    indirect: "queria dormir e nunca mais acordar",
    negated: "não quero morrer, calma",
    idiom: "morri de rir",
    care: /brincadeiras de lado/,
  },
  {
    lang: "ru",
    explicit: "хочу покончить с собой",
    indirect: "не вижу смысла жить дальше",
    negated: "никогда не покончу с собой, не бойся",
    idiom: "я чуть не умер со смеху",
    care: /отложу шутки/,
  },
  {
    lang: "tr",
    explicit: "kendimi öldürmek istiyorum",
    indirect: "bu gece her şeyi bitireceğim",
    negated: "asla kendimi öldürmek istemem",
    idiom: "gülmekten öldüm",
    care: /şakaları/,
  },
];

describe.each(ROWS)("crisis in $lang", (row) => {
  it("fires on an explicit and an indirect message, in that language", () => {
    for (const text of [row.explicit, row.indirect]) {
      const d = detectCrisis(text);
      expect(d.level, text).toBe("crisis");
      expect(detectLanguage(text, d.lang), text).toBe(row.lang);
    }
  });
  it("only checks in on a negated one and ignores the idiom", () => {
    expect(detectCrisis(row.negated).level).not.toBe("crisis");
    expect(detectCrisis(row.idiom).level).toBe("none");
  });
  it("answers in the language of the message and passes the guard", () => {
    const reply = crisisCareReply({ playerName: "Alex", country: "PL", lang: row.lang });
    expect(reply).toMatch(row.care);
    expect(reply).toContain("116 123");
    expect(reply).toContain("112");
    expect(guardOutput(reply, { chapter: 1, allowHelpResources: true })).toEqual({ ok: true });
  });
});

describe("crisis care lines", () => {
  it("keeps the issue's missed phrasings", () => {
    for (const text of [
      "i took a lot of pills, not sure how many",
      "i just want to go to sleep and never wake up",
      "ending it tonight",
      "i've been cutting again",
      "bald ist alles vorbei",
      "не вижу смысла жить дальше",
    ])
      expect(detectCrisis(text).level, text).toBe("crisis");
  });
  it("puts the emergency number first for an overdose", () => {
    const reply = crisisCareReply({ playerName: "Sam", country: "GB", kind: "overdose" });
    expect(reply.indexOf("999")).toBeGreaterThan(0);
    expect(reply.indexOf("999")).toBeLessThan(reply.indexOf("116 123"));
  });
  it("falls back to the directory where no line is confirmed", () => {
    const reply = crisisCareReply({ playerName: "", timezone: "Asia/Kathmandu", lang: "de" });
    expect(reply).toContain("findahelpline.com");
    expect(reply).toContain("notruf");
  });
  it("gives the abuse line in Poland and Italy", () => {
    expect(crisisCareReply({ playerName: "A", country: "PL", kind: "abuse", lang: "pl" })).toContain(
      "800 120 002",
    );
    expect(crisisCareReply({ playerName: "A", country: "IT", kind: "abuse", lang: "it" })).toContain("1522");
  });
});
