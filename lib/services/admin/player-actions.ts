// What an admin can do to one player's game: set the score (through the metrics) or the
// metrics, the chapter, the status; reset boss attempts; clear the boss cooldown; send a
// message as Nikita; trigger a proactive message; reset the game. Each action: the caller is
// re-checked, the input validated (a reason and a confirmation are required), then one
// transaction locks the player, changes the engine state through engine functions, saves it
// with saveEngineState, and writes the audit row with before, after and why.
import { randomInt } from "node:crypto";
import { z } from "zod";
import type { Db, DbOrTx } from "@/db";
import {
  insertScoreHistory,
  type LoadedPlayer,
  loadEngineState,
  saveEngineState,
} from "@/db/queries/engine-state";
import { nikitaLine } from "@/lib/agents/lines";
import type { SessionClaims } from "@/lib/auth/claims";
import {
  CHAPTERS,
  type Chapter,
  compositeScore,
  createRng,
  type EngineState,
  endGame,
  type GameOverReason,
  isTerminal,
  METRICS,
  type Metrics,
  metricDifference,
  milestoneHistory,
  normalizeMetric,
  type PlayerGameState,
  resetGame,
  type ScoreHistoryEntry,
  startBoss,
  winGame,
} from "@/lib/engine";
import { patchGame, patchState } from "@/lib/engine/state";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { scheduleJobLine } from "@/lib/jobs/schedule-line";
import { defaultJobWriter, type JobWriter } from "@/lib/jobs/writer";
import { guardOutput } from "@/lib/safety";
import { type AdminActor, actorFrom, confirmSchema, reasonSchema, writeAudit } from "./audit";
import { metricsForScore } from "./score-target";
import { parseAdminInput } from "./validate";

const MAX_MESSAGE = 1000;
const DEFAULT_DARKNESS = 3;
const points = z.coerce.number().min(0, "must be at least 0").max(100, "must be at most 100");
const GAME_OVER_REASONS = [
  "score_zero",
  "boss_fails",
  "clingy",
  "distant",
  "out_of_zone",
  "conflict_breakup",
] as const satisfies readonly GameOverReason[];

const base = { playerId: z.uuid("Unknown player id."), reason: reasonSchema, confirm: confirmSchema };

export const playerActionSchema = z.discriminatedUnion("action", [
  z.object({ ...base, action: z.literal("set_score"), score: points }),
  z.object({
    ...base,
    action: z.literal("set_metrics"),
    intimacy: points,
    passion: points,
    trust: points,
    secureness: points,
  }),
  z.object({
    ...base,
    action: z.literal("set_chapter"),
    chapter: z.coerce
      .number()
      .int()
      .refine((c) => (CHAPTERS as readonly number[]).includes(c), "must be 1 to 5"),
  }),
  z.object({
    ...base,
    action: z.literal("set_status"),
    status: z.enum(["active", "boss_fight", "game_over", "won"]),
    gameOverReason: z.enum(GAME_OVER_REASONS).default("score_zero"),
  }),
  z.object({ ...base, action: z.literal("reset_boss_attempts") }),
  z.object({ ...base, action: z.literal("clear_cooldown") }),
  z.object({
    ...base,
    action: z.literal("send_message"),
    text: z.string().trim().min(1, "Write the message.").max(MAX_MESSAGE),
  }),
  z.object({
    ...base,
    action: z.literal("trigger_proactive"),
    kind: z.enum(["morning", "evening", "silence"]).default("silence"),
  }),
  z.object({ ...base, action: z.literal("reset_game") }),
]);

export type PlayerActionInput = z.input<typeof playerActionSchema>;
export type PlayerAction = z.output<typeof playerActionSchema>;
export type PlayerActionName = PlayerAction["action"];
export const PLAYER_ACTIONS = playerActionSchema.options.map((o) => o.shape.action.value);

export interface PlayerActionDeps {
  isTelegramEnabled?: boolean;
  writer?: JobWriter;
  /** Seeds her line when an admin starts a boss fight; random by default. */
  seed?: number;
}

export interface PlayerActionResult {
  action: PlayerActionName;
  message: string;
  before: GameSnapshot;
  after: GameSnapshot;
}

/** The part of the game an admin changes, as stored in the audit log. */
export type GameSnapshot = ReturnType<typeof snapshot>;

