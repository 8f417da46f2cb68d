// The player behind a Telegram chat: found (and locked) by Telegram user id, created when a
// stranger says hello, and the small per-player updates the bot makes (onboarding draft,
// settings, reachability, binding a portal account). Scoped by player or Telegram id.
import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { players, telegramUpdates } from "@/db/schema";

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

type PlayerColumn = keyof typeof telegramPlayerColumns;

/** The CTE's copy of each player column, so the row maps (and nulls out) like the table's. */
function columnsOf<T extends Record<PlayerColumn, unknown>>(cte: T): Pick<T, PlayerColumn> {
  const keys = Object.keys(telegramPlayerColumns) as PlayerColumn[];
  return Object.fromEntries(keys.map((k) => [k, cte[k]])) as Pick<T, PlayerColumn>;
}

/**
 * Claims an update id and locks its sender in one round trip (the webhook's hot path): the
 * sender's player row, row-locked for the rest of the transaction, or null for a stranger;
 * `claimed` is false when this update id was already seen (a Telegram redelivery). The claim
 * records the sender's player, so deleting an account also deletes its update ids.
 */
export async function claimUpdateAndLockSender(
  tx: DbOrTx,
  params: { updateId: number; telegramId: number; now: Date },
): Promise<{ claimed: boolean; player: TelegramPlayer | null }> {
  const sender = tx
    .$with("sender")
    .as(
      tx
        .select(telegramPlayerColumns)
        .from(players)
        .where(eq(players.telegramId, params.telegramId))
        .for("update"),
    );
  const claim = tx
    .$with("claim")
    .as(
      tx
        .insert(telegramUpdates)
        .values({ updateId: params.updateId, receivedAt: params.now, playerId: sql`(select id from sender)` })
        .onConflictDoNothing()
        .returning({ updateId: telegramUpdates.updateId }),
    );
  const [row] = await tx
    .with(sender, claim)
    .select({
      claimed: sql<boolean>`exists (select 1 from claim)`.mapWith(Boolean),
      player: columnsOf(sender),
    })
    .from(sql`(values (1)) as one`)
    .leftJoin(sender, sql`true`);
  return { claimed: row?.claimed ?? false, player: row?.player?.id ? row.player : null };
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
