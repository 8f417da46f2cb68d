// The signed-in player as the portal's own pages need them (onboarding, chat, settings): who
// they are, where the game stands, and their settings. Call it inside `withPlayer` so
// row-level security applies; it finds the row by the session's auth user id.
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { players } from "@/db/schema";
import type { PlayerStatus } from "@/lib/engine/vocabulary";

export type PortalPlayer = {
  id: string;
  name: string | null;
  email: string | null;
  status: PlayerStatus;
  timezone: string;
  country: string | null;
  darkness: number | null;
  notificationsEnabled: boolean;
  hardMode: boolean;
  telegramLinked: boolean;
  telegramUsername: string | null;
  gameOverReason: string | null;
};

export async function findPortalPlayer(db: DbOrTx, authUserId: string): Promise<PortalPlayer | null> {
  const [row] = await db
    .select({
      id: players.id,
      name: players.name,
      email: players.email,
      status: players.status,
      timezone: players.timezone,
      country: players.country,
      darkness: players.darkness,
      notificationsEnabled: players.notificationsEnabled,
      hardMode: players.hardMode,
      telegramId: players.telegramId,
      telegramUsername: players.telegramUsername,
      gameOverReason: players.gameOverReason,
    })
    .from(players)
    .where(eq(players.authUserId, authUserId))
    .limit(1);
  if (!row) return null;
  const { telegramId, ...rest } = row;
  return { ...rest, telegramLinked: telegramId !== null };
}
