// The per-exchange analysis contract (GAME.md §1). Produced by the model or by the offline
// analyzer, validated here, consumed by the engine. Malformed analysis never moves the score.
import { z } from "zod";
import { ANALYSIS_RULES } from "./rules";
import { FACT_ABOUT, type HORSEMEN, REPAIR_QUALITIES, VICE_CATEGORIES } from "./vocabulary";

const delta = z.number().min(ANALYSIS_RULES.deltaMin).max(ANALYSIS_RULES.deltaMax);

/** `horseman:<kind>`, `vulnerability_exchange`, or another short behaviour label. */
export const behaviourSchema = z.string().min(1).max(64);
export const horsemanBehaviour = (h: (typeof HORSEMEN)[number]) => `horseman:${h}` as const;

export const analysisSchema = z.object({
  deltas: z.object({ intimacy: delta, passion: delta, trust: delta, secureness: delta }),
  behaviours: z.array(behaviourSchema).max(16).default([]),
  repair: z
    .object({ detected: z.boolean(), quality: z.enum(REPAIR_QUALITIES).nullable() })
    .default({ detected: false, quality: null }),
  vice_signals: z
    .array(
      z.object({
        category: z.enum(VICE_CATEGORIES),
        confidence: z.number().min(0).max(1),
        positive: z.boolean(),
      }),
    )
    .max(16)
    .default([]),
  facts: z
    .array(
      z.object({
        subject: z.string().min(1).max(200),
        predicate: z.string().min(1).max(200),
        object: z.string().min(1).max(500),
        about: z.enum(FACT_ABOUT),
        confidence: z.number().min(0).max(1),
      }),
    )
    .max(20)
    .default([]),
  /** Safety flags raised by the analyzer (crisis care, age). */
  flags: z
    .object({ crisis: z.boolean().default(false), minor: z.boolean().default(false) })
    .default({ crisis: false, minor: false }),
  confidence: z.number().min(0).max(1),
  explanation: z.string().max(280),
});
export type Analysis = z.infer<typeof analysisSchema>;

/** The neutral analysis used when the real one is malformed: nothing moves. */
export const NEUTRAL_ANALYSIS: Analysis = {
  deltas: { intimacy: 0, passion: 0, trust: 0, secureness: 0 },
  behaviours: [],
  repair: { detected: false, quality: null },
  vice_signals: [],
  facts: [],
  flags: { crisis: false, minor: false },
  confidence: 0,
  explanation: "",
};

export type ParsedAnalysis =
  | { ok: true; analysis: Analysis }
  | { ok: false; analysis: Analysis; issue: string };

/** Validates raw analyzer output; on any problem returns zero deltas and the reason. */
export function parseAnalysis(raw: unknown): ParsedAnalysis {
  const result = analysisSchema.safeParse(raw);
  if (result.success) return { ok: true, analysis: result.data };
  return { ok: false, analysis: NEUTRAL_ANALYSIS, issue: result.error.issues[0]?.message ?? "invalid" };
}
