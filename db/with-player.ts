// Runs queries as the signed-in player: a transaction that sets the Supabase-shaped JWT
// claims and `role authenticated`, so row-level security applies even though the app talks
// to Postgres through drizzle on a privileged connection. Repositories still filter by
// player id; RLS is the second lock on the door.
import { sql } from "drizzle-orm";
import type { Db, Tx } from "./client";

export type PlayerClaims = {
  sub: string;
  role?: "authenticated";
  email?: string;
  app_metadata?: Record<string, unknown>;
  [claim: string]: unknown;
};

export async function withPlayerOn<T>(
  db: Db,
  claimsOrUserId: PlayerClaims | string,
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  const claims: PlayerClaims =
    typeof claimsOrUserId === "string"
      ? { sub: claimsOrUserId, role: "authenticated" }
      : { ...claimsOrUserId, role: "authenticated" };
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('request.jwt.claims', ${JSON.stringify(claims)}, true)`);
    await tx.execute(sql.raw("set local role authenticated"));
    return fn(tx);
  });
}

/** `withPlayerOn` on the process database: what portal pages and actions use. */
export async function withPlayer<T>(
  claimsOrUserId: PlayerClaims | string,
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  const { getDb } = await import("./index");
  return withPlayerOn(await getDb(), claimsOrUserId, fn);
}
