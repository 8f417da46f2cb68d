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

export type DynamicVariables = Record<string, string | number | boolean>;

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
      chapter,
      stage: context.stage,
      mood: context.mood,
      tension: context.tension,
      local_time: context.local_time,
      boss_fight: bossFight,
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
