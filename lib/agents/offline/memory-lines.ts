// Recalled memories reach the reply context as prompt lines in the third person ("He has a
// dog named Rex", "His sister lives in Lyon"; see lib/memory/recall-for-prompt.ts). The offline
// persona needs them as facts it can phrase back ("you have a dog named rex"): this turns the
// lines about him back into subject / predicate / object. Lines about her or "you two" are
// dropped; she only throws back what he told her.
import type { MemoryFact } from "./voice";

const ABOUT_HIM = /^he\s+(\S+)\s+(.+)$/i;
const ABOUT_HIS = /^his\s+(\S+)\s+(\S+)\s+(.+)$/i;

/** A recalled prompt line about the player as a fact, or null for anything else. */
export function factFromMemoryLine(line: string): MemoryFact | null {
  const text = line.trim().replace(/[.!?…]+$/, "");
  const him = ABOUT_HIM.exec(text);
  if (him) return { subject: "he", predicate: him[1]!, object: him[2]! };
  const his = ABOUT_HIS.exec(text);
  if (his) return { subject: `your ${his[1]!}`, predicate: his[2]!, object: his[3]! };
  return null;
}

export function factsFromMemoryLines(lines: readonly string[]): MemoryFact[] {
  return lines.map(factFromMemoryLine).filter((f): f is MemoryFact => f !== null);
}
