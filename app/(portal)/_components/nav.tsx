import Link from "next/link";

// The signed-in navigation: the portal's pages, the current one marked for assistive tech,
// and sign-out as a POST form (a link could be triggered cross-site). Scrolls sideways on
// narrow phones instead of pushing the page wider.
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

export function PortalNav({ currentPath }: { currentPath: string }) {
  return (
    <nav aria-label="Portal" className="min-w-0 flex-1">
      <ul className="flex gap-1 overflow-x-auto pb-1 sm:justify-end">
        {PORTAL_LINKS.map((link) => {
          const current = isCurrent(currentPath, link.href);
          return (
            <li key={link.href} className="shrink-0">
              <Link
                href={link.href}
                aria-current={current ? "page" : undefined}
                className={`block rounded-full px-3 py-2 text-sm font-semibold ${current ? "bg-plum text-white" : "text-mist hover:bg-plum hover:text-white"}`}
              >
                {link.label}
              </Link>
            </li>
          );
        })}
        <li className="shrink-0">
          <form action="/auth/sign-out" method="post">
            <button
              type="submit"
              className="rounded-full px-3 py-2 text-sm font-semibold text-rose-soft hover:bg-plum"
            >
              Sign out
            </button>
          </form>
        </li>
      </ul>
    </nav>
  );
}
