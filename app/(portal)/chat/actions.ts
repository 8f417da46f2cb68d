"use server";

import { randomInt } from "node:crypto";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { restartGame } from "@/lib/services/account/restart-game";
import { loadAccountPlayer } from "@/lib/services/account/session-player";

/** Server action: after a confirmed "start over", a fresh game; she texts first. */
export async function startOver(): Promise<void> {
  const { player } = await loadAccountPlayer("/chat");
  if (!player) redirect("/sign-in");
  const db = await getDb();
  await db.transaction((tx) =>
    restartGame(tx, { playerId: player.id, now: new Date(), seed: randomInt(2 ** 31) }),
  );
  redirect("/chat");
}
