// §10 /status: the chapter name and a mood band by score (≥80 great, ≥60 solid,
// ≥40 complicated, ≥20 not great, else we need to talk). Never the number itself; the
// bot and the portal turn the band key into her words.
import { CHAPTER_RULES, MOOD_BANDS, type MoodBand } from "./rules";
import type { PlayerGameState } from "./types";

export function moodBand(score: number): MoodBand {
  for (const b of MOOD_BANDS) if (score >= b.minScore) return b.band;
  return "we_need_to_talk";
}

export interface StatusView {
  chapterName: string;
  mood: MoodBand;
  status: PlayerGameState["status"];
}

export function statusView(game: PlayerGameState): StatusView {
  return { chapterName: CHAPTER_RULES[game.chapter].name, mood: moodBand(game.score), status: game.status };
}
