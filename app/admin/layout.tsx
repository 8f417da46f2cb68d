// The admin area's frame: the server-side admin check (a player gets a 404, a signed-out
// visitor the sign-in page), then navigation. Every page repeats the check itself. Admins
// are not players: the corner offers "Play as a player" (which makes their player row) or,
// once they play, a link to their own game.
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { AdminNav } from "@/app/_components/admin/nav";
import { getDb } from "@/db";
import { findPlayerIdByAuthUser } from "@/db/queries/admin-accounts";
import { requireAdmin } from "@/lib/auth/admin";
import { playAsPlayerAction } from "./actions";

export const metadata: Metadata = {
  title: { default: "Admin", template: "%s · Admin · Nikita" },
  robots: { index: false },
};

const cornerLink = "text-sm font-semibold text-rose-soft underline-offset-2 hover:underline";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const admin = await requireAdmin();
  const playsToo = (await findPlayerIdByAuthUser(await getDb(), { authUserId: admin.userId })) !== null;
  const account = (
    <>
      {playsToo ? (
        <Link href="/dashboard" className={cornerLink}>
          Your game
        </Link>
      ) : (
        <form action={playAsPlayerAction}>
          <button type="submit" className={cornerLink}>
            Play as a player
          </button>
        </form>
      )}
      <span className="max-w-56 truncate text-xs text-mist" title={admin.email ?? admin.userId}>
        {admin.email ?? admin.userId}
      </span>
      <form action="/auth/sign-out" method="post">
        <button type="submit" className="text-sm text-mist hover:text-white">
          Sign out
        </button>
      </form>
    </>
  );
  return (
    <div className="min-h-dvh">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-lg focus:bg-night focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-30 border-b border-plum bg-night/95 backdrop-blur">
        <div className="mx-auto flex max-w-7xl items-center gap-4 px-4 py-2.5 sm:px-5">
          <Link
            href="/admin"
            className="shrink-0 text-sm font-semibold tracking-widest text-rose-soft uppercase"
          >
            Nikita admin
          </Link>
          <AdminNav account={account} />
        </div>
      </header>
      <main id="main" className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-6 sm:px-5">
        {children}
      </main>
    </div>
  );
}
