"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { PlayerStatus } from "@/lib/engine/vocabulary";
import type { ChatBubble } from "@/lib/services/web-chat/chat-feed";
import { Composer } from "./composer";
import { MessageList, type ShownBubble } from "./message-list";
import { useChatFeed } from "./use-chat-feed";

// The browser chat: server history plus the player's own messages shown at once
// (optimistically) while they are sent to POST /api/chat/messages; the poll brings her
// replies. A failed send stays on screen with a retry; nothing is lost silently.
type Outgoing = { key: string; content: string; state: "sending" | "failed" | "sent"; serverId?: number };

export function ChatWindow({
  initial,
  maxChars,
  pollMs,
}: {
  initial: { bubbles: ChatBubble[]; typing: boolean; status: PlayerStatus };
  maxChars: number;
  pollMs: number;
}) {
  const router = useRouter();
  const { feed, refresh } = useChatFeed(initial, pollMs);
  const [outgoing, setOutgoing] = useState<Outgoing[]>([]);
  const [error, setError] = useState<string | null>(null);
  const counter = useRef(0);

  // A status change (her goodbye, a win) is shown by the server-rendered banner.
  const status = useRef(initial.status);
  useEffect(() => {
    if (feed.status !== status.current) {
      status.current = feed.status;
      router.refresh();
    }
  }, [feed.status, router]);

  const post = useCallback(
    async (key: string, content: string) => {
      setError(null);
      setOutgoing((list) => list.map((o) => (o.key === key ? { ...o, state: "sending" } : o)));
      try {
        const res = await fetch("/api/chat/messages", {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/json" },
          body: JSON.stringify({ content }),
        });
        if (res.status === 401) {
          setOutgoing((list) => list.map((o) => (o.key === key ? { ...o, state: "failed" } : o)));
          setError("Your session has ended. Sign in again to keep talking.");
          return;
        }
        if (!res.ok) {
          const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
          throw new Error(body?.error?.message ?? "send failed");
        }
        const sent = (await res.json()) as { messageId: number };
        setOutgoing((list) =>
          list.map((o) => (o.key === key ? { ...o, state: "sent", serverId: sent.messageId } : o)),
        );
        void refresh();
      } catch {
        setOutgoing((list) => list.map((o) => (o.key === key ? { ...o, state: "failed" } : o)));
        setError("Couldn't send — try again.");
      }
    },
    [refresh],
  );

  const send = (content: string) => {
    counter.current += 1;
    const key = `local-${counter.current}`;
    setOutgoing((list) => [...list, { key, content, state: "sending" }]);
    void post(key, content);
  };

  const retry = (key: string) => {
    const item = outgoing.find((o) => o.key === key);
    if (item) void post(key, item.content);
  };

  const shown = useMemo<ShownBubble[]>(() => {
    const onServer = new Set(feed.bubbles.map((b) => b.id));
    const fromServer: ShownBubble[] = feed.bubbles.map((b) => ({
      key: `m-${b.id}`,
      role: b.role,
      content: b.content,
    }));
    const pending: ShownBubble[] = outgoing
      .filter((o) => !(o.serverId && onServer.has(o.serverId)))
      .map((o) => ({
        key: o.key,
        role: "player",
        content: o.content,
        state: o.state === "sent" ? undefined : o.state,
      }));
    return [...fromServer, ...pending];
  }, [feed.bubbles, outgoing]);

  const sending = outgoing.some((o) => o.state === "sending");
  return (
    <div className="flex h-[calc(100dvh-14rem)] min-h-96 flex-col">
      {feed.connection === "offline" ? (
        <output className="mb-2 block text-sm text-mist">Connection lost — reconnecting…</output>
      ) : null}
      {feed.connection === "signed_out" ? (
        <p role="alert" className="mb-2 text-sm text-rose-soft">
          Your session has ended.{" "}
          <Link href="/sign-in?next=%2Fchat" className="font-semibold underline underline-offset-2">
            Sign in again
          </Link>
          .
        </p>
      ) : null}
      <MessageList bubbles={shown} typing={feed.typing} onRetry={retry} />
      {error ? (
        <p role="alert" className="mt-2 text-sm text-rose-soft">
          {error}
        </p>
      ) : null}
      <Composer maxChars={maxChars} sending={sending} onSend={send} />
    </div>
  );
}
