// Everything the ElevenLabs agent needs to start a call with one player: the dynamic variables
// (name, stage, her mood, tension, relevant memories, the signed per-call token) and the
// prompt override for the player's chapter. Two renderings of the same setup: the
// conversation-initiation webhook's `conversation_initiation_client_data` (snake_case) and the
// browser SDK's `startSession` options (camelCase).
import { loadEngineState } from "@/db/queries/engine-state";
import { loadPlayerContext, type ToolDeps } from "@/lib/agents/tools";
import { type Chapter, currentConflictZone, type Rng } from "@/lib/engine";
import { guardOutput } from "@/lib/safety";
import { VOICE_CONFIG } from "./config";
import { buildVoicePrompt, firstMessage } from "./prompt";
import { issueVoiceToken } from "./token";

/**
 * Every dynamic variable the agent defines. ElevenLabs accepts strings, numbers and booleans,
 * but a value must have the type of the agent's placeholder for it, and the initiation answer
 * must carry every variable the agent defines; the agent declares all of these as text, so
 * every value is sent as a string ("2", "true"), on the webhook and in the browser session alike.
 */
export const DYNAMIC_VARIABLE_NAMES = [
  "player_id",
  "player_name",
  "chapter",
  "stage",
  "mood",
  "tension",
  "local_time",
  "boss_fight",
  "memories",
  "voice_token",
] as const;

export type DynamicVariables = Record<(typeof DYNAMIC_VARIABLE_NAMES)[number], string>;

export type CallSetup = {
  playerId: string;
  dynamicVariables: DynamicVariables;
  prompt: string;
  firstMessage: string;
  tokenExpiresAt: Date;
};

/** What the agent remembers going into the call (never throws: no memories on failure). */
async function callMemories(deps: ToolDeps, playerId: string, query: string): Promise<string[]> {
  try {
    return await deps.memory.recall({ playerId, query, limit: VOICE_CONFIG.memoriesPerCall });
  } catch {
    return [];
  }
}

export async function buildCallSetup(
  deps: ToolDeps,
  params: { playerId: string; now: Date; secret: string; rng: Rng },
): Promise<CallSetup | null> {
  const [loaded, context] = await Promise.all([
    loadEngineState(deps.db, { playerId: params.playerId }),
    loadPlayerContext(deps.db, { playerId: params.playerId, now: params.now }),
  ]);
  if (!loaded || !context) return null;
  const chapter = loaded.state.game.chapter as Chapter;
  const query = context.recent
    .filter((l) => l.from === "him")
    .map((l) => l.text)
    .join(" ")
    .slice(-500);
  const memories = await callMemories(deps, params.playerId, query || context.name);
  const { token, expiresAt } = issueVoiceToken({
    playerId: params.playerId,
    now: params.now,
    secret: params.secret,
  });
  const bossFight = loaded.state.game.status === "boss_fight";
  const prompt = buildVoicePrompt({
    playerName: context.name,
    chapter,
    zone: currentConflictZone(loaded.state.conflict, params.now),
    bossFight,
    memories,
    localTime: context.local_time,
  });
  const opening = firstMessage({ chapter, playerName: context.name, bossFight, rng: params.rng });
  return {
    playerId: params.playerId,
    prompt,
    firstMessage: guardOutput(opening, { chapter }).ok ? opening : "hey.",
    tokenExpiresAt: expiresAt,
    dynamicVariables: {
      player_id: params.playerId,
      player_name: context.name,
      chapter: String(chapter),
      stage: context.stage,
      mood: context.mood,
      tension: context.tension,
      local_time: context.local_time,
      boss_fight: String(bossFight),
      memories: memories.join("; ").slice(0, 1500) || "nothing yet",
      voice_token: token,
    },
  };
}

/** The conversation-initiation webhook answer (fixtures/elevenlabs/conversation-initiation-response.json). */
export function toInitiationResponse(setup: CallSetup) {
  return {
    type: "conversation_initiation_client_data" as const,
    dynamic_variables: setup.dynamicVariables,
    conversation_config_override: {
      agent: { prompt: { prompt: setup.prompt }, first_message: setup.firstMessage, language: "en" },
    },
  };
}

/** Her whole part in a call she does not take: say the line, then hang up. */
export const REFUSAL_PROMPT = `You are Nikita, and you are not taking this call. You already said your one line (the first message). Do not say anything else, do not answer questions, do not use any tool except end_call: end the call right away.`;

/**
 * The initiation answer for a call she will not take (game over, won, unknown caller,
 * declined): still a 200 with the same shape, her refusal as the first message and a prompt
 * that only hangs up, so the caller hears a person instead of a failed call. Every variable
 * the agent defines is present but empty: no player id (a post-call webhook for it is
 * ignored), no token (the tools answer nothing).
 */
export function toRefusalResponse(line: string) {
  const empty = Object.fromEntries(DYNAMIC_VARIABLE_NAMES.map((name) => [name, ""])) as DynamicVariables;
  return {
    type: "conversation_initiation_client_data" as const,
    dynamic_variables: { ...empty, boss_fight: "false" },
    conversation_config_override: {
      agent: { prompt: { prompt: REFUSAL_PROMPT }, first_message: line, language: "en" },
    },
  };
}

/** Options for `Conversation.startSession` in the browser (besides the signed URL). */
export function toSessionOptions(setup: CallSetup) {
  return {
    userId: setup.playerId,
    dynamicVariables: setup.dynamicVariables,
    overrides: {
      agent: { prompt: { prompt: setup.prompt }, firstMessage: setup.firstMessage, language: "en" as const },
    },
  };
}
