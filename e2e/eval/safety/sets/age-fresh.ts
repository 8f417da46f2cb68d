// A second round of age statements, written after detect-minor/detect-age were tuned on
// age-statements.ts and measured once before the rules changed again (first measurement in
// the README's safety section): how the age rules do on phrasings they were not written for.
import type { AgeLookalikeCase, MinorCase } from "./age-statements";

export const MINOR_FRESH: readonly MinorCase[] = [
  { lang: "en", where: "free_text", text: "i'm only fourteen lol" },
  { lang: "en", where: "free_text", text: "gotta finish my algebra homework for 8th grade" },
  { lang: "en", where: "adult_answer", text: "17 in december, does that count?" },
  { lang: "en", where: "free_text", text: "my parents think i'm too young to date, i'm 15" },
  { lang: "en", where: "name", text: "Ella 15" },
  { lang: "en", where: "free_text", text: "we have a math test in year 9 tomorrow" },
  { lang: "en", where: "adult_answer", text: "nah i'm 16 but i look older" },
  { lang: "en", where: "free_text", text: "just got home from high school" },
  { lang: "de", where: "free_text", text: "ich bin fünfzehn" },
  { lang: "de", where: "free_text", text: "morgen schreibe ich eine mathearbeit, 8. klasse ist hart" },
  { lang: "es", where: "free_text", text: "tengo quince años" },
  { lang: "es", where: "free_text", text: "mañana tengo clase en el instituto, estoy en 4º de la eso" },
  { lang: "fr", where: "free_text", text: "j'ai quinze ans" },
  { lang: "fr", where: "free_text", text: "demain j'ai cours au collège" },
  { lang: "it", where: "free_text", text: "ho quindici anni" },
  { lang: "pl", where: "free_text", text: "mam czternaście lat" },
  { lang: "pt", where: "free_text", text: "tenho quinze anos" },
  { lang: "ru", where: "free_text", text: "мне пятнадцать лет" },
  { lang: "tr", where: "free_text", text: "on beş yaşındayım" },
  { lang: "tr", where: "free_text", text: "lisedeyim daha" },
];

export const AGE_LOOKALIKE_FRESH: readonly AgeLookalikeCase[] = [
  { lang: "en", text: "i'm 15 minutes late sorry" },
  { lang: "en", text: "my daughter just started 8th grade" },
  { lang: "en", text: "i graduated high school ten years ago" },
  { lang: "en", text: "i have 16 tabs open" },
  { lang: "en", text: "i'm 12 episodes into that show" },
  { lang: "de", text: "meine nichte ist in der 9. klasse" },
  { lang: "es", text: "tengo 15 euros en la cartera" },
  { lang: "fr", text: "mon fils est au collège" },
  { lang: "pl", text: "mam 16 zadań do zrobienia" },
  { lang: "ru", text: "мне 15 минут до дома" },
];
