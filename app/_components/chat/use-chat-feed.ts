"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { PlayerStatus } from "@/lib/engine/vocabulary";
import type { ChatBubble } from "@/lib/services/web-chat/chat-feed";
import type { ChatMoment } from "@/lib/services/web-chat/chat-moments";

// Keeps the chat window in step with the server by polling GET /api/chat/messages (paused
// while the tab is hidden): every `intervalMs` normally, every `fastMs` while her reply is on
// its way (a turn pending, typing, or `expecting` from the page right after a send), so
// "typing…" shows for the real time she takes and her bubble lands as soon as it is due.
// A lost connection is reported softly and retried on the next tick.
export type FeedState = {
  bubbles: ChatBubble[];
  moments: ChatMoment[];
  typing: boolean;
  awaitingReply: boolean;
  status: PlayerStatus;
  connection: "ok" | "offline" | "signed_out";
};

export function useChatFeed(
  initial: Omit<FeedState, "connection">,
  options: { intervalMs: number; fastMs: number; expecting: boolean },
) {
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
      setFeed({
        bubbles: body.bubbles,
        moments: body.moments ?? [],
        typing: body.typing,
        awaitingReply: body.awaitingReply,
        status: body.status,
        connection: "ok",
      });
    } catch {
      setFeed((f) => ({ ...f, connection: "offline" }));
    } finally {
      inFlight.current = false;
    }
  }, []);

  const fast = options.expecting || feed.typing || feed.awaitingReply;
  const interval = fast ? options.fastMs : options.intervalMs;
  useEffect(() => {
    const tick = () => {
      if (document.visibilityState === "visible") void refresh();
    };
    const timer = window.setInterval(tick, interval);
    document.addEventListener("visibilitychange", tick);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", tick);
    };
  }, [refresh, interval]);

  return { feed, refresh };
}
