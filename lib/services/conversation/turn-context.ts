// What a turn knows before any rule runs: the player and their engine state, the message,
// its conversation's platform, recent history and relevant memories; and the reply context
// built from it (local time, "earlier today", silence).
import type { DbOrTx } from "@/db";
import type { ClaimedTurn } from "@/db/queries/conversations";
import { getTurnMessage, recentMessages } from "@/db/queries/conversations";
import { type LoadedPlayer, loadEngineState } from "@/db/queries/engine-state";
import type { ReplyContext, TranscriptLine } from "@/lib/agents/model";
import { activeVices, type Chapter, currentConflictZone, localHour, type Platform, TIME } from "@/lib/engine";
import { RATE_LIMIT_RULES } from "@/lib/engine/rules";
import { createLogger } from "@/lib/observability/logger";
import { PIPELINE, type PipelineDeps } from "./deps";
import { describeToday } from "./today";

const log = createLogger("pipeline");

export type TurnContext = LoadedPlayer & {
  turn: ClaimedTurn;
  message: { id: number; content: string; createdAt: Date; kind: string };
  platform: Platform;
  history: TranscriptLine[];
  /** Player messages before this one, for the rate limits: the minute before it, this UTC day. */
  recentPlayerMessages: { lastMinute: number; today: number };
};

export async function loadTurnContext(db: DbOrTx, turn: ClaimedTurn, now: Date): Promise<TurnContext | null> {
  const utcDayStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  // Independent reads, issued together (postgres.js spreads them over the pool).
  const [loaded, message, rows] = await Promise.all([
    loadEngineState(db, { playerId: turn.playerId }),
    getTurnMessage(db, {
      playerId: turn.playerId,
      messageId: turn.messageId,
      utcDayStart,
      minuteWindowSeconds: RATE_LIMIT_RULES.minuteWindowSeconds,
    }),
    recentMessages(db, { playerId: turn.playerId, now, limit: PIPELINE.historyMessages }),
  ]);
  if (!loaded || !message) return null;
  const history = rows
    .filter((r) => r.id !== message.id)
    .map((r) => ({ role: r.role as TranscriptLine["role"], content: r.content, at: r.createdAt }));
  return {
    ...loaded,
    turn,
    message: { id: message.id, content: message.content, createdAt: message.createdAt, kind: message.kind },
    platform: message.platform,
    history,
    recentPlayerMessages: message.recentPlayerMessages,
  };
}

export async function recallMemories(
  deps: PipelineDeps,
  playerId: string,
  query: string,
  limit: number = PIPELINE.memoriesInPrompt,
): Promise<string[]> {
  try {
    return await deps.memory.recall({ playerId, query, limit });
  } catch (error) {
    log.warn("memory recall failed; replying without memories", { playerId, error });
    return [];
  }
}

/**
 * What she remembers for this turn: the facts relevant to his message, and on the first
 * message of a game (a new player, or after a reset: GAME.md §9 "she remembers you") also a
 * few of the most recent facts whatever he wrote, so "hey" after a reset meets someone who
 * knows him. Never rejects.
 */
export async function recallForTurn(deps: PipelineDeps, ctx: TurnContext): Promise<string[]> {
  const topical = recallMemories(deps, ctx.player.id, ctx.message.content);
  if (ctx.state.game.lastPlayerMessageAt !== null) return topical;
  const [relevant, remembered] = await Promise.all([
    topical,
    recallMemories(deps, ctx.player.id, "", PIPELINE.rememberedOnFirstMessage),
  ]);
  const extra = remembered.filter((line) => !relevant.includes(line));
  return [...relevant.slice(0, PIPELINE.memoriesInPrompt - extra.length), ...extra];
}

/** One formatter per time zone: building an Intl.DateTimeFormat costs more than using it. */
const localTimeFormats = new Map<string, Intl.DateTimeFormat>();

function formatLocalTime(now: Date, timeZone: string): string {
  try {
    let format = localTimeFormats.get(timeZone);
    if (!format) {
      format = new Intl.DateTimeFormat("en-GB", {
        timeZone,
        weekday: "long",
        hour: "2-digit",
        minute: "2-digit",
      });
      localTimeFormats.set(timeZone, format);
    }
    return format.format(now);
  } catch {
    return now.toISOString();
  }
}

export function buildReplyContext(
  ctx: TurnContext,
  params: { now: Date; memories: string[]; isNewConversation: boolean; seed: number },
): ReplyContext {
  const { player, state } = ctx;
  const lastPlayer = state.game.lastPlayerMessageAt;
  return {
    playerId: player.id,
    playerName: player.name ?? "you",
    chapter: state.game.chapter as Chapter,
    conflictZone: currentConflictZone(state.conflict, params.now),
    platform: ctx.platform,
    vices: activeVices(state.vices, state.game.chapter),
    memories: params.memories,
    history: ctx.history,
    playerText: ctx.message.content,
    localTime: formatLocalTime(params.now, player.timezone),
    localHour: localHour(params.now, player.timezone),
    today: describeToday({
      history: ctx.history,
      messageAt: ctx.message.createdAt,
      timeZone: player.timezone,
    }),
    isNewConversation: params.isNewConversation,
    hoursSinceLastMessage: lastPlayer
      ? (ctx.message.createdAt.getTime() - lastPlayer.getTime()) / TIME.msPerHour
      : null,
    seed: params.seed,
  };
}
