// The offline Nikita as a ConversationModel: deterministic, rule-based, no network. The
// default when no Anthropic key is set, so the whole game is playable on a laptop. Memories
// reach her as short prompt lines, parsed back into facts about him; she only throws back
// facts she can phrase naturally.
import { createRng } from "@/lib/engine";
import type { ConversationModel } from "./model";
import { bossOpening, bossResolution, offlineAnalyze, offlineJudge, offlineReply } from "./offline";
import { factsFromMemoryLines } from "./offline/memory-lines";

const RECENT_LINES = 6;

export function createOfflineModel(): ConversationModel {
  return {
    mode: "offline",
    async reply(ctx) {
      return offlineReply({
        playerText: ctx.playerText,
        playerName: ctx.playerName === "you" ? "" : ctx.playerName,
        chapter: ctx.chapter,
        conflictZone: ctx.conflictZone,
        topVices: ctx.vices.map((v) => v.category),
        facts: factsFromMemoryLines(ctx.memories),
        recentNikitaLines: ctx.history
          .filter((l) => l.role === "nikita")
          .slice(-RECENT_LINES)
          .map((l) => l.content),
        isNewConversation: ctx.isNewConversation,
        hoursSinceLastMessage: ctx.hoursSinceLastMessage ?? 0,
        localHour: ctx.localHour,
        rng: createRng(ctx.seed),
      });
    },
    async analyze(ctx) {
      return offlineAnalyze({
        playerText: ctx.playerText,
        chapter: ctx.chapter,
        conflictZone: ctx.conflictZone,
      });
    },
    async judge(ctx) {
      const replies = ctx.exchange.filter((l) => l.role === "player").map((l) => l.content);
      const verdict = offlineJudge(ctx.chapter, replies);
      return { verdict: verdict.verdict, confidence: verdict.confidence };
    },
    async bossLine(ctx) {
      const rng = createRng(ctx.seed);
      if (ctx.phase === "opening")
        return bossOpening(ctx.chapter, rng, ctx.playerName === "you" ? "" : ctx.playerName);
      const lastReply = [...ctx.history].reverse().find((l) => l.role === "player")?.content ?? "";
      return bossResolution(ctx.chapter, lastReply, rng);
    },
  };
}
