import Link from "next/link";
import type { ReactNode } from "react";

// The frame of every sign-in screen: the wordmark home, then one centred card.
export function AuthShell({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  return (
    <main
      className={`mx-auto flex min-h-dvh w-full flex-col px-5 py-10 ${wide ? "max-w-3xl" : "max-w-md justify-center"}`}
    >
      <Link
        href="/"
        className="mb-8 self-start text-sm font-semibold tracking-widest text-rose-soft uppercase hover:text-rose"
      >
        Nikita
      </Link>
      <div className="rounded-2xl bg-night p-6 shadow-lg sm:p-8">{children}</div>
    </main>
  );
}

export function Notice({ tone, children }: { tone: "info" | "error"; children: ReactNode }) {
  const styles =
    tone === "error" ? "border-rose/60 bg-rose/10 text-rose-soft" : "border-plum bg-plum/60 text-white";
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={`rounded-xl border px-4 py-3 text-sm ${styles}`}
    >
      {children}
    </div>
  );
}
