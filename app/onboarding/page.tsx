import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { withPlayer } from "@/db/with-player";
import { isAdminClaims } from "@/lib/auth/claims";
import { VICE_RULES } from "@/lib/engine/rules";
import { findPortalPlayer } from "@/lib/services/account/portal-player";
import { loadAccountPlayer } from "@/lib/services/account/session-player";
import { ensurePlayer } from "@/lib/services/ensure-player";
import { OnboardingForm } from "./onboarding-form";

export const metadata: Metadata = { title: "Before you meet her" };

// /onboarding — a signed-in player who has not started yet answers four questions, then
// meets her in the chat. Players already playing go to their dashboard.
export default async function OnboardingPage() {
  const { claims, player: found } = await loadAccountPlayer("/onboarding");
  // Sign-in creates a player's row; a session that arrives without one gets it here. An admin
  // does not become a player by passing by: "Play as a player" in the admin console does that.
  if (!found && isAdminClaims(claims)) redirect("/admin");
  const player =
    found ??
    (await ensurePlayer(await getDb(), { authUserId: claims.sub, email: claims.email }).then(() =>
      withPlayer(claims, (tx) => findPortalPlayer(tx, claims.sub)),
    ));
  if (!player) redirect("/sign-in");
  if (player.status !== "onboarding") redirect("/dashboard");

  return (
    <main id="main" className="mx-auto flex min-h-dvh w-full max-w-xl flex-col px-5 py-10">
      <span className="mb-8 text-sm font-semibold tracking-widest text-rose-soft uppercase">Nikita</span>
      <div className="rounded-2xl bg-night p-6 shadow-lg sm:p-8">
        <h1 className="text-2xl font-bold">Before you meet her</h1>
        <p className="mt-2 text-mist">
          Four quick questions. She&apos;ll text you first — in the chat here, right after.
        </p>
        <OnboardingForm
          defaultName={player.name ?? ""}
          darknessRange={{ min: VICE_RULES.darknessMin, max: VICE_RULES.darknessMax }}
        />
      </div>
    </main>
  );
}
