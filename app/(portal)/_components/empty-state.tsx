import Link from "next/link";
import type { ReactNode } from "react";

// What a page shows when there is nothing yet: one line of hers and where to go next.
export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children: ReactNode;
  action?: { href: string; label: string };
}) {
  return (
    <div className="rounded-2xl border border-plum px-5 py-10 text-center">
      <p className="text-lg font-semibold">{title}</p>
      <p className="mt-2 text-mist">{children}</p>
      {action ? (
        <Link
          href={action.href}
          className="mt-5 inline-block rounded-full bg-rose px-5 py-2 font-semibold text-ink hover:bg-rose-soft"
        >
          {action.label}
        </Link>
      ) : null}
    </div>
  );
}
