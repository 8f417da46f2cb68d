// Test callers and players for the admin service suites: an admin (app_metadata.role), a
// player whose user_metadata claims admin (must be refused), and an onboarded player; plus
// `rejection`, the AppError an action was refused with.
import { eq } from "drizzle-orm";
import { expect } from "vitest";
import type { Db } from "@/db";
import { adminAuditLog } from "@/db/schema";
import type { SessionClaims } from "@/lib/auth/claims";
import { AppError } from "@/lib/errors";
import { ensurePlayer } from "@/lib/services/ensure-player";
import { finishOnboarding } from "@/lib/services/onboarding";

const NOW_S = Math.floor(Date.now() / 1000);

function claims(sub: string, appMetadata: Record<string, unknown>, userMetadata: Record<string, unknown>) {
  return {
    sub,
    aud: "authenticated",
    exp: NOW_S + 3600,
    iat: NOW_S,
    role: "authenticated",
    email: `${sub.slice(-4)}@example.com`,
    app_metadata: appMetadata,
    user_metadata: userMetadata,
    amr: [{ method: "otp", timestamp: NOW_S }],
  } as SessionClaims;
}

export const ADMIN_CLAIMS = claims("00000000-0000-4000-8000-00000000ad01", { role: "admin" }, {});
export const PLAYER_CLAIMS = claims(
  "00000000-0000-4000-8000-00000000ad02",
  {},
  { role: "admin", is_admin: true },
);

export async function onboardedPlayer(
  db: Db,
  now: Date,
  authUserId = "00000000-0000-4000-8000-0000000000b1",
) {
  const { playerId } = await ensurePlayer(db, { authUserId, email: "mara@example.com" });
  await db.transaction((tx) =>
    finishOnboarding(tx, {
      playerId,
      answers: { name: "Mara", isAdultConfirmed: true, timezone: "Europe/Berlin", darkness: 3 },
      platform: "web",
      now,
      seed: 7,
    }),
  );
  return playerId;
}

export async function auditRows(db: Db) {
  return db.select().from(adminAuditLog).orderBy(adminAuditLog.id);
}

export async function auditFor(db: Db, playerId: string) {
  return db
    .select()
    .from(adminAuditLog)
    .where(eq(adminAuditLog.playerId, playerId))
    .orderBy(adminAuditLog.id);
}

/** The AppError the promise rejects with (fails the test when it resolves or throws something else). */
export async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
