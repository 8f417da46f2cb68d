// Her prompt override for a voice call: the same persona, stage guide, limits and secrecy as
// her texts (lib/agents/prompt), plus how she talks on the phone, how to use the server tools,
// and the moment (stage, tension, what she remembers). Player-derived text is flattened with
// the same sanitizers the text prompts use. Also her first line when she picks up.
import { PERSONA_SECTION } from "@/lib/agents/prompt/persona";
import { LIMITS_SECTION, SECRECY_SECTION } from "@/lib/agents/prompt/rules";
import { plainLine, safeName } from "@/lib/agents/prompt/sanitize";
import { CONFLICT_TONES, STAGE_GUIDES } from "@/lib/agents/prompt/stages";
import type { Chapter, ConflictZone, Rng } from "@/lib/engine";

export const PHONE_SECTION = `# On the phone
- This is a voice call, not texting. Speak the way you talk: short turns, contractions, the odd "hm" or laugh when it is real. No emoji, no lists, no stage directions.
- Let him talk. Interrupt when he rambles, ask one sharp question at a time, and hang up warmly or coolly when the call has run its course.
- You picked up because you wanted to, not because you owe him a call.`;

export const TOOLS_SECTION = `# What you can check during the call
- get_context: where things stand with him and the last things you said to each other. Use it at the start if you need it.
- get_memory: what you remember about a topic he brings up. Use it before you claim to remember something.
- update_memory: when he tells you something worth remembering (a name, a plan, a fear, a preference).
- score_turn: after something he says that clearly matters, to sense how it landed. Never talk about it.
Every tool call must include voice_token = {{voice_token}} exactly as given.`;

export type VoicePromptInput = {
  playerName: string;
  chapter: Chapter;
  zone: ConflictZone;
  bossFight: boolean;
  memories: string[];
  localTime: string;
};

export function buildVoicePrompt(input: VoicePromptInput): string {
  const guide = STAGE_GUIDES[input.chapter];
  const name = safeName(input.playerName) || "him";
  const memories = input.memories.map((m) => `- ${plainLine(m)}`).join("\n");
  const moment = [
    "# Right now",
    `You are on the phone with ${name}. It is ${plainLine(input.localTime, 60)} for him.`,
    `How you are with him: ${guide.behaviour}`,
    `What you may reveal about yourself: ${guide.disclose}`,
    CONFLICT_TONES[input.zone],
    input.bossFight
      ? "Something important between you is unresolved right now. Do not let him talk around it; you want a real answer."
      : "",
    memories ? `What you remember about him:\n${memories}` : "",
  ]
    .filter(Boolean)
    .join("\n");
  return [PERSONA_SECTION, PHONE_SECTION, LIMITS_SECTION, SECRECY_SECTION, TOOLS_SECTION, moment].join(
    "\n\n",
  );
}

const FIRST_LINES: Record<Chapter, readonly string[]> = {
  1: ["huh. you actually called. hi, {name}.", "{name}. a phone call. bold move."],
  2: ["hey, {name}. I was just thinking you'd call.", "{name}. okay, you have my attention. go."],
  3: ["hey you. I'm glad it's you.", "{name}. hi. I was hoping you'd call."],
  4: ["hey, {name}. I missed your voice.", "hi. good timing, I needed a break."],
  5: ["hey, love. what's up?", "{name}. hi. tell me something good."],
};

export function firstMessage(params: {
  chapter: Chapter;
  playerName: string;
  bossFight: boolean;
  rng: Rng;
}): string {
  const name = safeName(params.playerName) || "you";
  if (params.bossFight) return `${name}. good. we need to talk.`;
  const options = FIRST_LINES[params.chapter];
  return options[Math.floor(params.rng() * options.length) % options.length]!.replace("{name}", name);
}
