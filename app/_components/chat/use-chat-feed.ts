"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { PlayerStatus } from "@/lib/engine/vocabulary";
import type { ChatBubble } from "@/lib/services/web-chat/chat-feed";

// Keeps the chat window in step with the server by polling GET /api/chat/messages every
// `intervalMs` (paused while the tab is hidden): her bubbles appear once due, "typing…"
// while a delay runs. A lost connection is reported softly and retried on the next tick.
export type FeedState = {
  bubbles: ChatBubble[];
  typing: boolean;
  status: PlayerStatus;
  connection: "ok" | "offline" | "signed_out";
};

export function useChatFeed(initial: Omit<FeedState, "connection">, intervalMs: number) {
  const [feed, setFeed] = useState<FeedState>({ ...initial, connection: "ok" });
  const inFlight = useRef(false);

  const refresh = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      const res = await fetch("/api/chat/messages", {
        cache: "no-store",
        headers: { accept: "application/json" },
      });
      if (res.status === 401) {
        setFeed((f) => ({ ...f, connection: "signed_out" }));
        return;
      }
      if (!res.ok) throw new Error(`poll ${res.status}`);
      const body = (await res.json()) as Omit<FeedState, "connection">;
      setFeed({ bubbles: body.bubbles, typing: body.typing, status: body.status, connection: "ok" });
    } catch {
      setFeed((f) => ({ ...f, connection: "offline" }));
    } finally {
      inFlight.current = false;
    }
  }, []);

  useEffect(() => {
    const tick = () => {
      if (document.visibilityState === "visible") void refresh();
    };
    const timer = window.setInterval(tick, intervalMs);
    document.addEventListener("visibilitychange", tick);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", tick);
    };
  }, [refresh, intervalMs]);

  return { feed, refresh };
}
