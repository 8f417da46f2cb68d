"use client";

import { useEffect, useLayoutEffect, useRef } from "react";
import type { ChatMoment } from "@/lib/services/web-chat/chat-moments";
import { interleaveMoments } from "@/lib/services/web-chat/chat-moments";
import { makeChatTime } from "./chat-time";

// The conversation as a messenger shows it: day separators, her bubbles on the left and the
// player's on the right, a time under the last bubble of each run, "Read" under the player's
// latest message once she has seen it, a quiet divider for the game's moments (her test, how
// it ended), and a typing bubble while she writes. The list is a polite live log, so screen
// readers hear her replies arrive; its scroll box is `relative`, so the per-bubble
// screen-reader labels stay inside it instead of stretching the page.
export type ShownBubble = {
  key: string;
  role: "player" | "nikita";
  content: string;
  at: string;
  /** Server id once stored (local bubbles have none yet). */
  id?: number;
  isTest?: boolean;
  state?: "sending" | "failed";
};

/** Bubbles closer than this, from the same side, share one time stamp. */
const RUN_GAP_MS = 3 * 60 * 1000;
/** Follow new messages only when the player is this close to the bottom (not reading history). */
const STICK_TO_BOTTOM_PX = 120;

export function MessageList({
  bubbles,
  moments,
  typing,
  timeZone,
  now,
  onRetry,
}: {
  bubbles: ShownBubble[];
  moments: ChatMoment[];
  typing: boolean;
  timeZone: string;
  now: string;
  onRetry: (key: string) => void;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const stick = useRef(true);
  const clock = makeChatTime(timeZone);
  const last = bubbles.at(-1);
  const items = interleaveMoments(
    bubbles.map((b) => ({ ...b, id: b.id ?? Number.MAX_SAFE_INTEGER })),
    moments,
  );
  const lastPlayerIndex = bubbles.findLastIndex((b) => b.role === "player");
  const isRead =
    lastPlayerIndex >= 0 && (typing || bubbles.slice(lastPlayerIndex + 1).some((b) => b.role === "nikita"));

  const onScroll = () => {
    const el = scroller.current;
    if (el) stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < STICK_TO_BOTTOM_PX;
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: follow the newest bubble, typing and moments
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el && (stick.current || last?.role === "player")) el.scrollTop = el.scrollHeight;
  }, [last?.key, typing, moments.length]);
  // The on-screen keyboard shrinks the visual viewport: keep the latest message in view.
  useEffect(() => {
    const viewport = window.visualViewport;
    if (!viewport) return;
    const follow = () => {
      const el = scroller.current;
      if (el && stick.current) el.scrollTop = el.scrollHeight;
    };
    viewport.addEventListener("resize", follow);
    return () => viewport.removeEventListener("resize", follow);
  }, []);

  let previousDay: string | null = null;
  return (
    <div
      ref={scroller}
      onScroll={onScroll}
      // The scroll box is the log itself, focusable so keyboard users can scroll it.
      role="log"
      aria-live="polite"
      aria-label="Conversation with Nikita"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
      className="relative min-h-0 flex-1 overflow-y-auto overscroll-contain px-3 py-3 focus-visible:outline-offset-[-2px] sm:px-4"
    >
      {bubbles.length === 0 ? (
        <p className="mx-auto mt-10 max-w-xs text-center text-mist">
          Nothing here yet. Say something worth answering.
        </p>
      ) : null}
      <div>
        <ol className="flex flex-col">
          {items.map((item, index) => {
            if (item.type === "moment") {
              const m = item.moment;
              return (
                <li key={`moment-${m.id}`} className="my-4 flex items-center gap-3" data-moment={m.kind}>
                  <span
                    aria-hidden="true"
                    className="h-px flex-1 bg-gradient-to-r from-transparent to-rose/50"
                  />
                  <span className="max-w-[70%] text-center text-xs text-mist">
                    <strong className="block text-sm font-semibold text-rose-soft">{m.title}</strong>
                    {m.detail}
                  </span>
                  <span
                    aria-hidden="true"
                    className="h-px flex-1 bg-gradient-to-l from-transparent to-rose/50"
                  />
                </li>
              );
            }
            const b = item.bubble;
            const day = clock.dayKey(b.at);
            const separator =
              day !== previousDay ? (
                <li key={`day-${day}`} className="my-3 flex justify-center" data-day={day}>
                  <span className="rounded-full bg-plum/70 px-3 py-0.5 text-xs text-mist">
                    {clock.dayLabel(b.at, now)}
                  </span>
                </li>
              ) : null;
            previousDay = day;
            const next = items[index + 1];
            const nextBubble = next?.type === "bubble" ? next.bubble : null;
            const endsRun =
              !nextBubble ||
              nextBubble.role !== b.role ||
              new Date(nextBubble.at).getTime() - new Date(b.at).getTime() > RUN_GAP_MS ||
              clock.dayKey(nextBubble.at) !== day;
            const mine = b.role === "player";
            const isLastPlayer = mine && b.key === bubbles[lastPlayerIndex]?.key;
            return [
              separator,
              <li
                key={b.key}
                className={`flex flex-col ${mine ? "items-end" : "items-start"} ${endsRun ? "mb-3" : "mb-1"}`}
              >
                <span className="sr-only">{mine ? "You:" : "Nikita:"}</span>
                <p
                  className={`max-w-[85%] rounded-2xl px-4 py-2 break-words whitespace-pre-wrap sm:max-w-[70%] ${
                    mine ? "rounded-br-md bg-rose text-ink" : "rounded-bl-md bg-plum text-white"
                  } ${b.isTest ? "ring-1 ring-rose-soft/80" : ""} ${b.state === "sending" ? "opacity-70" : ""} ${
                    b.state === "failed" ? "ring-2 ring-rose-soft" : ""
                  }`}
                >
                  {b.content}
                </p>
                {b.state === "failed" ? (
                  <span className="mt-1 flex items-center gap-2 text-xs text-rose-soft">
                    Couldn&apos;t send.
                    <button
                      type="button"
                      onClick={() => onRetry(b.key)}
                      className="rounded-full border border-rose-soft px-2 py-0.5 font-semibold hover:bg-plum"
                    >
                      Retry
                    </button>
                  </span>
                ) : endsRun || isLastPlayer ? (
                  <span className="mt-1 px-1 text-[11px] text-mist">
                    {b.state === "sending" ? (
                      "Sending…"
                    ) : (
                      <>
                        <time dateTime={b.at}>{clock.time(b.at)}</time>
                        {isLastPlayer ? <span> · {isRead ? "Read" : "Delivered"}</span> : null}
                      </>
                    )}
                  </span>
                ) : null}
              </li>,
            ];
          })}
        </ol>
      </div>
      <output aria-live="polite" className="block min-h-10">
        {typing ? (
          <span className="inline-flex items-center gap-1 rounded-2xl rounded-bl-md bg-plum px-4 py-3">
            <span className="sr-only">Nikita is typing…</span>
            <span aria-hidden="true" className="size-1.5 animate-bounce rounded-full bg-mist" />
            <span
              aria-hidden="true"
              className="size-1.5 animate-bounce rounded-full bg-mist [animation-delay:150ms]"
            />
            <span
              aria-hidden="true"
              className="size-1.5 animate-bounce rounded-full bg-mist [animation-delay:300ms]"
            />
          </span>
        ) : null}
      </output>
    </div>
  );
}
