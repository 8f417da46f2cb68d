// How her text looks on the wire (PERSONA.md "How she texts", GAME.md §8 output shaping):
// at most two emoji from her own set, no role-play asterisks, within Telegram's limit.
// Also renders {name} templates and remembered facts in the second person.

export const HER_EMOJI = ["😏", "🙄", "😘", "😅", "🥲", "🙂"] as const;
export const HER_EMOTICONS = [":)", ";)", ":/"] as const;
export const MAX_EMOJI = 2;
export const TELEGRAM_MAX_CHARS = 4096;
const MAX_NAME_CHARS = 24;
const MAX_FACT_CHARS = 80;

/** Any pictographic emoji (with optional variation selector) or one of her emoticons. */
const EMOJI_TOKEN = /\p{Extended_Pictographic}\uFE0F?|:\)|;\)|:\/(?!\/)/gu;
const ALLOWED = new Set<string>([...HER_EMOJI, ...HER_EMOTICONS]);

export function emojiTokens(text: string): string[] {
  return (text.match(EMOJI_TOKEN) ?? []).map((t) => t.replace(/\uFE0F/g, ""));
}

/** Keeps the first MAX_EMOJI emoji from her set; drops the rest and any foreign emoji. */
export function limitEmoji(text: string): string {
  let kept = 0;
  return text
    .replace(EMOJI_TOKEN, (token) => {
      const bare = token.replace(/\uFE0F/g, "");
      if (ALLOWED.has(bare) && kept < MAX_EMOJI) {
        kept++;
        return token;
      }
      return "";
    })
    .replace(/[ \t]{2,}/g, " ")
    .replace(/\s+([.,!?])/g, "$1")
    .trim();
}

/** Final shaping for any offline line: no asterisk actions, her emoji only, length cap. */
export function shapeReply(text: string): string {
  const noActions = text.replace(/\*[^*\n]{1,50}\*/g, "").replace(/\s{2,}/g, " ");
  return limitEmoji(noActions).slice(0, TELEGRAM_MAX_CHARS);
}

/** A player name safe to put in her mouth: letters, digits, spaces, apostrophes, hyphens. */
export function cleanName(name: string): string {
  return name
    .replace(/[^\p{L}\p{N} '-]/gu, "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_NAME_CHARS);
}

/** Fills `{name}`; without a usable name, drops the vocative gracefully. */
export function fillTemplate(line: string, playerName: string): string {
  const name = cleanName(playerName);
  if (name) return line.replaceAll("{name}", name);
  return line
    .replace(/,?\s*\{name\}([,.]?)/g, "$1")
    .replace(/^[,.\s]+/, "")
    .trim();
}

export type MemoryFact = { subject: string; predicate: string; object: string };

const SELF_SUBJECTS = new Set(["user", "player", "the user", "the player", "you", "he", "she", "they", "i"]);

/** Third person → second person for the first verb ("works as" → "work as", "is" → "are"). */
function secondPerson(predicate: string): string {
  const [verb = "", ...rest] = predicate.trim().split(/\s+/);
  const v = verb.toLowerCase();
  const irregular: Record<string, string> = { is: "are", has: "have", was: "were", does: "do", "'s": "'re" };
  let out = irregular[v];
  if (!out) {
    if (/[^aeiou]ies$/.test(v)) out = `${v.slice(0, -3)}y`;
    else if (/(?:ches|shes|sses|xes|zes)$/.test(v)) out = v.slice(0, -2);
    else if (/[^s]s$/.test(v)) out = v.slice(0, -1);
    else out = v;
  }
  return [out, ...rest].join(" ");
}

/** "you work as a nurse", "your sister lives in lyon"; undefined for facts about anyone else. */
export function renderFact(fact: MemoryFact, playerName = ""): string | undefined {
  const subject = fact.subject.trim().toLowerCase();
  const name = cleanName(playerName).toLowerCase();
  const possessive =
    /^(?:user|player|the user|the player)'s\s+(.+)$/.exec(subject) ?? /^your\s+(.+)$/.exec(subject);
  let text: string | undefined;
  if (SELF_SUBJECTS.has(subject) || (name && subject === name)) {
    text = `you ${secondPerson(fact.predicate)} ${fact.object.replace(/\btheir\b/gi, "your")}`;
  } else if (possessive) {
    text = `your ${possessive[1]} ${fact.predicate} ${fact.object}`;
  }
  if (!text) return undefined;
  const clean = text
    .replace(/\s+/g, " ")
    .replace(/[.!?]+$/, "")
    .trim()
    .toLowerCase();
  return clean.length <= MAX_FACT_CHARS ? clean : undefined;
}
