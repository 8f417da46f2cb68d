// A finished call (ElevenLabs post_call_transcription, signature already verified): stored as
// a `voice` conversation with its transcript, scored once with the §1 rules (one analysis over
// the whole call, history kind `voice_call`), its facts remembered, and — when the call lifted
// him over the threshold — the boss opening (or, at game over, her goodbye) texted on his
// channel. The conversation id is unique per platform, so a redelivered webhook finds the row
// and changes nothing. Other event types and unknown players are acknowledged with no effect.
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db";
import { insertScoreHistory, loadEngineState, saveEngineState } from "@/db/queries/engine-state";
import { conversations, messages, players } from "@/db/schema";
import { nikitaLine } from "@/lib/agents/lines";
import type { TranscriptLine } from "@/lib/agents/model";
import type { ToolDeps } from "@/lib/agents/tools";
import {
  type Analysis,
  applyExchange,
  type Chapter,
  createRng,
  currentConflictZone,
  type GameEvent,
  parseAnalysis,
  type Rng,
  recordNikitaMessages,
  recordPlayerMessage,
} from "@/lib/engine";
import { createLogger } from "@/lib/observability/logger";
import { planBubbles, sendPlanned } from "@/lib/services/conversation/outbound";
import { guardLine, recordGuardBlocks } from "@/lib/services/conversation/reply-guard";
import { VOICE_CONFIG } from "@/lib/voice/config";
import {
  type CallLine,
  callLines,
  callPlayerId,
  callWindow,
  envelopeSchema,
  transcriptionDataSchema,
} from "./post-call-event";

const log = createLogger("voice.post-call");

export const TRANSCRIPTION_EVENT = "post_call_transcription";

export type PostCallOutcome =
  | { status: "ignored"; reason: "event_type" | "unknown_player" }
  | { status: "duplicate"; conversationId: string }
  | { status: "stored"; conversationId: string; scored: boolean; events: GameEvent["type"][] };

async function existingConversation(deps: ToolDeps, externalId: string): Promise<string | null> {
  const [row] = await deps.db
    .select({ id: conversations.id })
    .from(conversations)
    .where(and(eq(conversations.platform, "voice"), eq(conversations.externalId, externalId)));
  return row?.id ?? null;
}

async function analyzeCall(
  deps: ToolDeps,
  playerId: string,
  lines: CallLine[],
  chapter: Chapter,
  zone: ReturnType<typeof currentConflictZone>,
) {
  const spoken = lines.filter((l) => l.role === "player");
  if (spoken.length === 0) return parseAnalysis(null).analysis;
  const history: TranscriptLine[] = lines.map((l) => ({ role: l.role, content: l.content, at: l.at }));
  try {
    const raw = await deps.model.analyze({
      playerId,
      chapter,
      conflictZone: zone,
      playerText: spoken.map((l) => l.content).join("\n"),
      previousNikitaLine: lines.find((l) => l.role === "nikita")?.content ?? null,
      history,
      seed: deps.seed(),
    });
    const parsed = parseAnalysis(raw);
    if (!parsed.ok) log.warn("call analysis rejected; zero deltas", { playerId, issue: parsed.issue });
    return parsed.analysis;
  } catch (error) {
    log.warn("call analysis failed; scoring nothing", { playerId, error });
    return parseAnalysis(null).analysis;
  }
}

type Stored = {
  conversationId: string;
  lastPlayerMessageId: number | null;
  scored: boolean;
  events: GameEvent[];
};

async function storeAndScore(
  tx: Tx,
  params: {
    playerId: string;
    externalId: string;
    lines: CallLine[];
    start: Date;
    end: Date;
    analysis: Analysis;
    now: Date;
  },
): Promise<Stored | "duplicate" | "unknown_player"> {
  const { playerId, lines, analysis, now } = params;
  // The player row is locked first, before the conversation insert takes its foreign-key lock
  // on it: two calls of one player finishing together then queue here instead of deadlocking
  // (each holding the key-share lock the other's FOR UPDATE waits for).
  const loaded = await loadEngineState(tx, { playerId, forUpdate: true });
  if (!loaded) return "unknown_player";
  const [conversation] = await tx
    .insert(conversations)
    .values({
      playerId,
      platform: "voice",
      externalId: params.externalId,
      startedAt: params.start,
      lastMessageAt: params.end,
      closedAt: params.end,
      messageCount: lines.length,
    })
    .onConflictDoNothing({ target: [conversations.platform, conversations.externalId] })
    .returning({ id: conversations.id });
  if (!conversation) return "duplicate";
  const inserted =
    lines.length === 0
      ? []
      : await tx
          .insert(messages)
          .values(
            lines.map((l) => ({
              playerId,
              conversationId: conversation.id,
              role: l.role,
              kind: "voice" as const,
              content: l.content,
              createdAt: l.at,
            })),
          )
          .returning({ id: messages.id, role: messages.role });
  const lastPlayerMessageId = inserted.filter((m) => m.role === "player").at(-1)?.id ?? null;
  if (lastPlayerMessageId === null) {
    return { conversationId: conversation.id, lastPlayerMessageId, scored: false, events: [] };
  }
  const recorded = recordPlayerMessage(loaded.state.game, params.end, loaded.player.timezone);
  const result = applyExchange({ ...loaded.state, game: recorded.game }, analysis, {
    now,
    source: "voice_call",
  });
  if (!result.scored)
    return { conversationId: conversation.id, lastPlayerMessageId, scored: false, events: [] };
  const herLines = lines.filter((l) => l.role === "nikita").length;
  const game = recordNikitaMessages(result.state.game, herLines);
  await saveEngineState(tx, { playerId, state: { ...result.state, game }, now });
  await insertScoreHistory(tx, {
    playerId,
    entries: result.history,
    messageId: lastPlayerMessageId,
    conversationId: conversation.id,
  });
  const scored = result.history.find((h) => h.kind === "voice_call");
  await tx
    .update(messages)
    .set({
      analysis,
      scoreDelta: scored ? Math.round((scored.scoreAfter - scored.scoreBefore) * 100) / 100 : null,
      explanation: analysis.explanation || null,
    })
    .where(eq(messages.id, lastPlayerMessageId));
  return { conversationId: conversation.id, lastPlayerMessageId, scored: true, events: result.events };
}

