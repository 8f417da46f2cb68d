"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

// The signed-in navigation: the portal's pages, the current one marked for assistive tech,
// and sign-out as a POST form (a link could be triggered cross-site). Wide screens get the
// row of links; a phone gets a "Menu" button naming the current page that opens every
// section at once (no sideways strip hiding half of them). Client-side so the current page
// stays right after in-app navigation (the layout itself is not re-rendered then).
export const PORTAL_LINKS = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/chat", label: "Chat" },
  { href: "/conversations", label: "Conversations" },
  { href: "/diary", label: "Diary" },
  { href: "/vices", label: "Vices" },
  { href: "/settings", label: "Settings" },
] as const;

const isCurrent = (path: string, href: string) => {
  const pathname = path.split(/[?#]/)[0];
  return pathname === href || pathname?.startsWith(`${href}/`);
};

function SignOut({ className }: { className: string }) {
  return (
    <form action="/auth/sign-out" method="post">
      <button type="submit" className={className}>
        Sign out
      </button>
    </form>
  );
}

export function PortalNav({ currentPath }: { currentPath: string }) {
  const pathname = usePathname() ?? currentPath;
  const menu = useRef<HTMLDetailsElement>(null);
  const current = PORTAL_LINKS.find((l) => isCurrent(pathname, l.href));
  // Close the phone menu once a section is chosen.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every navigation
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname]);

  return (
    <nav aria-label="Portal" className="min-w-0 flex-1">
      <ul className="hidden justify-end gap-1 sm:flex">
        {PORTAL_LINKS.map((link) => {
          const here = isCurrent(pathname, link.href);
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={here ? "page" : undefined}
                className={`block rounded-full px-3 py-2 text-sm font-semibold ${here ? "bg-plum text-white" : "text-mist hover:bg-plum hover:text-white"}`}
              >
                {link.label}
              </Link>
            </li>
          );
        })}
        <li>
          <SignOut className="rounded-full px-3 py-2 text-sm font-semibold text-rose-soft hover:bg-plum" />
        </li>
      </ul>
      <details ref={menu} className="group relative sm:hidden">
        <summary className="ml-auto flex w-fit cursor-pointer list-none items-center gap-2 rounded-full border border-plum px-4 py-2 text-sm font-semibold [&::-webkit-details-marker]:hidden">
          <span className="text-mist">Menu</span>
          <span>{current?.label ?? ""}</span>
          <span aria-hidden="true" className="text-mist transition-transform group-open:rotate-180">
            ▾
          </span>
        </summary>
        <div className="absolute right-0 z-40 mt-2 w-64 rounded-2xl border border-plum bg-night p-2 shadow-xl shadow-black/50">
          <ul className="grid grid-cols-2 gap-1">
            {PORTAL_LINKS.map((link) => {
              const here = isCurrent(pathname, link.href);
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
          <div className="mt-1 border-t border-plum pt-1">
            <SignOut className="w-full rounded-xl px-3 py-2.5 text-left text-sm font-semibold text-rose-soft hover:bg-plum" />
          </div>
        </div>
      </details>
    </nav>
  );
}
