// Whether she takes a call now (GAME.md §11), for the portal's call button, the ElevenLabs
// initiation webhook and Telegram /call. `previewCall` only looks (no dice, no writes): the
// bot's /call uses it to say whether calling makes sense. `attemptCall` decides for real under
// the player row lock: ended games never, a call within the last 5 minutes is too soon, boss
// fights always, otherwise the chapter's pick-up probability. Every real attempt that gets as
// far as ringing (picked up or declined) sets players.last_call_at, so redialling cannot
// re-roll the dice.
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { players } from "@/db/schema";
import { type Chapter, decideCallPickup, type PlayerStatus, type Rng, TIME, VOICE_RULES } from "@/lib/engine";
import { type CallRefusal, callRefusalLine } from "./lines";

export type CallPlayer = { status: PlayerStatus; chapter: number; lastCallAt: Date | null };

export type CallDecision =
  | {
      available: true;
      playerId: string;
      chapter: Chapter;
      bossFight: boolean;
      /** last_call_at before this attempt, to give the attempt back if the call cannot be placed. */
      previousLastCallAt: Date | null;
    }
  | { available: false; reason: CallRefusal; line: string };

export type CallPreview =
  | { canCall: true; bossFight: boolean }
  | { canCall: false; reason: CallRefusal; line: string; retryAfterSeconds?: number };

function refusalFor(
  player: CallPlayer,
  now: Date,
): { reason: CallRefusal; retryAfterSeconds?: number } | null {
  if (player.status === "game_over") return { reason: "game_over" };
  if (player.status === "won") return { reason: "won" };
  if (player.status === "onboarding") return { reason: "not_started" };
  const gapMs = VOICE_RULES.minMinutesBetweenCalls * TIME.msPerMinute;
  if (player.lastCallAt && now.getTime() - player.lastCallAt.getTime() < gapMs) {
    return {
      reason: "too_soon",
      retryAfterSeconds: Math.ceil((player.lastCallAt.getTime() + gapMs - now.getTime()) / 1000),
    };
  }
  return null;
}

/** A look without rolling the dice or writing anything (Telegram /call). */
export function previewCall(player: CallPlayer, now: Date, rng: Rng): CallPreview {
  const refusal = refusalFor(player, now);
  if (refusal) return { canCall: false, ...refusal, line: callRefusalLine(refusal.reason, rng) };
  return { canCall: true, bossFight: player.status === "boss_fight" };
}

/** The same look for a player id (null when there is no such player). */
export async function previewCallFor(
  db: DbOrTx,
  params: { playerId: string; now: Date; rng: Rng },
): Promise<CallPreview | null> {
  const [row] = await db
    .select({ status: players.status, chapter: players.chapter, lastCallAt: players.lastCallAt })
    .from(players)
    .where(eq(players.id, params.playerId));
  return row ? previewCall(row, params.now, params.rng) : null;
}

/**
 * Decides a real call attempt under the player row lock and records it. Call inside a
 * transaction. Returns null when there is no such player.
 */
export async function attemptCall(
  tx: DbOrTx,
  params: { playerId: string; now: Date; rng: Rng },
): Promise<CallDecision | null> {
  const [row] = await tx
    .select({ status: players.status, chapter: players.chapter, lastCallAt: players.lastCallAt })
    .from(players)
    .where(eq(players.id, params.playerId))
    .for("update");
  if (!row) return null;
  const refusal = refusalFor(row, params.now);
  if (refusal)
    return { available: false, reason: refusal.reason, line: callRefusalLine(refusal.reason, params.rng) };
  const decision = decideCallPickup(
    { status: row.status, chapter: row.chapter as Chapter },
    row.lastCallAt,
    params.now,
    params.rng,
  );
  await tx.update(players).set({ lastCallAt: params.now }).where(eq(players.id, params.playerId));
  if (decision !== "pick_up") {
    return { available: false, reason: "declined", line: callRefusalLine("declined", params.rng) };
  }
  return {
    available: true,
    playerId: params.playerId,
    chapter: row.chapter as Chapter,
    bossFight: row.status === "boss_fight",
    previousLastCallAt: row.lastCallAt,
  };
}

/** Gives the attempt back (the call could not be placed, e.g. ElevenLabs was unreachable). */
export async function releaseCallAttempt(
  db: DbOrTx,
  params: { playerId: string; previousLastCallAt: Date | null; attemptedAt: Date },
): Promise<void> {
  await db
    .update(players)
    .set({ lastCallAt: params.previousLastCallAt })
    .where(and(eq(players.id, params.playerId), eq(players.lastCallAt, params.attemptedAt)));
}