export function snapshot(game: PlayerGameState) {
  return {
    status: game.status,
    chapter: game.chapter,
    score: game.score,
    metrics: { ...game.metrics },
    bossAttempts: game.bossAttempts,
    bossPhase: game.bossPhase,
    bossCooldownUntil: game.bossCooldownUntil?.toISOString() ?? null,
    gameOverReason: game.gameOverReason,
  };
}

type Change = {
  state: EngineState;
  history: ScoreHistoryEntry[];
  message: string;
  /** Extra facts for the audit's `after` (e.g. the message text queued). */
  extra?: Record<string, unknown>;
};

function adminHistory(before: PlayerGameState, after: PlayerGameState, now: Date, reason: string) {
  return {
    kind: "admin" as const,
    at: now,
    chapter: after.chapter,
    scoreBefore: before.score,
    scoreAfter: after.score,
    deltas: metricDifference(before.metrics, after.metrics),
    multiplier: null,
    hours: null,
    amount: null,
    explanation: `admin: ${reason}`,
  };
}

function withMetrics(state: EngineState, metrics: Metrics, now: Date, reason: string): Change {
  const game = patchGame(state.game, { metrics, score: compositeScore(metrics) });
  return {
    state: patchState(state, { game }),
    history: [adminHistory(state.game, game, now, reason)],
    message: `Score is now ${game.score}.`,
  };
}

function setStatus(state: EngineState, action: Extract<PlayerAction, { action: "set_status" }>, now: Date) {
  const g = state.game;
  if (g.status === action.status) throw new AppError("conflict:status", `The player is already ${g.status}.`);
  if (action.status === "boss_fight") {
    if (g.status !== "active")
      throw new AppError("conflict:status", "A boss fight can only start from active.");
    const r = startBoss(state, now);
    return { state: r.state, history: r.history };
  }
  if (action.status === "game_over") {
    const ended = endGame(patchGame(g, { status: "active" }), action.gameOverReason, now);
    return { state: patchState(state, { game: ended.game }), history: [] };
  }
  if (action.status === "won") {
    return { state: patchState(state, { game: winGame(g, now).game }), history: [] };
  }
  if (g.status === "onboarding")
    throw new AppError("conflict:status", "The player has not finished onboarding.");
  const game = patchGame(g, {
    status: "active",
    bossPhase: null,
    bossStartedAt: null,
    bossLastPromptAt: null,
    gameOverReason: null,
    endedAt: null,
  });
  return { state: patchState(state, { game }), history: [] };
}

function resetWholeGame(loaded: LoadedPlayer, now: Date, reason: string): Change {
  const { state, player } = loaded;
  if (state.game.status === "onboarding") {
    throw new AppError("conflict:status", "The player has not started a game yet.");
  }
  // The engine resets ended games; a running game is ended first, then reset the same way.
  const ended = isTerminal(state.game)
    ? state
    : patchState(state, { game: patchGame(state.game, { status: "game_over" }) });
  const r = resetGame(ended, player.darkness ?? DEFAULT_DARKNESS, now);
  const history = r.history.map((h) => ({ ...h, explanation: `admin reset: ${reason}` }));
  return { state: r.state, history, message: "The game starts over in chapter 1." };
}

async function queueLine(
  tx: DbOrTx,
  loaded: LoadedPlayer,
  text: string,
  source: "admin" | "proactive" | "boss",
  now: Date,
  deps: PlayerActionDeps,
) {
  const verdict = guardOutput(text, { chapter: loaded.state.game.chapter });
  if (!verdict.ok) {
    const rules = [...new Set(verdict.violations.map((v) => v.rule))].join(", ");
    throw new AppError("bad_request:guard", `The output guard blocks this text (${rules}). Rephrase it.`, {
      violations: verdict.violations,
    });
  }
  const { player } = loaded;
  const queued = await scheduleJobLine(tx, {
    playerId: player.id,
    recipient: { telegramChatId: player.telegramChatId, isUnreachable: player.isUnreachable },
    isTelegramEnabled: deps.isTelegramEnabled ?? env.telegramEnabled,
    text,
    source,
    dueAt: now,
    dedupeKey: `admin-${source}:${player.id}:${now.getTime()}`,
  });
  if (!queued) throw new AppError("conflict:duplicate", "That message is already queued.");
}

