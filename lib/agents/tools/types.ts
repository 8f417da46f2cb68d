// The shape of a tool Nikita's agents can call (the voice agent through ElevenLabs server
// tools; the text agent through the same registry): a name, a zod input schema, and a
// handler over the pipeline's services, always scoped to one player by the caller.
import type { z } from "zod";
import type { Db } from "@/db";
import type { ConversationModel } from "@/lib/agents/model";
import type { Analysis } from "@/lib/engine";

/** Memory as the tools need it (the pipeline's MemoryPort, with an optional source message). */
export type ToolMemory = {
  recall(params: { playerId: string; query: string; limit: number }): Promise<string[]>;
  remember(params: {
    playerId: string;
    facts: Analysis["facts"];
    sourceMessageId: number | null;
    now: Date;
  }): Promise<void>;
};

export type ToolDeps = { db: Db; memory: ToolMemory; model: ConversationModel; seed: () => number };

export type ToolCall<I> = { deps: ToolDeps; playerId: string; input: I; now: Date };

export type AgentTool<S extends z.ZodType = z.ZodType, O = unknown> = {
  name: string;
  description: string;
  input: S;
  run(call: ToolCall<z.infer<S>>): Promise<O>;
};

export function defineTool<S extends z.ZodType, O>(tool: AgentTool<S, O>): AgentTool<S, O> {
  return tool;
}
