// §8 Output shaping, applied to every reply before it is sent: strip role-play markers
// (`*sighs*`, `**takes a deep breath**`: 1–50 chars between single, double or triple
// asterisks), unwrap any other Markdown emphasis the model writes (`**longer bold spans**`,
// `__bold__`, `_italics_`) so no literal asterisk or underscore marker reaches her chat, drop emoji outside her set (😏 🙄 😘 😅 🥲 🙂 and
// :) ;) :/), collapse repeats, keep at most 2; split replies longer than ~160 characters at
// sentence boundaries into 2–4 bubbles sent 1–2.5 s apart. No bubble ever exceeds Telegram's
// 4096 characters (only a reply longer than 4 × 4096 can need a fifth bubble).
import { type Rng, sampleInt } from "./rng";
import { SHAPING_RULES } from "./rules";

export interface Bubble {
  text: string;
  /** Wait before sending this bubble, after the previous one (0 for the first). */
  delayMs: number;
}

const S = SHAPING_RULES;
// The same number of asterisks on both sides (`*a*`, `**a**`, `***a***`); `\1` keeps `**a*` apart.
const ROLE_PLAY = new RegExp(`(\\*{1,3})[^*\\n]{${S.rolePlayMinChars},${S.rolePlayMaxChars}}\\1`, "g");
/** Emphasis left after role-play is gone: asterisk spans longer than a marker, kept as plain words. */
const STAR_EMPHASIS = /(\*{1,3})([^*\n]+?)\1/g;
/** `__bold__` / `_italic_` at word edges only, so snake_case and URLs keep their underscores. */
const UNDERSCORE_EMPHASIS = /(^|[\s(["'])(_{1,3})(?=\S)([^_\n]+?)(?<=\S)\2(?=$|[\s,;:!?)\]"']|\.(?!\w))/gm;
/** Unpaired bold/italic markers (`**`, `***`, and `__`) that would show up as literal symbols. */
const STRAY_MARKERS = /\*{2,}|(?<![\w])_{2,}(?![\w])/g;
const EMOJI_UNIT = "(?:\\p{Emoji_Presentation}|\\p{Extended_Pictographic}\\uFE0F)\\p{Emoji_Modifier}?";
const EMOJI = `${EMOJI_UNIT}(?:\\u200D(?:\\p{Extended_Pictographic}|\\p{Emoji_Presentation})\\uFE0F?\\p{Emoji_Modifier}?)*\\uFE0F?`;
/** `:/` only when it is not part of a URL (`https://`) or a word. */
const EMOTICON = "[:;]\\)|:\\/(?![\\/\\w])";
const TOKEN = new RegExp(`${EMOJI}|${EMOTICON}`, "gu");
const STRAY_JOINERS = /[\uFE0F\u200D]/g;
const ALLOWED = new Set<string>([...S.allowedEmoji, ...S.emoticons]);
const SENTENCE_END = /(?<=[.!?…]+["')\]]*)\s+|\n+/g;

/** Removes `*role-play*` markers (single, double or triple asterisks). */
export function stripRolePlay(text: string): string {
  return text.replace(ROLE_PLAY, "");
}

/** Markdown emphasis → plain text: the words stay, the markers go (run after stripRolePlay). */
export function stripMarkdownEmphasis(text: string): string {
  return text.replace(STAR_EMPHASIS, "$2").replace(UNDERSCORE_EMPHASIS, "$1$3").replace(STRAY_MARKERS, "");
}

/** Keeps only her emoji, collapses immediate repeats, at most `maxEmoji` in total. */
export function normalizeEmoji(text: string): string {
  let kept = 0;
  let lastToken: string | null = null;
  let lastEnd = -1;
  const out = text.replace(TOKEN, (match: string, offset: number) => {
    const token = match.replace(STRAY_JOINERS, "");
    const isRepeat = token === lastToken && text.slice(lastEnd, offset).trim() === "";
    lastEnd = offset + match.length;
    if (!ALLOWED.has(token)) return "";
    lastToken = token;
    if (isRepeat || kept >= S.maxEmoji) return "";
    kept++;
    return token;
  });
  return out.replace(STRAY_JOINERS, "");
}

function tidy(text: string): string {
  return text
    .split("\n")
    .map((line) => line.replace(/[ \t]{2,}/g, " ").trim())
    .filter((line, i, lines) => line !== "" || (i > 0 && lines[i - 1] !== ""))
    .join("\n")
    .trim();
}

/** Cuts a piece longer than the Telegram limit at word boundaries (hard cut if none). */
function hardSplit(piece: string): string[] {
  const out: string[] = [];
  let rest = piece;
  while (rest.length > S.telegramMaxChars) {
    const window = rest.slice(0, S.telegramMaxChars);
    const space = window.lastIndexOf(" ");
    const cut = space > 0 ? space : S.telegramMaxChars;
    out.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) out.push(rest);
  return out;
}

/** Sentences (with their punctuation), each within the Telegram limit. */
export function splitSentences(text: string): string[] {
  return text
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .flatMap(hardSplit);
}

/** Groups sentences into 2–4 bubbles of similar length (1 when it cannot be split). */
export function splitIntoChunks(text: string): string[] {
  if (text.length <= S.splitAboveChars) return [text];
  const pieces = splitSentences(text);
  const wanted = Math.min(S.maxBubbles, Math.max(S.minBubbles, Math.ceil(text.length / S.splitAboveChars)));
  let bubblesLeft = Math.min(wanted, pieces.length);
  let charsLeft = pieces.reduce((n, p) => n + p.length, 0);
  const chunks: string[] = [];
  let current = "";
  pieces.forEach((piece, i) => {
    const target = charsLeft / Math.max(1, bubblesLeft);
    const piecesLeft = pieces.length - i;
    const wouldOverflow = current.length + 1 + piece.length > S.telegramMaxChars;
    const isFull = current.length + piece.length / 2 > target || piecesLeft < bubblesLeft;
    if (current && (wouldOverflow || (bubblesLeft > 1 && isFull))) {
      chunks.push(current);
      charsLeft -= current.length;
      bubblesLeft = Math.max(1, bubblesLeft - 1);
      current = piece;
    } else {
      current = current ? `${current} ${piece}` : piece;
    }
  });
  if (current) chunks.push(current);
  return chunks;
}

/** The full pipeline: text from the model → bubbles to send. Empty text gives no bubbles. */
export function shapeReply(text: string, rng: Rng): Bubble[] {
  const cleaned = tidy(normalizeEmoji(stripMarkdownEmphasis(stripRolePlay(text))));
  if (!cleaned) return [];
  return splitIntoChunks(cleaned).map((chunk, i) => ({
    text: chunk,
    delayMs: i === 0 ? 0 : sampleInt(rng, S.bubbleGapMinMs, S.bubbleGapMaxMs),
  }));
}