async function applyAction(
  tx: DbOrTx,
  loaded: LoadedPlayer,
  action: PlayerAction,
  now: Date,
  deps: PlayerActionDeps,
): Promise<Change> {
  const { state } = loaded;
  const g = state.game;
  switch (action.action) {
    case "set_score":
      return withMetrics(state, metricsForScore(g.metrics, action.score), now, action.reason);
    case "set_metrics": {
      const metrics = Object.fromEntries(METRICS.map((m) => [m, normalizeMetric(action[m])])) as Metrics;
      return withMetrics(state, metrics, now, action.reason);
    }
    case "set_chapter": {
      const chapter = action.chapter as Chapter;
      if (chapter === g.chapter)
        throw new AppError("conflict:chapter", `The player is already in chapter ${chapter}.`);
      const game = patchGame(g, { chapter, bossAttempts: 0 });
      return {
        state: patchState(state, { game }),
        history: [
          milestoneHistory(
            "admin",
            now,
            chapter,
            g.score,
            `admin: chapter ${g.chapter} → ${chapter}: ${action.reason}`,
          ),
        ],
        message: `Now in chapter ${chapter}.`,
      };
    }
    case "set_status": {
      const r = setStatus(state, action, now);
      if (r.state.game.status !== "boss_fight")
        return { ...r, message: `Status is now ${r.state.game.status}.` };
      // A boss fight the player cannot see is no fight: she opens it, as she would after the
      // message that reached the threshold (offline line; admin actions never wait on the model).
      const opening = nikitaLine("boss_opening", {
        rng: createRng(deps.seed ?? randomInt(2 ** 31)),
        chapter: g.chapter,
        playerName: loaded.player.name ?? "",
      });
      await queueLine(tx, loaded, opening, "boss", now, deps);
      return { ...r, message: "Boss fight started; her opening line is queued.", extra: { text: opening } };
    }
    case "reset_boss_attempts":
      return {
        state: patchState(state, { game: patchGame(g, { bossAttempts: 0 }) }),
        history: [],
        message: "Boss attempts reset to 0.",
      };
    case "clear_cooldown":
      return {
        state: patchState(state, { game: patchGame(g, { bossCooldownUntil: null }) }),
        history: [],
        message: "Boss cooldown cleared.",
      };
    case "send_message":
      await queueLine(tx, loaded, action.text, "admin", now, deps);
      return { state, history: [], message: "Message queued as Nikita.", extra: { text: action.text } };
    case "trigger_proactive": {
      const writer = deps.writer ?? defaultJobWriter();
      const text = await writer.proactiveMessage({
        playerId: loaded.player.id,
        playerName: loaded.player.name ?? "",
        chapter: g.chapter,
        kind: action.kind,
        facts: [],
      });
      await queueLine(tx, loaded, text, "proactive", now, deps);
      return { state, history: [], message: "Proactive message queued.", extra: { text } };
    }
    case "reset_game":
      return resetWholeGame(loaded, now, action.reason);
  }
}

/** Runs one admin action on a player; throws AppError (401/403/400/404/409) when refused. */
export async function performPlayerAction(
  db: Db,
  claims: SessionClaims | null,
  input: unknown,
  now: Date = new Date(),
  deps: PlayerActionDeps = {},
): Promise<PlayerActionResult> {
  const actor: AdminActor = actorFrom(claims);
  const action = parseAdminInput(playerActionSchema, input);
  return db.transaction(async (tx) => {
    const loaded = await loadEngineState(tx, { playerId: action.playerId, forUpdate: true });
    if (!loaded) throw new AppError("not_found:player", "No such player.");
    const change = await applyAction(tx, loaded, action, now, deps);
    if (change.state !== loaded.state) {
      await saveEngineState(tx, { playerId: action.playerId, state: change.state, now });
      await insertScoreHistory(tx, { playerId: action.playerId, entries: change.history });
    }
    const before = snapshot(loaded.state.game);
    const after = snapshot(change.state.game);
    await writeAudit(tx, {
      actor,
      action: action.action,
      playerId: action.playerId,
      before,
      after: change.extra ? { ...after, ...change.extra } : after,
      reason: action.reason,
      now,
    });
    return { action: action.action, message: change.message, before, after };
  });
}
