// One server-tool call from the voice agent: find the tool, check that any player id in the
// body is the token's player, validate the input with the tool's zod schema, run it. A token
// outlives its player when the account is deleted during the call: that is a 404, not a 500.
import { playerExists } from "@/db/queries/players";
import { FOREIGN_KEY_VIOLATION, sqlStateOf } from "@/db/sql-state";
import { AGENT_TOOLS, type AgentTool, findTool, type ToolDeps } from "@/lib/agents/tools";
import { AppError } from "@/lib/errors";

const playerGone = () =>
  new AppError("not_found:voice_player", "The player of this voice_token no longer exists.");

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
  if (!(await playerExists(deps.db, params.playerId))) throw playerGone();
  try {
    return await params.tool.run({ deps, playerId: params.playerId, input, now: params.now });
  } catch (error) {
    // Deleted between the check and the write.
    if (sqlStateOf(error) === FOREIGN_KEY_VIOLATION) throw playerGone();
    throw error;
  }
}
