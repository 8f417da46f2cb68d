"use client";

import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

const CHAT_PATH = "/chat";

// The chat is a messenger: exactly one screen high (following the visible viewport, see
// use-viewport-height.ts), its own list scrolling and the composer always in view; every
// other page scrolls as a document. Chosen on the client, because in-app navigation keeps
// the layout and would leave a server-chosen shape behind.
export function PortalShell({ header, children }: { header: ReactNode; children: ReactNode }) {
  const isChat = usePathname() === CHAT_PATH;
  return (
    <div className={isChat ? "flex h-[var(--app-height,100dvh)] flex-col overflow-hidden" : "min-h-dvh"}>
      <a
        href="#main"
        className="sr-only rounded-full bg-rose px-4 py-2 font-semibold text-ink focus:not-sr-only focus:absolute focus:top-3 focus:left-3 focus:z-50"
      >
        Skip to content
      </a>
      {header}
      <main
        id="main"
        tabIndex={-1}
        className={
          isChat
            ? "mx-auto flex min-h-0 w-full max-w-3xl flex-1 flex-col sm:px-6 sm:py-4"
            : "mx-auto w-full max-w-5xl px-4 py-6 sm:px-6 sm:py-8"
        }
      >
        {children}
      </main>
    </div>
  );
}
