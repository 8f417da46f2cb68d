"use client";
// The admin navigation: every admin page, the current one marked (aria-current="page" and a
// filled pill), then the admin's own corner (play as a player, who is signed in, sign out).
// Wide screens get one row; below `md` a "Menu" button naming the current page opens every
// section as a grid, so nothing hides in a sideways strip at 390 px. Client-side so the mark
// follows in-app navigation (the layout is not re-rendered then). A page joins the console
// with one line in ADMIN_LINKS.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { type ReactNode, useEffect, useRef } from "react";

export const ADMIN_LINKS = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/players", label: "Players" },
  { href: "/admin/operations", label: "Operations" },
  { href: "/admin/balance", label: "Balance" },
  { href: "/admin/safety", label: "Safety" },
  { href: "/admin/audit", label: "Audit log" },
] as const;

/** The overview is current only on /admin itself; a section also on its sub-pages. */
export function isCurrentAdminLink(path: string, href: string): boolean {
  const pathname = path.split(/[?#]/)[0] ?? "";
  if (href === "/admin") return pathname === "/admin";
  return pathname === href || pathname.startsWith(`${href}/`);
}

const pill = (here: boolean) =>
  `block rounded-full px-3 py-1.5 text-sm font-semibold ${here ? "bg-plum text-white" : "text-mist hover:bg-plum/60 hover:text-white"}`;

export function AdminNav({ account }: { account: ReactNode }) {
  const pathname = usePathname() ?? "/admin";
  const menu = useRef<HTMLDetailsElement>(null);
  const current = ADMIN_LINKS.find((l) => isCurrentAdminLink(pathname, l.href));
  // Close the phone menu once a section is chosen.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every navigation
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname]);

  return (
    <nav aria-label="Admin" className="flex min-w-0 flex-1 items-center gap-3">
      <ul className="hidden flex-wrap gap-1 md:flex">
        {ADMIN_LINKS.map((link) => {
          const here = isCurrentAdminLink(pathname, link.href);
          return (
            <li key={link.href}>
              <Link href={link.href} aria-current={here ? "page" : undefined} className={pill(here)}>
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
      <div className="ml-auto hidden items-center gap-3 md:flex">{account}</div>
      <details ref={menu} className="group relative ml-auto md:hidden">
        <summary className="flex cursor-pointer list-none items-center gap-2 rounded-full border border-plum px-4 py-2 text-sm font-semibold [&::-webkit-details-marker]:hidden">
          <span className="text-mist">Menu</span>
          <span>{current?.label ?? ""}</span>
          <span aria-hidden="true" className="text-mist transition-transform group-open:rotate-180">
            ▾
          </span>
        </summary>
        <div className="absolute right-0 z-40 mt-2 w-72 rounded-2xl border border-plum bg-night p-2 shadow-xl shadow-black/50">
          <ul className="grid grid-cols-2 gap-1">
            {ADMIN_LINKS.map((link) => {
              const here = isCurrentAdminLink(pathname, link.href);
              return (
                <li key={link.href}>
                  <Link
                    href={link.href}
                    aria-current={here ? "page" : undefined}
                    onClick={() => {
                      if (menu.current) menu.current.open = false;
                    }}
                    className={`block rounded-xl px-3 py-2.5 text-sm font-semibold ${here ? "bg-plum text-white" : "text-mist hover:bg-plum hover:text-white"}`}
                  >
                    {link.label}
                  </Link>
                </li>
              );
            })}
          </ul>
          <div className="mt-1 flex flex-col items-start gap-2 border-t border-plum px-3 pt-3 pb-1">
            {account}
          </div>
        </div>
      </details>
    </nav>
  );
}
