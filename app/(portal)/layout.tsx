import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { currentPath } from "@/lib/auth/session";
import { loadPortalPlayer } from "@/lib/portal/player";
import { PortalNav } from "./_components/nav";

const ONBOARDING_PATH = "/onboarding";

// The signed-in player's shell: skip link, wordmark, navigation, main landmark. Signed-out
// visitors go to sign-in (requirePlayerSession inside loadPortalPlayer); a player still in
// onboarding is sent to finish it first.
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const path = await currentPath("/dashboard");
  const player = await loadPortalPlayer();
  if (!player) redirect("/sign-in");
  const isOnboardingPage = path.split(/[?#]/)[0] === ONBOARDING_PATH;
  if (player.status === "onboarding" && !isOnboardingPage) redirect(ONBOARDING_PATH);

  return (
    <div className="min-h-dvh">
      <a
        href="#main"
        className="sr-only rounded-full bg-rose px-4 py-2 font-semibold text-ink focus:not-sr-only focus:absolute focus:top-3 focus:left-3 focus:z-50"
      >
        Skip to content
      </a>
      <header className="border-b border-plum">
        <div className="mx-auto flex max-w-5xl flex-col gap-3 px-4 py-3 sm:flex-row sm:items-center sm:px-6">
          <Link
            href="/dashboard"
            className="shrink-0 text-sm font-semibold tracking-widest text-rose-soft uppercase hover:text-rose"
          >
            Nikita
          </Link>
          <PortalNav currentPath={path} />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl px-4 py-6 sm:px-6 sm:py-8">
        {children}
      </main>
    </div>
  );
}
