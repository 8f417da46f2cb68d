import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { isAdminClaims } from "@/lib/auth/claims";
import { currentPath, getSessionClaims } from "@/lib/auth/session";
import { loadPortalPlayer } from "@/lib/portal/player";
import { PortalNav } from "./_components/nav";
import { PortalShell } from "./_components/portal-shell";

const ONBOARDING_PATH = "/onboarding";

// The signed-in player's shell: skip link, wordmark, navigation, main landmark (portal-shell
// sizes it: a messenger for the chat, a document elsewhere). Signed-out visitors go to
// sign-in (requirePlayerSession inside loadPortalPlayer); a player still in onboarding is
// sent to finish it first. An admin who does not play has no player row: back to /admin.
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const path = await currentPath("/dashboard");
  const player = await loadPortalPlayer();
  if (!player) redirect(isAdminClaims(await getSessionClaims()) ? "/admin" : ONBOARDING_PATH);
  if (player.status === "onboarding" && path.split(/[?#]/)[0] !== ONBOARDING_PATH) redirect(ONBOARDING_PATH);

  return (
    <PortalShell
      header={
        <header className="shrink-0 border-b border-plum">
          <div className="mx-auto flex max-w-5xl items-center gap-3 px-4 py-2 sm:px-6 sm:py-3">
            <Link
              href="/dashboard"
              className="shrink-0 text-sm font-semibold tracking-widest text-rose-soft uppercase hover:text-rose"
            >
              Nikita
            </Link>
            <PortalNav currentPath={path} />
          </div>
        </header>
      }
    >
      {children}
    </PortalShell>
  );
}
