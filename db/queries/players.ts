// Small player lookups shared by several entry points.
import { eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { players } from "../schema";

/** True while the player row exists (a valid token can outlive a deleted account). */
export async function playerExists(db: DbOrTx, playerId: string): Promise<boolean> {
  const [row] = await db.select({ id: players.id }).from(players).where(eq(players.id, playerId));
  return row !== undefined;
}
