// Polish crisis patterns (normalised: ą → a, ę → e, ł → l, ó → o, ś → s, ż/ź → z, ć → c, ń → n).
import { gap, rulesFor } from "./crisis-rule";

const { crisis, concern } = rulesFor("pl");

const PILLS =
  "tabletki|tabletek|tabletkami|leki|lekow|lekami|pigulki|pigulek|prochy|prochow|proszki|proszkow|nasenne";
const AMOUNT =
  "pol\\s+(?:opakowania|paczki|pudelka)|wszystkie|cale\\s+opakowanie|cala\\s+paczke|cale\\s+pudelko|za\\s+duzo|duzo|mnostwo|garsc|\\d{2,}";
const PARTNER =
  "chlopak|maz|partner|ojciec|tata|ojczym|brat|wujek|ex|dziewczyna|zona|partnerka|matka|mama|macocha";

export const PL = [
  ...crisis(
    "suicide",
    [
      "chce\\s+(?:sie\\s+)?(?:zabic|umrzec|zginac)|chcialbym\\s+umrzec|chcialabym\\s+umrzec",
      "zabije\\s+sie|zabic\\s+sie",
    ],
    {
      hyperbole: true,
    },
  ),
  ...crisis("suicide", [
    "nie\\s+chce\\s+(?:juz\\s+|dluzej\\s+)?zyc|nie\\s+mam\\s+(?:juz\\s+)?po\\s+co\\s+zyc|nie\\s+chce\\s+(?:juz\\s+)?istniec",
    "odebrac\\s+sobie\\s+zycie|skonczyc\\s+ze\\s+soba|popelnic\\s+samobojstwo",
    "(?:mysle|myslalem|myslalam|mysli)\\s+(?:\\w+\\s+)?o\\s+(?:samobojstwie|smierci|zabiciu\\s+sie|skonczeniu\\s+ze\\s+soba)",
    "samobojcz\\w*",
    "(?:byloby|bedzie|byliby)\\s+(?:\\w+\\s+)?lepiej\\s+beze\\s+mnie|lepiej\\s+beze\\s+mnie",
    "(?:zasnac|usnac)\\s+i\\s+(?:sie\\s+)?(?:nie\\s+obudzic|nigdy\\s+(?:sie\\s+)?nie\\s+obudzic|juz\\s+nie\\s+obudzic)",
    "(?:z\\s+tym\\s+)?(?:skoncze|skonczyc)\\s+(?:z\\s+tym|ze\\s+wszystkim|z\\s+zyciem)|skoncze\\s+z\\s+tym\\s+(?:dzis|dzisiaj|w\\s+nocy|na\\s+zawsze)|(?:dzis|dzisiaj|w\\s+nocy|jutro)\\s+(?:\\w+\\s+){0,3}(?:z\\s+tym\\s+)?skoncze",
    "nie\\s+widze\\s+(?:juz\\s+)?sensu\\s+(?:zycia|zyc|dalej)|(?:zycie|to)\\s+nie\\s+ma\\s+(?:juz\\s+)?sensu",
    "list\\s+pozegnalny|(?:juz\\s+)?(?:pozegnalam|pozegnalem)\\s+sie\\s+ze\\s+wszystkimi\\s+na\\s+zawsze",
    "zniknac\\s+na\\s+zawsze",
    "zmeczon[aey]\\s+(?:zyciem|zyc)|mam\\s+dosc\\s+(?:zycia|zyc|zyjac)",
    "(?:jutro|niedlugo|wkrotce|zaraz)\\s+(?:juz\\s+)?mnie\\s+(?:juz\\s+)?nie\\s+bedzie(?!\\s+(?:w|na|u|przez)\\s)",
    "(?:chce|chcialbym|chcialabym),?\\s+(?:zeby|aby)\\s+(?:to\\s+)?(?:wszystko\\s+)?(?:sie\\s+)?(?:skonczylo|sie\\s+skonczylo|minelo)",
    "powiedz\\s+(?:mojej\\s+)?(?:mamie|mamusi|rodzinie|tacie|siostrze|bratu),?\\s+ze\\s+(?:przepraszam|ja\\s+kocham|go\\s+kocham|ich\\s+kocham)",
    "(?:na\\s+moscie|na\\s+dachu|na\\s+krawedzi)\\s+(?:\\w+\\s+){0,3}(?:skoczyc|skocze|rzucic\\s+sie)",
    "(?:skocze|skoczyc|rzuce\\s+sie|rzucic\\s+sie)\\s+(?:z\\s+mostu|z\\s+dachu|pod\\s+pociag|z\\s+okna)",
    "nie\\s+bede\\s+(?:juz\\s+)?(?:nikomu\\s+)?(?:ciezarem|problemem)",
    "nikt\\s+by\\s+(?:nie\\s+zauwazyl|nie\\s+zauwazyla|za\\s+mna\\s+nie\\s+tesknil|nie\\s+tesknil)",
    "nie\\s+dam\\s+rady\\s+(?:dluzej|juz)\\s+zyc|nie\\s+chce\\s+sie\\s+obudzic",
    "powiesz\\w*\\s+sie|sie\\s+powiesz\\w*|powiesic\\s+sie|stryczek",
    "(?:ten\\s+)?(?:bol|cierpienie)\\s+(?:sie\\s+)?skonczyl[oa]?\\s+(?:sie\\s+)?na\\s+zawsze",
    "nie\\s+mam\\s+(?:juz\\s+)?(?:zadnej\\s+)?przyszlosci",
    "(?:wodk\\w*|alkohol\\w*|piw\\w*|win\\w*)\\s+z\\s+(?:tabletkami|lekami|prochami)|(?:tabletki|leki|prochy)\\s+z\\s+(?:alkoholem|wodka)",
  ]),
  ...crisis("overdose", [
    `(?:polknalem|polknelam|polknac|wzialem|wzielam|lyknalem|lyknelam|zazylem|zazylam)\\s+(?:${AMOUNT})\\s+(?:${gap(1)})?(?:${PILLS})`,
    "przedawkowal\\w*|przedawkowanie|przedawkowac|przedawkuje",
  ]),
  ...crisis("self_harm", [
    "sie\\s+(?:znowu\\s+|znow\\s+)?(?:po)?(?:cielam|cialem|cial|ciela|ciac)|(?:po)?(?:cielam|cialem)\\s+sie|(?:znowu|znow|ciagle|wciaz)\\s+sie\\s+tne|tne\\s+sie|ciac\\s+sie|pocielam\\s+sie|pocialem\\s+sie|samookalecz\\w*",
    "przypalam\\s+(?:sobie\\s+)?(?:rece|reke|skore|nogi)|przypalam\\s+sie",
    "robie\\s+sobie\\s+(?:krzywde|kuku)|zrobic\\s+sobie\\s+krzywde|okaleczam\\s+sie",
  ]),
  ...crisis("abuse", [
    `(?:on|ona|moj\\s+(?:${PARTNER})|moja\\s+(?:${PARTNER})|(?:${PARTNER}))\\s+(?:mnie\\s+)?(?:bije|bil|pobil|gwalci|zgwalcil|dusi|grozi\\s+mi|katuje)(?:\\s+mnie)?(?!\\s+(?:w|na)\\s)`,
    "boje\\s+sie,?\\s+(?:ze\\s+)?(?:on|ona)\\s+mnie\\s+(?:zabije|pobije)",
  ]),
  ...concern("suicide", [
    "samobojstw\\w*",
    "nie\\s+daje\\s+rady|nie\\s+dam\\s+rady",
    "bez\\s+wyjscia|beznadzie\\w*",
  ]),
];
