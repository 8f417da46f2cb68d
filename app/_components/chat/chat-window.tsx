"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { PlayerStatus } from "@/lib/engine/vocabulary";
import type { ChatBubble } from "@/lib/services/web-chat/chat-feed";
import type { ChatMoment } from "@/lib/services/web-chat/chat-moments";
import { ChatHeader } from "./chat-header";
import { Composer } from "./composer";
import { MessageList, type ShownBubble } from "./message-list";
import { useChatFeed } from "./use-chat-feed";
import { useAppHeightVar } from "./use-viewport-height";

// The browser chat: server history plus the player's own messages shown at once
// (optimistically) while they are sent to POST /api/chat/messages; the poll brings her
// replies. From the moment the server has a message until her answer lands she is shown
// typing (her reply being worked out, then her delay's typing window), and her bubble is
// never revealed sooner than MIN_TYPING_MS after the send, so even an instant reply reads
// as typed. A failed send stays on screen with a retry; nothing is lost silently.
type Outgoing = {
  key: string;
  content: string;
  at: string;
  state: "sending" | "failed" | "sent";
  serverId?: number;
};

/** The shortest time "typing…" is on screen before a reply to the player's message appears. */
const MIN_TYPING_MS = 1_200;
const MINUTE_MS = 60_000;

const berlinTime = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Berlin",
  hour: "2-digit",
  minute: "2-digit",
});

function herStatus(status: PlayerStatus, now: Date): string {
  if (status === "game_over") return "not answering anymore";
  if (status === "boss_fight") return "waiting for your answer";
  return `Berlin · ${berlinTime.format(now)} there`;
}

export function ChatWindow({
  initial,
  maxChars,
  pollMs,
  fastPollMs,
  timeZone,
  renderedAt,
  children,
}: {
  initial: {
    bubbles: ChatBubble[];
    moments: ChatMoment[];
    typing: boolean;
    awaitingReply: boolean;
    status: PlayerStatus;
  };
  maxChars: number;
  pollMs: number;
  fastPollMs: number;
  timeZone: string;
  renderedAt: string;
  /** Shown between the header and the messages (the game-ended notice). */
  children?: React.ReactNode;
}) {
  const router = useRouter();
  const [outgoing, setOutgoing] = useState<Outgoing[]>([]);
  const [awaiting, setAwaiting] = useState<{ afterId: number; revealAt: number } | null>(null);
  const [now, setNow] = useState(() => new Date(renderedAt));
  const { feed, refresh } = useChatFeed(initial, {
    intervalMs: pollMs,
    fastMs: fastPollMs,
    expecting: awaiting !== null,
  });
  const [error, setError] = useState<string | null>(null);
  const counter = useRef(0);
  useAppHeightVar();

  // A status change (her goodbye, a win, her test) is shown by the server-rendered page.
  const status = useRef(initial.status);
  useEffect(() => {
    if (feed.status !== status.current) {
      status.current = feed.status;
      router.refresh();
    }
  }, [feed.status, router]);

  // Her clock in the header, and the moment a held-back reply may show.
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), awaiting ? 250 : MINUTE_MS / 4);
    return () => window.clearInterval(timer);
  }, [awaiting]);

  const replied = awaiting ? feed.bubbles.some((b) => b.role === "nikita" && b.id > awaiting.afterId) : false;
  const seenByPoll = awaiting ? feed.bubbles.some((b) => b.id === awaiting.afterId) : false;
  // Her answer is in and has been "typed" long enough, or she is taking her time (no turn
  // pending, not typing): stop expecting; the server's typing flag takes over from here.
  useEffect(() => {
    if (!awaiting) return;
    const held = now.getTime() < awaiting.revealAt;
    if ((replied && !held) || (!replied && seenByPoll && !feed.awaitingReply && !feed.typing && !held)) {
      setAwaiting(null);
    }
  }, [awaiting, replied, seenByPoll, feed.awaitingReply, feed.typing, now]);

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
        const sent = (await res.json()) as { messageId: number; at: string };
        setOutgoing((list) =>
          list.map((o) => (o.key === key ? { ...o, state: "sent", serverId: sent.messageId } : o)),
        );
        setAwaiting({ afterId: sent.messageId, revealAt: Date.now() + MIN_TYPING_MS });
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
    setOutgoing((list) => [...list, { key, content, at: new Date().toISOString(), state: "sending" }]);
    void post(key, content);
  };

  const retry = (key: string) => {
    const item = outgoing.find((o) => o.key === key);
    if (item) void post(key, item.content);
  };

  const holding = awaiting !== null && now.getTime() < awaiting.revealAt;
  const shown = useMemo<ShownBubble[]>(() => {
    const onServer = new Set(feed.bubbles.map((b) => b.id));
    const fromServer: ShownBubble[] = feed.bubbles
      .filter((b) => !(holding && awaiting && b.role === "nikita" && b.id > awaiting.afterId))
      .map((b) => ({
        key: `m-${b.id}`,
        id: b.id,
        role: b.role,
        content: b.content,
        at: b.at,
        isTest: b.isTest,
      }));
    const pending: ShownBubble[] = outgoing
      .filter((o) => !(o.serverId && onServer.has(o.serverId)))
      .map((o) => ({
        key: o.key,
        role: "player",
        content: o.content,
        at: o.at,
        state: o.state === "sent" ? undefined : o.state,
      }));
    return [...fromServer, ...pending];
  }, [feed.bubbles, outgoing, holding, awaiting]);

  const typing = feed.typing || feed.awaitingReply || awaiting !== null;
  const sending = outgoing.some((o) => o.state === "sending");
  return (
    <div className="flex min-h-0 flex-1 flex-col overflow-hidden bg-night sm:rounded-2xl sm:border sm:border-plum">
      <ChatHeader status={herStatus(feed.status, now)} typing={typing} />
      {children}
      {feed.connection === "offline" ? (
        <output className="block px-4 pt-2 text-sm text-mist">Connection lost — reconnecting…</output>
      ) : null}
      {feed.connection === "signed_out" ? (
        <p role="alert" className="px-4 pt-2 text-sm text-rose-soft">
          Your session has ended.{" "}
          <Link href="/sign-in?next=%2Fchat" className="font-semibold underline underline-offset-2">
            Sign in again
          </Link>
          .
        </p>
      ) : null}
      <MessageList
        bubbles={shown}
        moments={feed.moments}
        typing={typing}
        timeZone={timeZone}
        now={now.toISOString()}
        onRetry={retry}
      />
      {error ? (
        <p role="alert" className="px-4 pb-1 text-sm text-rose-soft">
          {error}
        </p>
      ) : null}
      <Composer maxChars={maxChars} sending={sending} onSend={send} />
    </div>
  );
}
