// Loads and stores the engine's state for one player: the players row, metrics,
// engagement, conflict and vices. The engine's shapes map onto columns one to one; the only
// translation is the engagement counters, which live in `engagement_state.data`.
import { and, eq, sql } from "drizzle-orm";
import type {
  EngagementState,
  EngineState,
  GameOverReason,
  PlayerGameState,
  ScoreHistoryEntry,
} from "@/lib/engine";
import { type Chapter, createViceState, VICE_CATEGORIES, type ViceState, viceIntensity } from "@/lib/engine";
import type { DbOrTx } from "../client";
import {
  conflictState,
  engagementState,
  playerMetrics,
  players,
  scoreHistory,
  vicePreferences,
} from "../schema";

export type PlayerRow = typeof players.$inferSelect;
export type LoadedPlayer = { player: PlayerRow; state: EngineState };

const ENGAGEMENT_COUNTERS = [
  "daysInState",
  "highCalibrationStreak",
  "lowCalibrationStreak",
  "recoveryStreak",
  "clingyStreak",
  "distantStreak",
  "okStreak",
  "goodStreak",
] as const;

function toGameState(p: PlayerRow, m: typeof playerMetrics.$inferSelect | undefined): PlayerGameState {
  const metrics = m
    ? { intimacy: m.intimacy, passion: m.passion, trust: m.trust, secureness: m.secureness }
    : { intimacy: 50, passion: 50, trust: 50, secureness: 50 };
  return {
    status: p.status,
    chapter: p.chapter as Chapter,
    metrics,
    score: p.relationshipScore,
    startedAt: p.gameStartedAt ?? p.createdAt,
    bossAttempts: p.bossAttempts,
    bossPhase: (p.bossPhase as PlayerGameState["bossPhase"]) ?? null,
    bossStartedAt: p.bossStartedAt,
    bossLastPromptAt: p.bossLastPromptAt,
    bossCooldownUntil: p.bossCooldownUntil,
    lastBossExitAt: p.lastBossExitAt,
    lastPlayerMessageAt: p.lastPlayerMessageAt,
    conversationStartedAt: p.conversationStartedAt,
    conversationWarmthCount: p.conversationWarmthCount,
    momentumGapSeconds: p.momentumGapSeconds,
    decayedThrough: p.decayedThrough,
    decayAppliedDay: p.decayAppliedDay,
    decayAppliedToday: p.decayAppliedToday,
    lastDecayWarningAt: p.lastDecayWarningAt,
    daysPlayed: p.daysPlayed,
    lastPlayedDay: p.lastPlayedDay,
    messagesExchanged: p.messagesExchanged,
    gameOverReason: (p.gameOverReason as GameOverReason | null) ?? null,
    endedAt: p.endedAt,
  };
}

function toEngagement(row: typeof engagementState.$inferSelect | undefined): EngagementState {
  const data = (row?.data ?? {}) as Record<string, unknown>;
  const counter = (k: string) => (typeof data[k] === "number" ? (data[k] as number) : 0);
  const counters = Object.fromEntries(ENGAGEMENT_COUNTERS.map((k) => [k, counter(k)])) as Record<
    (typeof ENGAGEMENT_COUNTERS)[number],
    number
  >;
  return {
    state: row?.state ?? "CALIBRATING",
    ...counters,
    lastCalibration: row?.lastCalibration ?? null,
    lastClosedDay: row?.lastClosedDay ?? null,
  };
}

/** Loads a player's whole engine state; `forUpdate` locks the player row until commit. */
export async function loadEngineState(
  db: DbOrTx,
  params: { playerId: string; forUpdate?: boolean },
): Promise<LoadedPlayer | null> {
  const base = db.select().from(players).where(eq(players.id, params.playerId));
  const [player] = params.forUpdate ? await base.for("update") : await base;
  if (!player) return null;
  const [[metrics], [engagement], [conflict], vices] = await Promise.all([
    db.select().from(playerMetrics).where(eq(playerMetrics.playerId, player.id)),
    db.select().from(engagementState).where(eq(engagementState.playerId, player.id)),
    db.select().from(conflictState).where(eq(conflictState.playerId, player.id)),
    db.select().from(vicePreferences).where(eq(vicePreferences.playerId, player.id)),
  ]);
  const viceState: ViceState = createViceState();
  for (const v of vices) {
    if ((VICE_CATEGORIES as readonly string[]).includes(v.category)) {
      viceState[v.category as keyof ViceState] = v.engagement;
    }
  }
  return {
    player,
    state: {
      game: toGameState(player, metrics),
      engagement: toEngagement(engagement),
      conflict: {
        temperature: conflict?.temperature ?? 0,
        updatedAt: conflict?.lastCooledAt ?? null,
        positiveCount: conflict?.positiveCount ?? 0,
        negativeCount: conflict?.negativeCount ?? 0,
        criticalNegativeStreak: conflict?.criticalNegativeStreak ?? 0,
      },
      vices: viceState,
    },
  };
}