/** After the call: the boss opening or her goodbye, texted on the player's own channel. */
async function followUp(
  deps: ToolDeps,
  params: { playerId: string; conversationId: string; events: GameEvent[]; now: Date; rng: Rng },
) {
  const { playerId, events, rng } = params;
  const boss = events.some((e) => e.type === "boss_threshold_reached");
  const over = events.find((e): e is Extract<GameEvent, { type: "game_over" }> => e.type === "game_over");
  if (!boss && !over) return;
  const loaded = await loadEngineState(deps.db, { playerId });
  if (!loaded) return;
  const { player } = loaded;
  const chapter = loaded.state.game.chapter as Chapter;
  let text: string;
  if (boss) {
    text = await deps.model
      .bossLine({
        playerId,
        playerName: player.name ?? "you",
        chapter,
        phase: "opening",
        history: [],
        seed: deps.seed(),
      })
      .catch(() => nikitaLine("boss_opening", { rng, chapter }));
  } else {
    text = nikitaLine("goodbye", { rng, playerName: player.name, reason: over?.reason });
  }
  const guarded = guardLine(text, chapter, rng);
  const start = new Date(params.now.getTime() + VOICE_CONFIG.followUpDelayMs);
  await deps.db.transaction(async (tx) => {
    await sendPlanned(tx, {
      playerId,
      conversationId: params.conversationId,
      platform: player.telegramChatId ? "telegram" : "web",
      source: boss ? "boss" : "system",
      planned: planBubbles(guarded.text, { start, delaySeconds: 0, rng }),
      dedupeKey: `voice:${params.conversationId}:${boss ? "boss-opening" : "goodbye"}`,
    });
    await recordGuardBlocks(tx, { playerId, messageId: null, guarded });
  });
}

/** Handles one verified post-call webhook body (already parsed JSON). */
export async function handlePostCall(deps: ToolDeps, body: unknown, now: Date): Promise<PostCallOutcome> {
  const envelope = envelopeSchema.parse(body);
  if (envelope.type !== TRANSCRIPTION_EVENT) return { status: "ignored", reason: "event_type" };
  const data = transcriptionDataSchema.parse(envelope.data);
  const playerId = callPlayerId(data);
  const known =
    playerId && (await deps.db.select({ id: players.id }).from(players).where(eq(players.id, playerId)))[0];
  if (!playerId || !known) return { status: "ignored", reason: "unknown_player" };
  const already = await existingConversation(deps, data.conversation_id);
  if (already) return { status: "duplicate", conversationId: already };

  const { start, end } = callWindow(data, now);
  const lines = callLines(data, { start, end }, VOICE_CONFIG.maxTranscriptLines);
  const before = await loadEngineState(deps.db, { playerId });
  const chapter = (before?.state.game.chapter ?? 1) as Chapter;
  const zone = before ? currentConflictZone(before.state.conflict, now) : "CALM";
  const analysis = await analyzeCall(deps, playerId, lines, chapter, zone);

  const stored = await deps.db.transaction((tx) =>
    storeAndScore(tx, { playerId, externalId: data.conversation_id, lines, start, end, analysis, now }),
  );
  if (stored === "unknown_player") return { status: "ignored", reason: "unknown_player" };
  if (stored === "duplicate") {
    const id = await existingConversation(deps, data.conversation_id);
    return { status: "duplicate", conversationId: id ?? "" };
  }
  const rng = createRng(deps.seed());
  if (stored.lastPlayerMessageId !== null && analysis.facts.length > 0) {
    await deps.memory
      .remember({ playerId, facts: analysis.facts, sourceMessageId: stored.lastPlayerMessageId, now })
      .catch((error: unknown) => log.warn("memory write after a call failed", { playerId, error }));
  }
  await followUp(deps, {
    playerId,
    conversationId: stored.conversationId,
    events: stored.events,
    now,
    rng,
  }).catch((error: unknown) => log.warn("follow-up after a call failed", { playerId, error }));
  log.info("call stored", { playerId, lines: lines.length, scored: stored.scored });
  return {
    status: "stored",
    conversationId: stored.conversationId,
    scored: stored.scored,
    events: stored.events.map((e) => e.type),
  };
}
