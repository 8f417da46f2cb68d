import { nikitaLine } from "@/lib/agents/lines";
// The words the jobs need from her: diary entries, proactive texts, conversation summaries and
// goodbyes. `JobWriter` is exactly the NikitaWriter contract of lib/agents/writer.ts; until that
// module lands, `offlineJobWriter` adapts the offline persona engine to it (deterministic,
// already in character and guarded). Jobs take the writer as a dependency, so switching to
// `getNikitaWriter()` is a one-line change in `defaultJobWriter`.

import {
  createSeededRng,
  extractFacts,
  offlineDiaryEntry,
  proactiveMessage,
  stillThereLine,
} from "@/lib/agents/offline";
import type { Analysis } from "@/lib/engine/analysis";
import type { GameOverReason } from "@/lib/engine/types";
import type { Chapter } from "@/lib/engine/vocabulary";
import { seedOf } from "./text-seed";

export type DiaryMood = "up" | "down" | "flat";
/** Something she remembers about the player (from the memory store), for a proactive text. */
export type RememberedFact = { subject: string; predicate: string; object: string };
export type ProactiveKind = "morning" | "evening" | "silence" | "decay_warning";

export interface JobWriter {
  diaryEntry(i: {
    playerId: string;
    playerName: string;
    chapter: Chapter;
    localDate: string;
    topics: string[];
    mood: DiaryMood;
    conversationCount: number;
  }): Promise<string>;
  proactiveMessage(i: {
    playerId: string;
    playerName: string;
    chapter: Chapter;
    kind: ProactiveKind;
    /** Facts she may bring up, most relevant first (possibly none). */
    facts: RememberedFact[];
  }): Promise<string>;
  summarizeConversation(i: {
    playerId: string;
    chapter: Chapter;
    lines: { role: "player" | "nikita"; content: string }[];
  }): Promise<{ summary: string; topics: string[]; facts: Analysis["facts"] }>;
  goodbye(i: { playerName: string; reason: GameOverReason }): string;
}

const MAX_TOPICS = 3;
const MIN_TOPIC_CHARS = 5;
const SUMMARY_SNIPPET_CHARS = 80;

/** Topics offline: the longest distinct words the player used (a rough but honest proxy). */
function roughTopics(lines: { role: string; content: string }[]): string[] {
  const words = lines
    .filter((l) => l.role === "player")
    .flatMap((l) => l.content.toLowerCase().match(/\p{L}{5,}/gu) ?? [])
    .filter((w) => w.length >= MIN_TOPIC_CHARS);
  return [...new Set(words)].sort((a, b) => b.length - a.length).slice(0, MAX_TOPICS);
}

export const offlineJobWriter: JobWriter = {
  async diaryEntry(i) {
    return offlineDiaryEntry({
      date: i.localDate,
      playerName: i.playerName,
      chapter: i.chapter,
      topics: i.topics,
      mood: i.mood,
      conversationCount: i.conversationCount,
      rng: createSeededRng(seedOf(i.playerId, i.localDate)),
    });
  },
  async proactiveMessage(i) {
    const seed = seedOf(i.playerId, i.kind, ...i.facts.map((f) => `${f.subject} ${f.predicate} ${f.object}`));
    const rng = createSeededRng(seed);
    if (i.kind === "decay_warning") return stillThereLine(i.chapter, { rng, playerName: i.playerName });
    const fact = i.facts.length > 0 ? i.facts[seed % i.facts.length] : undefined;
    return proactiveMessage({ kind: i.kind, chapter: i.chapter, playerName: i.playerName, fact, rng });
  },
  async summarizeConversation(i) {
    const playerLines = i.lines.filter((l) => l.role === "player");
    const topics = roughTopics(i.lines);
    const first = playerLines[0]?.content.slice(0, SUMMARY_SNIPPET_CHARS) ?? "";
    const summary =
      playerLines.length === 0
        ? `She wrote ${i.lines.length} message(s); no reply yet.`
        : `${playerLines.length} message(s) from the player, ${i.lines.length - playerLines.length} from her; opened with "${first}"${topics.length ? `; about ${topics.join(", ")}` : ""}.`;
    const facts = playerLines.flatMap((l) => extractFacts(l.content));
    return { summary, topics, facts };
  },
  goodbye(i) {
    // One source for goodbye lines: the same mapping the conversation pipeline uses.
    return nikitaLine("goodbye", {
      rng: createSeededRng(seedOf(i.reason, i.playerName)),
      playerName: i.playerName,
      reason: i.reason,
    });
  },
};

/** The writer jobs use when none is injected. */
export function defaultJobWriter(): JobWriter {
  return offlineJobWriter;
}
