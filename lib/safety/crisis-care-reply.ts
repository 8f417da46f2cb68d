// What Nikita says when a player is in crisis: no teasing, no game, plain care and a real
// help line for where they are. She says she cares; she does not pretend to be a counsellor.
// Send it with guardOutput(..., { allowHelpResources: true }) so the numbers pass.
import type { CrisisKind } from "./crisis-patterns";
import { selectHelpResource } from "./help-resources";

export type CrisisCareInput = {
  playerName: string;
  country?: string | null;
  timezone?: string | null;
  /** Abuse gets the abuse line where one exists; default is the crisis line. */
  kind?: CrisisKind;
};

function cleanName(name: string): string {
  return name
    .replace(/[^\p{L}\p{N} '-]/gu, "")
    .trim()
    .slice(0, 32);
}

/** A caring, plain-words reply with the local help line(s). Deterministic for its input. */
export function crisisCareReply(input: CrisisCareInput): string {
  const resource = selectHelpResource(input);
  const name = cleanName(input.playerName);
  const opener = name
    ? `${name}, i'm putting the jokes away for a second.`
    : "i'm putting the jokes away for a second.";
  const line = input.kind === "abuse" && resource.abuse ? resource.abuse : resource.crisis;
  const isDirectory = line.contact === resource.url;
  const reach = isDirectory
    ? `there are people whose whole job is being there for this, any hour. you can find the line for where you are at ${resource.url}.`
    : `please talk to ${line.name}: ${line.contact}. they're there for exactly this, any hour.`;
  const heard =
    input.kind === "abuse"
      ? "what you just told me matters. nobody gets to hurt you, and none of it is your fault."
      : "what you just told me matters, and so do you. i'm really glad you said it out loud.";
  const danger = resource.emergency
    ? `if you're in danger right now, call ${resource.emergency}.`
    : "if you're in danger right now, call your local emergency number.";
  const more = isDirectory ? "" : ` if that line doesn't fit, ${resource.url} lists others.`;
  return [
    opener,
    heard,
    `i care about you, and i'm not a counsellor, so i want you to have someone who can actually help: ${reach}${more}`,
    danger,
    "i'm still here. will you reach out to them, and keep talking to me too?",
  ].join(" ");
}
