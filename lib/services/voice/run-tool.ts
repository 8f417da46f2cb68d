// One server-tool call from the voice agent: find the tool, check that any player id in the
// body is the token's player, validate the input with the tool's zod schema, run it.
import { AGENT_TOOLS, type AgentTool, findTool, type ToolDeps } from "@/lib/agents/tools";
import { AppError } from "@/lib/errors";

export function toolOrThrow(name: string): AgentTool {
  const tool = findTool(name);
  if (!tool) {
    throw new AppError(
      "not_found:voice_tool",
      `Unknown tool "${name}". Tools: ${Object.keys(AGENT_TOOLS).join(", ")}.`,
    );
  }
  return tool;
}

export async function runVoiceTool(
  deps: ToolDeps,
  params: { tool: AgentTool; playerId: string; body: unknown; now: Date },
): Promise<unknown> {
  const body = (params.body && typeof params.body === "object" ? params.body : {}) as Record<string, unknown>;
  const { voice_token: _token, player_id: claimed, ...rest } = body;
  if (claimed !== undefined && claimed !== params.playerId) {
    throw new AppError("unauthorized:voice_token_player", "The voice_token belongs to another player.");
  }
  const input = params.tool.input.parse(rest);
  return params.tool.run({ deps, playerId: params.playerId, input, now: params.now });
}
