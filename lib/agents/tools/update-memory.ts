// update_memory: she stores something he told her during the call, through the same memory
// service the text pipeline writes to (restatements refresh, contradictions supersede).
import { z } from "zod";
import { FACT_ABOUT } from "@/lib/engine";
import { defineTool } from "./types";

export const MAX_FACTS_PER_UPDATE = 5;

/** The analysis fact shape (lib/engine/analysis.ts); confidence defaults to fairly sure. */
const factSchema = z.object({
  subject: z.string().trim().min(1).max(200),
  predicate: z.string().trim().min(1).max(200),
  object: z.string().trim().min(1).max(500),
  about: z.enum(FACT_ABOUT),
  confidence: z.number().min(0).max(1).default(0.8),
});

export const updateMemoryTool = defineTool({
  name: "update_memory",
  description: "Remember facts he told you (subject, predicate, object; about user, nikita or relationship).",
  input: z.object({ facts: z.array(factSchema).min(1, "give at least one fact").max(MAX_FACTS_PER_UPDATE) }),
  async run({ deps, playerId, input, now }) {
    await deps.memory.remember({ playerId, facts: input.facts, sourceMessageId: null, now });
    return { remembered: input.facts.length };
  },
});
