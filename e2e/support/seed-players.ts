// Players written straight into a PGlite folder before `next start` opens it (PGlite allows
// one process), through the same services the app uses: an account, onboarding finished on
// the web (her first message), and optionally a score set as an admin would (an audited
// `set_score`, which the score chart marks).
import type { Db } from "@/db";
import { findOrCreateAuthUserByEmail } from "@/lib/auth/auth-users";
import type { SessionClaims } from "@/lib/auth/claims";
import { performPlayerAction } from "@/lib/services/admin/player-actions";
import { ensurePlayer } from "@/lib/services/ensure-player";
import { finishOnboarding } from "@/lib/services/onboarding";

const SEED_ADMIN: SessionClaims = {
  sub: "e2e0a000-0000-4000-8000-00000000ad01",
  aud: "authenticated",
  role: "authenticated",
  exp: 4_102_444_800,
  iat: 1_700_000_000,
  email: "seed.admin@nikita.local",
  app_metadata: { role: "admin" },
  user_metadata: {},
};

export async function seedWebPlayer(
  db: Db,
  params: { email: string; name: string; now: Date; score?: number },
): Promise<string> {
  const user = await findOrCreateAuthUserByEmail(db, { email: params.email, now: params.now });
  const { playerId } = await ensurePlayer(db, { authUserId: user.id, email: params.email });
  await db.transaction((tx) =>
    finishOnboarding(tx, {
      playerId,
      answers: { name: params.name, isAdultConfirmed: true, timezone: "Europe/Berlin", darkness: 3 },
      platform: "web",
      now: params.now,
      seed: 7,
    }),
  );
  if (params.score !== undefined) {
    await performPlayerAction(
      db,
      SEED_ADMIN,
      {
        action: "set_score",
        playerId,
        score: params.score,
        reason: "e2e: just below her first test",
        confirm: true,
      },
      params.now,
    );
  }
  return playerId;
}
