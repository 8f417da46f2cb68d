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
import {
  type Chapter,
  createViceState,
  VICE_CATEGORIES,
  VICE_RULES,
  type ViceState,
  viceIntensity,
} from "@/lib/engine";
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

/**
 * Every game-state field but metrics (own table), score and startedAt (named
 * relationship_score and game_started_at) is stored in the players column of the same name,
 * and saveEngineState writes them by that name: this type does not compile if one is not a
 * column of a compatible type.
 */
type SameNamedGameColumns = Pick<
  typeof players.$inferInsert,
  keyof Omit<PlayerGameState, "metrics" | "score" | "startedAt">
>;
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

export function toGameState(p: PlayerRow, m: typeof playerMetrics.$inferSelect | undefined): PlayerGameState {
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

export function toEngagement(row: typeof engagementState.$inferSelect | undefined): EngagementState {
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

/** The player's vice rows as JSON, folded into the one engine-state query. */
const VICES_JSON = sql<{ category: string; engagement: number }[] | null>`(
  select json_agg(json_build_object('category', v.category, 'engagement', v.engagement))
  from ${vicePreferences} v where v.player_id = ${players.id})`;

/**
 * Loads a player's whole engine state in one query (players row, metrics, engagement, conflict
 * and vices joined); `forUpdate` locks the player row until commit.
 */
export async function loadEngineState(
  db: DbOrTx,
  params: { playerId: string; forUpdate?: boolean },
): Promise<LoadedPlayer | null> {
  const base = db
    .select({
      player: players,
      metrics: playerMetrics,
      engagement: engagementState,
      conflict: conflictState,
      vices: VICES_JSON,
    })
    .from(players)
    .leftJoin(playerMetrics, eq(playerMetrics.playerId, players.id))
    .leftJoin(engagementState, eq(engagementState.playerId, players.id))
    .leftJoin(conflictState, eq(conflictState.playerId, players.id))
    .where(eq(players.id, params.playerId));
  const [row] = params.forUpdate ? await base.for("update", { of: players }) : await base;
  if (!row) return null;
  const { player, metrics, engagement, conflict } = row;
  const viceState: ViceState = createViceState();
  for (const v of row.vices ?? []) {
    if ((VICE_CATEGORIES as readonly string[]).includes(v.category)) {
      viceState[v.category as keyof ViceState] = Number(v.engagement);
    }
  }
  return {
    player,
    state: {
      game: toGameState(player, metrics ?? undefined),
      engagement: toEngagement(engagement ?? undefined),
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

/**
 * Writes the whole engine state back (call inside the transaction that loaded it) in one
 * statement: the upserts of metrics, engagement, conflict and vices ride as writable CTEs on
 * the players update, each only when its part changed from `previous` (if given). `playerFields`
 * adds other player columns to that update (e.g. `lastSkipped`).
 */
export async function saveEngineState(
  db: DbOrTx,
  params: {
    playerId: string;
    state: EngineState;
    now: Date;
    playerFields?: Partial<typeof players.$inferInsert>;
    /** The state as loaded: parts that did not change are not written again. */
    previous?: EngineState;
  },
) {
  const { playerId, state, now, previous } = params;
  const changed = (part: (s: EngineState) => unknown) =>
    !previous || JSON.stringify(part(previous)) !== JSON.stringify(part(state));
  const { metrics, score, startedAt, ...rest } = state.game;
  const sameNamed: SameNamedGameColumns = rest;
  const updatePlayer = db
    .update(players)
    .set({
      ...sameNamed,
      relationshipScore: score,
      gameStartedAt: startedAt,
      ...params.playerFields,
      updatedAt: now,
    })
    .where(eq(players.id, playerId));
  const upsertMetrics = db
    .insert(playerMetrics)
    .values({ playerId, ...metrics, updatedAt: now })
    .onConflictDoUpdate({ target: playerMetrics.playerId, set: { ...metrics, updatedAt: now } });
  const e = state.engagement;
  const data = Object.fromEntries(ENGAGEMENT_COUNTERS.map((k) => [k, e[k]]));
  const upsertEngagement = db
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
  const upsertConflict = db
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
  const upsertVices = db
    .insert(vicePreferences)
    .values(viceRows)
    .onConflictDoUpdate({
      target: [vicePreferences.playerId, vicePreferences.category],
      set: {
        engagement: sql`excluded.engagement`,
        intensity: sql`excluded.intensity`,
        updatedAt: now,
        // Discovered when a signal raised it to a level that colours her replies — not when
        // onboarding's seed (engagement > 0 from the start) is merely saved again.
        discoveredAt: sql`coalesce(${vicePreferences.discoveredAt}, case when excluded.engagement > ${vicePreferences.engagement} and excluded.intensity >= ${VICE_RULES.activeMinIntensity} then excluded.updated_at end)`,
      },
    });
  const upserts = [
    changed((x) => x.game.metrics) ? sql`m as (${upsertMetrics.getSQL()})` : null,
    changed((x) => x.engagement) ? sql`e as (${upsertEngagement.getSQL()})` : null,
    changed((x) => x.conflict) ? sql`c as (${upsertConflict.getSQL()})` : null,
    changed((x) => x.vices) ? sql`v as (${upsertVices.getSQL()})` : null,
  ].filter((part) => part !== null);
  await db.execute(
    upserts.length > 0
      ? sql`with ${sql.join(upserts, sql`, `)} ${updatePlayer.getSQL()}`
      : updatePlayer.getSQL(),
  );
}

type ScoreHistoryParams = {
  playerId: string;
  entries: ScoreHistoryEntry[];
  messageId?: number | null;
  conversationId?: string | null;
};

/**
 * The insert of the engine's history rows for one player, to run alone or ride along another
 * statement (`.getSQL()`); null when there are no rows.
 */
export function scoreHistoryInsert(db: DbOrTx, params: ScoreHistoryParams) {
  if (params.entries.length === 0) return null;
  return db.insert(scoreHistory).values(
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

/** Appends the engine's history rows for one player. */
export async function insertScoreHistory(db: DbOrTx, params: ScoreHistoryParams) {
  await scoreHistoryInsert(db, params);
}

export async function getPlayerOrThrow(db: DbOrTx, playerId: string): Promise<PlayerRow> {
  const [player] = await db
    .select()
    .from(players)
    .where(and(eq(players.id, playerId)));
  if (!player) throw new Error(`player ${playerId} not found`);
  return player;
}
