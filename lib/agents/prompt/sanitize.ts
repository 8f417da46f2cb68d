// Player-controlled text inside prompts. Rule: the player's words only ever reach the model
// inside a user turn, wrapped in <player_message> tags, and nothing the player types can open
// or close a tag of ours (any tag-shaped text is defanged with look-alike angle quotes).
// Short player-derived values that the system prompt needs (his name, remembered facts) are
// flattened to one plain line, stripped of tag-shaped text and capped.

/** Anything that looks like an XML/HTML tag, e.g. `</player_message>` or `< system role=x>`. */
const TAG_LIKE = /<\s*(\/?)\s*([A-Za-z_][\w:.-]*)([^<>]*)>/g;
const MAX_NAME_CHARS = 40;
const MAX_NOTE_CHARS = 220;

/** Replaces the brackets of tag-shaped text with ‹ › so it reads the same but is no tag. */
export function neutralizeTags(text: string): string {
  return text.replace(
    TAG_LIKE,
    (_m, slash: string, name: string, rest: string) => `‹${slash}${name}${rest}›`,
  );
}

/** The player's words, delimited for the model. */
export function wrapPlayerText(text: string): string {
  return `<player_message>${neutralizeTags(text)}</player_message>`;
}

/** One line, no tags, no control characters, capped. */
export function plainLine(text: string, maxChars = MAX_NOTE_CHARS): string {
  const flat = neutralizeTags(text)
    .replace(/\p{Cc}+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return flat.length > maxChars ? `${flat.slice(0, maxChars - 1)}…` : flat;
}

/** The player's chosen name, safe to put in the system prompt ("" when nothing is left). */
export function safeName(name: string): string {
  const cleaned = name
    .replace(/[^\p{L}\p{M}\p{N}\s.'-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return cleaned.slice(0, MAX_NAME_CHARS);
}
