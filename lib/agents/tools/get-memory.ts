// get_memory: what she remembers about him that is relevant to a query, as short lines
// (the same recall the text pipeline uses for its prompts).
import { z } from "zod";
import { defineTool } from "./types";

export const MEMORY_LIMIT = { default: 5, max: 10 } as const;

export const getMemoryTool = defineTool({
  name: "get_memory",
  description: "What you remember about him that relates to the query (short lines, most relevant first).",
  input: z.object({
    query: z.string().trim().min(1, "query must not be empty").max(500),
    limit: z.number().int().min(1).max(MEMORY_LIMIT.max).default(MEMORY_LIMIT.default),
  }),
  async run({ deps, playerId, input }) {
    const memories = await deps.memory.recall({ playerId, query: input.query, limit: input.limit });
    return { memories: memories.slice(0, input.limit) };
  },
});
