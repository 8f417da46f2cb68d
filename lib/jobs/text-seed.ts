// A stable 32-bit seed from text (FNV-1a), so the same input always picks the same canned line.
export function seedOf(...parts: string[]): number {
  let h = 2_166_136_261;
  for (const ch of parts.join("|")) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 16_777_619);
  }
  return h >>> 0;
}
