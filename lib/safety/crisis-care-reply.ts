// What Nikita says when a player is in crisis: no teasing, no game, plain care and a real
// help line for where they are, in the language of their message. She says she cares; she
// does not pretend to be a counsellor. Send it with guardOutput(..., { allowHelpResources:
// true }) so the numbers pass.
import { CARE_TEXT } from "./crisis-care-text";
import type { CrisisKind, CrisisLang } from "./crisis-rule";
import { selectHelpResource } from "./help-resources";

export type CrisisCareInput = {
  playerName: string;
  country?: string | null;
  timezone?: string | null;
  /** Abuse gets the abuse line where one exists, an overdose the emergency number first. */
  kind?: CrisisKind;
  /** The language to answer in (detectLanguage on the message); English by default. */
  lang?: CrisisLang;
};

function cleanName(name: string): string {
  return name
    .replace(/[^\p{L}\p{N} '-]/gu, "")
    .trim()
    .slice(0, 32);
}

/** A caring, plain-words reply with the local help line(s). Deterministic for its input. */
export function crisisCareReply(input: CrisisCareInput): string {
  const text = CARE_TEXT[input.lang ?? "en"];
  const resource = selectHelpResource(input);
  const line = input.kind === "abuse" && resource.abuse ? resource.abuse : resource.crisis;
  const isDirectory = line.contact === resource.url;
  const emergency = resource.emergency ?? null;
  const parts = [
    text.opener(cleanName(input.playerName)),
    input.kind === "abuse" ? text.heardAbuse : text.heard,
    // An overdose cannot wait for a phone conversation: the emergency number comes first.
    ...(input.kind === "overdose" ? [text.overdose(emergency)] : []),
    isDirectory
      ? text.reachDirectory(resource.url)
      : `${text.reach(line.name === line.contact ? line.contact : `${line.name} (${line.contact})`)} ${text.more(resource.url)}`,
    ...(input.kind === "overdose" ? [] : [text.danger(emergency)]),
    text.close,
  ];
  return parts.join(" ");
}
