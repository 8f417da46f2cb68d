// The dashboard's view model: everything on the page computed by the engine's own functions
// and rules (chapter table, boss rules, decay anchor and grace, conflict cooling, mood bands),
// so the portal can never disagree with the game. Reads run in the caller's RLS transaction.
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { toEngagement, toGameState } from "@/db/queries/engine-state";
import { conflictState, engagementState, playerMetrics, players } from "@/db/schema";
import {
  BOSS_RULES,
  CHAPTER_RULES,
  type Chapter,
  type ConflictZone,
  currentConflictZone,
  decayAnchor,
  type EngagementStateName,
  FINAL_CHAPTER,
  isBossCooldownActive,
  isDecayEligible,
  METRICS,
  type Metric,
  type MoodBand,
  moodBand,
  type PlayerStatus,
  round2,
  TIME,
  utcDayKey,
} from "@/lib/engine";
import { CONFLICT_WORDS, ENGAGEMENT_WORDS, MOOD_WORDS } from "./words";

export type BossView =
  | { kind: "in_progress"; name: string; startedAt: Date | null }
  | { kind: "cooldown"; name: string; until: Date; attemptsLeft: number }
  | { kind: "ahead"; name: string; threshold: number; pointsToGo: number; attemptsLeft: number }
  | { kind: "ready"; name: string; attemptsLeft: number }
  | { kind: "over" };

export type DecayView =
  | { kind: "grace"; graceEndsAt: Date; hoursLeft: number; graceHours: number }
  | { kind: "decaying"; pointsPerHour: number; dailyCap: number; lostToday: number; since: Date }
  | { kind: "paused"; reason: "boss_fight" | "ended" | "onboarding" };

export type DashboardView = {
  status: PlayerStatus;
  /** When this game began: the chart's "all" range starts here. */
  startedAt: Date;
  score: number;
  chapter: Chapter;
  chapterName: string;
  finalChapter: Chapter;
  bossThreshold: number;
  /** 0–1 progress from zero towards this chapter's boss threshold. */
  progress: number;
  mood: { band: MoodBand; words: string };
  boss: BossView;
  decay: DecayView;
  metrics: { metric: Metric; value: number }[];
  engagement: { state: EngagementStateName; label: string; meaning: string };
  conflict: { zone: ConflictZone; label: string; meaning: string };
};

function bossView(
  game: {
    status: PlayerStatus;
    chapter: Chapter;
    score: number;
    bossAttempts: number;
    bossStartedAt: Date | null;
  },
  isCooling: boolean,
  cooldownUntil: Date | null,
): BossView {
  const rule = CHAPTER_RULES[game.chapter];
  const attemptsLeft = Math.max(0, BOSS_RULES.maxFailedAttempts - game.bossAttempts);
  if (game.status === "game_over" || game.status === "won") return { kind: "over" };
  if (game.status === "boss_fight")
    return { kind: "in_progress", name: rule.bossName, startedAt: game.bossStartedAt };
  if (isCooling && cooldownUntil)
    return { kind: "cooldown", name: rule.bossName, until: cooldownUntil, attemptsLeft };
  const pointsToGo = round2(Math.max(0, rule.bossThreshold - game.score));
  if (pointsToGo > 0)
    return { kind: "ahead", name: rule.bossName, threshold: rule.bossThreshold, pointsToGo, attemptsLeft };
  return { kind: "ready", name: rule.bossName, attemptsLeft };
}

function decayView(game: Parameters<typeof decayAnchor>[0], now: Date): DecayView {
  if (!isDecayEligible(game)) {
    const reason =
      game.status === "boss_fight" ? "boss_fight" : game.status === "onboarding" ? "onboarding" : "ended";
    return { kind: "paused", reason };
  }
  const rule = CHAPTER_RULES[game.chapter];
  const graceEnd = new Date(decayAnchor(game).getTime() + rule.decayGraceHours * TIME.msPerHour);
  if (now < graceEnd) {
    const hoursLeft = round2((graceEnd.getTime() - now.getTime()) / TIME.msPerHour);
    return { kind: "grace", graceEndsAt: graceEnd, hoursLeft, graceHours: rule.decayGraceHours };
  }
  const today = utcDayKey(now);
  return {
    kind: "decaying",
    pointsPerHour: rule.decayRatePerHour,
    dailyCap: rule.dailyDecayCap,
    lostToday: game.decayAppliedDay === today ? game.decayAppliedToday : 0,
    since: graceEnd,
  };
}

/** The dashboard for one player at `now`, or null when the row is not visible to this session. */
export async function loadDashboard(
  tx: DbOrTx,
  params: { playerId: string; now: Date },
): Promise<DashboardView | null> {
  // One joined read instead of the engine loader's five: this page is the portal's hot path.
  const [row] = await tx
    .select({ player: players, metrics: playerMetrics, engagement: engagementState, conflict: conflictState })
    .from(players)
    .leftJoin(playerMetrics, eq(playerMetrics.playerId, players.id))
    .leftJoin(engagementState, eq(engagementState.playerId, players.id))
    .leftJoin(conflictState, eq(conflictState.playerId, players.id))
    .where(eq(players.id, params.playerId));
  if (!row) return null;
  const game = toGameState(row.player, row.metrics ?? undefined);
  const engagement = toEngagement(row.engagement ?? undefined);
  const conflict = {
    temperature: row.conflict?.temperature ?? 0,
    updatedAt: row.conflict?.lastCooledAt ?? null,
    positiveCount: row.conflict?.positiveCount ?? 0,
    negativeCount: row.conflict?.negativeCount ?? 0,
    criticalNegativeStreak: row.conflict?.criticalNegativeStreak ?? 0,
  };
  const rule = CHAPTER_RULES[game.chapter];
  const band = moodBand(game.score);
  const zone = currentConflictZone(conflict, params.now);
  return {
    status: game.status,
    startedAt: game.startedAt,
    score: game.score,
    chapter: game.chapter,
    chapterName: rule.name,
    finalChapter: FINAL_CHAPTER,
    bossThreshold: rule.bossThreshold,
    progress: Math.min(1, Math.max(0, game.score / rule.bossThreshold)),
    mood: { band, words: MOOD_WORDS[band] },
    boss: bossView(game, isBossCooldownActive(game, params.now), game.bossCooldownUntil),
    decay: decayView(game, params.now),
    metrics: METRICS.map((metric) => ({ metric, value: game.metrics[metric] })),
    engagement: { state: engagement.state, ...ENGAGEMENT_WORDS[engagement.state] },
    conflict: { zone, ...CONFLICT_WORDS[zone] },
  };
}
