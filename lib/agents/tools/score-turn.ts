// score_turn: a provisional read of one thing he said during a call, so she can react to how
// it landed. Nothing is stored here: the whole call is scored once, after it ends, from the
// post-call transcript (GAME.md §1/§11). The answer is qualitative — never a number.
import { z } from "zod";
import { loadEngineState } from "@/db/queries/engine-state";
import { type Chapter, parseAnalysis } from "@/lib/engine";
import { defineTool } from "./types";

export type TurnRead = "warmer" | "cooler" | "steady";

export const scoreTurnTool = defineTool({
  name: "score_turn",
  description:
    "How what he just said landed (warmer, cooler or steady). Provisional; the call is scored at the end.",
  input: z.object({
    player_text: z.string().trim().min(1, "player_text must not be empty").max(2000),
    nikita_text: z.string().max(2000).optional(),
  }),
  async run({ deps, playerId, input }) {
    const loaded = await loadEngineState(deps.db, { playerId });
    const chapter = (loaded?.state.game.chapter ?? 1) as Chapter;
    const raw = await deps.model.analyze({
      playerId,
      chapter,
      conflictZone: "CALM",
      playerText: input.player_text,
      previousNikitaLine: input.nikita_text ?? null,
      history: [],
      seed: deps.seed(),
    });
    const { analysis } = parseAnalysis(raw);
    const sum = Object.values(analysis.deltas).reduce((a, b) => a + b, 0);
    const read: TurnRead = sum > 0 ? "warmer" : sum < 0 ? "cooler" : "steady";
    const signals = analysis.behaviours
      .filter((b) => !b.includes(":"))
      .map((b) => b.replace(/_/g, " "))
      .slice(0, 4);
    return { read, signals };
  },
});
