// The admin area's frame: the server-side admin check (a player gets a 404, a signed-out
// visitor the sign-in page), then navigation. Every page repeats the check itself.
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { requireAdmin } from "@/lib/auth/admin";

export const metadata: Metadata = {
  title: { default: "Admin", template: "%s · Admin · Nikita" },
  robots: { index: false },
};

const NAV = [
  ["/admin", "Overview"],
  ["/admin/players", "Players"],
  ["/admin/operations", "Operations"],
  ["/admin/balance", "Balance"],
  ["/admin/safety", "Safety"],
  ["/admin/audit", "Audit log"],
] as const;

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const admin = await requireAdmin();
  return (
    <div className="min-h-dvh">
      <header className="border-b border-plum bg-night">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-5 py-3">
          <Link href="/admin" className="text-sm font-semibold tracking-widest text-rose-soft uppercase">
            Nikita admin
          </Link>
          <nav aria-label="Admin" className="flex flex-wrap gap-4 text-sm">
            {NAV.map(([href, label]) => (
              <Link key={href} href={href} className="text-mist hover:text-white">
                {label}
              </Link>
            ))}
          </nav>
          <span className="ml-auto text-xs text-mist">{admin.email ?? admin.userId}</span>
        </div>
      </header>
      <main className="mx-auto flex max-w-7xl flex-col gap-6 px-5 py-6">{children}</main>
    </div>
  );
}
