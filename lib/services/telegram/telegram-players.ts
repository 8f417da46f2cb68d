// The player behind a Telegram chat: found (and locked) by Telegram user id, created when a
// stranger says hello, and the small per-player updates the bot makes (onboarding draft,
// settings, reachability, binding a portal account). Scoped by player or Telegram id.
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { players } from "@/db/schema";

/** Where a Telegram player is in the chat onboarding (players.onboarding_step). */
export type OnboardingStep = "name" | "adult" | "place" | "darkness" | "refused";
const STEPS: readonly string[] = ["name", "adult", "place", "darkness", "refused"];

export const telegramPlayerColumns = {
  id: players.id,
  status: players.status,
  onboardingStep: players.onboardingStep,
  name: players.name,
  chapter: players.chapter,
  score: players.relationshipScore,
  timezone: players.timezone,
  darkness: players.darkness,
  ageConfirmedAt: players.ageConfirmedAt,
  notificationsEnabled: players.notificationsEnabled,
  hardMode: players.hardMode,
  isUnreachable: players.isUnreachable,
  lastCallAt: players.lastCallAt,
  telegramChatId: players.telegramChatId,
};

export type TelegramPlayer = {
  id: string;
  status: (typeof players.$inferSelect)["status"];
  onboardingStep: string | null;
  name: string | null;
  chapter: number;
  score: number;
  timezone: string;
  darkness: number | null;
  ageConfirmedAt: Date | null;
  notificationsEnabled: boolean;
  hardMode: boolean;
  isUnreachable: boolean;
  lastCallAt: Date | null;
  telegramChatId: number | null;
};

export function stepOf(player: TelegramPlayer): OnboardingStep {
  const step = player.onboardingStep;
  return step && STEPS.includes(step) ? (step as OnboardingStep) : "name";
}

/** The player with this Telegram id, row-locked for the rest of the transaction. */
export async function lockTelegramPlayer(tx: DbOrTx, telegramId: number): Promise<TelegramPlayer | null> {
  const [row] = await tx
    .select(telegramPlayerColumns)
    .from(players)
    .where(eq(players.telegramId, telegramId))
    .for("update");
  return row ?? null;
}

export async function lockPlayerById(tx: DbOrTx, playerId: string): Promise<TelegramPlayer | null> {
  const [row] = await tx
    .select(telegramPlayerColumns)
    .from(players)
    .where(eq(players.id, playerId))
    .for("update");
  return row ?? null;
}

/** A new player met in Telegram: onboarding, first step "name". */
export async function createTelegramPlayer(
  tx: DbOrTx,
  params: { telegramId: number; chatId: number; username: string | null; now: Date },
): Promise<TelegramPlayer> {
  const [row] = await tx
    .insert(players)
    .values({
      telegramId: params.telegramId,
      telegramChatId: params.chatId,
      telegramUsername: params.username,
      status: "onboarding",
      onboardingStep: "name",
      createdAt: params.now,
      updatedAt: params.now,
    })
    .returning(telegramPlayerColumns);
  if (!row) throw new Error("player insert returned no row");
  return row;
}

export type PlayerPatch = Partial<
  Pick<
    typeof players.$inferInsert,
    | "onboardingStep"
    | "name"
    | "timezone"
    | "ageConfirmedAt"
    | "ageLock"
    | "notificationsEnabled"
    | "hardMode"
    | "isUnreachable"
    | "telegramId"
    | "telegramChatId"
    | "telegramUsername"
  >
>;

export async function updatePlayer(
  tx: DbOrTx,
  playerId: string,
  patch: PlayerPatch,
  now: Date,
): Promise<void> {
  await tx
    .update(players)
    .set({ ...patch, updatedAt: now })
    .where(eq(players.id, playerId));
}

/** Sets reachability by Telegram id (block/unblock updates may come before any other). */
export async function setReachableByTelegramId(
  tx: DbOrTx,
  params: { telegramId: number; reachable: boolean; now: Date },
): Promise<void> {
  await tx
    .update(players)
    .set({ isUnreachable: !params.reachable, updatedAt: params.now })
    .where(eq(players.telegramId, params.telegramId));
}

/** Removes a player who never got past onboarding (their chat is being linked to a portal account). */
export async function deleteUnstartedPlayer(tx: DbOrTx, playerId: string): Promise<void> {
  await tx.delete(players).where(eq(players.id, playerId));
}
