// Recent history as Messages API turns. Rules: her lines are assistant turns, his are user
// turns wrapped in <player_message>; the newest lines that fit the token budget are kept
// (oldest dropped first); consecutive turns of one speaker are merged; the conversation
// starts with a user turn; the message she is answering is always the last user turn.
import type Anthropic from "@anthropic-ai/sdk";
import type { TranscriptLine } from "@/lib/agents/model";
import { neutralizeTags, wrapPlayerText } from "./sanitize";
import { estimateTokens } from "./tokens";

/** Default budget for history before the current message (about 20 short exchanges). */
export const HISTORY_TOKEN_BUDGET = 1_500;

type Turn = { role: "user" | "assistant"; text: string };

function toTurn(line: TranscriptLine): Turn {
  return line.role === "player"
    ? { role: "user", text: wrapPlayerText(line.content) }
    : { role: "assistant", text: neutralizeTags(line.content) };
}

/** The newest turns whose estimated tokens fit the budget, oldest first. */
function newestWithinBudget(turns: Turn[], budgetTokens: number): Turn[] {
  const kept: Turn[] = [];
  let used = 0;
  for (let i = turns.length - 1; i >= 0; i--) {
    const turn = turns[i]!;
    used += estimateTokens(turn.text);
    if (used > budgetTokens) break;
    kept.unshift(turn);
  }
  return kept;
}

function mergeSameRole(turns: Turn[]): Turn[] {
  const merged: Turn[] = [];
  for (const turn of turns) {
    const last = merged.at(-1);
    if (last && last.role === turn.role) last.text = `${last.text}\n${turn.text}`;
    else merged.push({ ...turn });
  }
  return merged;
}

/**
 * Builds the message list. `current` is appended as the final user content (his message, or a
 * director note when she writes first); a history that already ends with the same player line
 * is not repeated.
 */
export function historyToMessages(
  history: TranscriptLine[],
  current: { playerText: string } | { directorNote: string },
  budgetTokens: number = HISTORY_TOKEN_BUDGET,
): Anthropic.MessageParam[] {
  let lines = history.filter((l) => l.content.trim().length > 0);
  const last = lines.at(-1);
  if ("playerText" in current && last?.role === "player" && last.content === current.playerText) {
    lines = lines.slice(0, -1);
  }
  const finalTurn: Turn =
    "playerText" in current
      ? { role: "user", text: wrapPlayerText(current.playerText) }
      : { role: "user", text: `<director_note>${current.directorNote}</director_note>` };
  const turns = mergeSameRole([...newestWithinBudget(lines.map(toTurn), budgetTokens), finalTurn]);
  while (turns[0]?.role === "assistant") turns.shift();
  return turns.map((t) => ({ role: t.role, content: t.text }));
}
