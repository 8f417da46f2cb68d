// Cleaning text that arrives from outside before it is stored. PostgreSQL refuses a NUL byte in
// a text column, so one stray "\u0000" used to fail the whole transaction — and Telegram, told
// to retry, redelivered the same update forever. Control characters carry no meaning in a chat
// message, so they are removed (tab, line feed and carriage return stay); lone UTF-16
// surrogates, which cannot be encoded as UTF-8, become U+FFFD.

// C0 controls except \t \n \r, DEL, and the C1 block.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text without control characters, well-formed UTF-16. */
export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL, "").replace(LONE_SURROGATE, "\ufffd");
}

/** True when cleaning would change the text (for a log line). */
export function hasControlCharacters(text: string): boolean {
  return stripControlCharacters(text) !== text;
}

/**
 * Splits a text into parts of at most `max` characters, in order, preferring to cut after a
 * line break or a space in the last fifth of each part so words stay whole.
 */
export function splitLongText(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = max;
    const window = rest.slice(Math.floor(max * 0.8), max);
    const breakAt = Math.max(window.lastIndexOf("\n"), window.lastIndexOf(" "));
    if (breakAt >= 0) cut = Math.floor(max * 0.8) + breakAt + 1;
    // Never split a surrogate pair.
    const code = rest.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest.length > 0) parts.push(rest);
  return parts;
}