/** Writes the whole engine state back (call inside the transaction that loaded it). */
export async function saveEngineState(
  db: DbOrTx,
  params: { playerId: string; state: EngineState; now: Date },
) {
  const { playerId, state, now } = params;
  const g = state.game;
  await db
    .update(players)
    .set({
      status: g.status,
      chapter: g.chapter,
      relationshipScore: g.score,
      gameStartedAt: g.startedAt,
      bossAttempts: g.bossAttempts,
      bossPhase: g.bossPhase,
      bossStartedAt: g.bossStartedAt,
      bossLastPromptAt: g.bossLastPromptAt,
      bossCooldownUntil: g.bossCooldownUntil,
      lastBossExitAt: g.lastBossExitAt,
      lastPlayerMessageAt: g.lastPlayerMessageAt,
      conversationStartedAt: g.conversationStartedAt,
      conversationWarmthCount: g.conversationWarmthCount,
      momentumGapSeconds: g.momentumGapSeconds,
      decayedThrough: g.decayedThrough,
      decayAppliedDay: g.decayAppliedDay,
      decayAppliedToday: g.decayAppliedToday,
      lastDecayWarningAt: g.lastDecayWarningAt,
      daysPlayed: g.daysPlayed,
      lastPlayedDay: g.lastPlayedDay,
      messagesExchanged: g.messagesExchanged,
      gameOverReason: g.gameOverReason,
      endedAt: g.endedAt,
      updatedAt: now,
    })
    .where(eq(players.id, playerId));
  await db
    .insert(playerMetrics)
    .values({ playerId, ...g.metrics, updatedAt: now })
    .onConflictDoUpdate({ target: playerMetrics.playerId, set: { ...g.metrics, updatedAt: now } });
  const e = state.engagement;
  const data = Object.fromEntries(ENGAGEMENT_COUNTERS.map((k) => [k, e[k]]));
  await db
    .insert(engagementState)
    .values({
      playerId,
      state: e.state,
      data,
      lastCalibration: e.lastCalibration,
      lastClosedDay: e.lastClosedDay,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: engagementState.playerId,
      set: {
        state: e.state,
        data,
        lastCalibration: e.lastCalibration,
        lastClosedDay: e.lastClosedDay,
        updatedAt: now,
      },
    });
  const c = state.conflict;
  const conflictValues = {
    temperature: c.temperature,
    lastCooledAt: c.updatedAt,
    positiveCount: c.positiveCount,
    negativeCount: c.negativeCount,
    criticalNegativeStreak: c.criticalNegativeStreak,
    updatedAt: now,
  };
  await db
    .insert(conflictState)
    .values({ playerId, ...conflictValues })
    .onConflictDoUpdate({ target: conflictState.playerId, set: conflictValues });
  const viceRows = VICE_CATEGORIES.map((category) => ({
    playerId,
    category,
    engagement: state.vices[category],
    intensity: viceIntensity(state.vices[category]),
    updatedAt: now,
  }));
  await db
    .insert(vicePreferences)
    .values(viceRows)
    .onConflictDoUpdate({
      target: [vicePreferences.playerId, vicePreferences.category],
      set: {
        engagement: sql`excluded.engagement`,
        intensity: sql`excluded.intensity`,
        updatedAt: now,
        discoveredAt: sql`coalesce(${vicePreferences.discoveredAt}, case when excluded.engagement > 0 then excluded.updated_at end)`,
      },
    });
}

/** Appends the engine's history rows for one player. */
export async function insertScoreHistory(
  db: DbOrTx,
  params: {
    playerId: string;
    entries: ScoreHistoryEntry[];
    messageId?: number | null;
    conversationId?: string | null;
  },
) {
  if (params.entries.length === 0) return;
  await db.insert(scoreHistory).values(
    params.entries.map((h) => ({
      playerId: params.playerId,
      kind: h.kind,
      scoreBefore: h.scoreBefore,
      scoreAfter: h.scoreAfter,
      chapter: h.chapter,
      deltas: h.deltas,
      multiplier: h.multiplier,
      explanation: h.explanation || null,
      messageId: params.messageId ?? null,
      conversationId: params.conversationId ?? null,
      details: h.hours !== null || h.amount !== null ? { hours: h.hours, amount: h.amount } : null,
      createdAt: h.at,
    })),
  );
}

export async function getPlayerOrThrow(db: DbOrTx, playerId: string): Promise<PlayerRow> {
  const [player] = await db
    .select()
    .from(players)
    .where(and(eq(players.id, playerId)));
  if (!player) throw new Error(`player ${playerId} not found`);
  return player;
}
