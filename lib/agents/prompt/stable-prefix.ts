// The stable prefix of every prompt in her voice (replies, boss lines, and the writer's
// summaries and proactive messages): persona, voice, all five stages, all five tests, limits,
// secrecy, how to read the conversation, output format. It is the same text for every player
// and every turn, so one cached copy serves all of them; the block carries the cache marker.
import type Anthropic from "@anthropic-ai/sdk";
import { testsSection } from "./boss-guide";
import { PERSONA_SECTION, VOICE_SECTION } from "./persona";
import { FORMAT_SECTION, LIMITS_SECTION, READING_SECTION, SECRECY_SECTION, vicesSection } from "./rules";
import { stagesSection } from "./stages";

export const STABLE_PREFIX: string = [
  PERSONA_SECTION,
  VOICE_SECTION,
  stagesSection(),
  vicesSection(),
  testsSection(),
  LIMITS_SECTION,
  SECRECY_SECTION,
  READING_SECTION,
  FORMAT_SECTION,
].join("\n\n");

export const EPHEMERAL_CACHE = { type: "ephemeral" } as const;

/** The stable prefix as a system block, marked as the end of the cacheable prefix. */
export function stableSystemBlock(): Anthropic.TextBlockParam {
  return { type: "text", text: STABLE_PREFIX, cache_control: EPHEMERAL_CACHE };
}
