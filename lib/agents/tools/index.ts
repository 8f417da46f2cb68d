// The tool registry shared by Nikita's agents: the voice agent's ElevenLabs server tools
// (POST /api/voice/tools/[tool]) and any text-agent tool use resolve names here. Inputs are
// validated with each tool's zod schema before its handler runs.
import { getContextTool } from "./get-context";
import { getMemoryTool } from "./get-memory";
import { scoreTurnTool } from "./score-turn";
import type { AgentTool } from "./types";
import { updateMemoryTool } from "./update-memory";

export { loadPlayerContext, type PlayerContext } from "./get-context";
export type { AgentTool, ToolDeps } from "./types";

export const AGENT_TOOLS = {
  get_context: getContextTool,
  get_memory: getMemoryTool,
  score_turn: scoreTurnTool,
  update_memory: updateMemoryTool,
} as const satisfies Record<string, AgentTool>;

export type ToolName = keyof typeof AGENT_TOOLS;

export function findTool(name: string): AgentTool | null {
  return Object.hasOwn(AGENT_TOOLS, name) ? (AGENT_TOOLS[name as ToolName] as AgentTool) : null;
}
