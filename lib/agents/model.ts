// The contract between the conversation pipeline and whoever plays Nikita: Claude through
// the Anthropic adapter, or the offline persona engine. Both produce the same shapes; the
// pipeline validates what comes back (analysis with zod, replies with the output guard).

import type { Chapter, ConflictZone, GameOverReason, Platform } from "@/lib/engine";
import type { Analysis } from "@/lib/engine/analysis";
import type { BossJudgment } from "@/lib/engine/boss";
import type { ActiveVice } from "@/lib/engine/vices";

export type TranscriptLine = { role: "player" | "nikita"; content: string; at: Date };

/** Everything a reply prompt may use. Player text only ever appears in user turns. */
export type ReplyContext = {
  playerId: string;
  playerName: string;
  chapter: Chapter;
  conflictZone: ConflictZone;
  platform: Platform;
  vices: ActiveVice[];
  /** Short lines of what she remembers, most relevant first. */
  memories: string[];
  /** Recent history, oldest first, already trimmed to the token budget by the pipeline. */
  history: TranscriptLine[];
  /** The message she is answering. */
  playerText: string;
  localTime: string;
  localHour: number;
  /** Optional: a short qualitative note about earlier today (no numbers), e.g. her diary so far. */
  today?: string;
  isNewConversation: boolean;
  hoursSinceLastMessage: number | null;
  /** Set during a boss fight: which boss and which phase her line belongs to. */
  boss?: { chapter: Chapter; phase: "opening" | "resolution" };
  /** A stricter instruction appended when the output guard blocked the first attempt. */
  stricter?: string;
  /** Seeded randomness for the offline engine. */
  seed: number;
};

export type AnalysisContext = {
  playerId: string;
  chapter: Chapter;
  conflictZone: ConflictZone;
  playerText: string;
  /** Her message(s) the player is answering, for context. */
  previousNikitaLine: string | null;
  history: TranscriptLine[];
  seed: number;
};

export type JudgmentContext = {
  playerId: string;
  chapter: Chapter;
  /** The boss exchange: her opening, his reply, her follow-up, his reply. */
  exchange: TranscriptLine[];
  seed: number;
};

export type BossLineContext = {
  playerId: string;
  playerName: string;
  chapter: Chapter;
  phase: "opening" | "resolution";
  history: TranscriptLine[];
  seed: number;
};

export interface ConversationModel {
  readonly mode: "anthropic" | "offline";
  /** Her reply text (unshaped: the pipeline strips, splits and guards it). */
  reply(ctx: ReplyContext): Promise<string>;
  /** Raw analysis; the pipeline validates it with analysisSchema (malformed → zero deltas). */
  analyze(ctx: AnalysisContext): Promise<unknown>;
  /** Boss judgment; a thrown error is the ERROR outcome. */
  judge(ctx: JudgmentContext): Promise<BossJudgment>;
  /** Her boss opening or resolution line. */
  bossLine(ctx: BossLineContext): Promise<string>;
}

export type { Analysis, GameOverReason };
