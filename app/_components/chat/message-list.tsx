"use client";

import { useEffect, useRef } from "react";

// The conversation: her bubbles on the left, the player's on the right, the player's unsent
// ones marked (sending / couldn't send, with a retry), and "typing…" while she writes. The
// list is a polite live log, so screen readers hear her replies arrive.
export type ShownBubble = {
  key: string;
  role: "player" | "nikita";
  content: string;
  state?: "sending" | "failed";
};

export function MessageList({
  bubbles,
  typing,
  onRetry,
}: {
  bubbles: ShownBubble[];
  typing: boolean;
  onRetry: (key: string) => void;
}) {
  const end = useRef<HTMLDivElement>(null);
  const last = bubbles.at(-1)?.key;
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll when the newest bubble or typing changes
  useEffect(() => {
    end.current?.scrollIntoView({ block: "end" });
  }, [last, typing]);

  return (
    <div className="flex min-h-0 flex-1 flex-col overflow-y-auto rounded-2xl bg-night p-3 sm:p-4">
      {bubbles.length === 0 ? (
        <p className="m-auto max-w-xs text-center text-mist">
          Nothing here yet. Say something worth answering.
        </p>
      ) : null}
      <div role="log" aria-live="polite" aria-label="Conversation with Nikita">
        <ol className="flex flex-col gap-2">
          {bubbles.map((b) => (
            <li key={b.key} className={`flex flex-col ${b.role === "player" ? "items-end" : "items-start"}`}>
              <span className="sr-only">{b.role === "player" ? "You:" : "Nikita:"}</span>
              <p
                className={`max-w-[85%] rounded-2xl px-4 py-2 break-words whitespace-pre-wrap ${
                  b.role === "player" ? "rounded-br-sm bg-rose text-ink" : "rounded-bl-sm bg-plum text-white"
                } ${b.state === "sending" ? "opacity-70" : ""} ${b.state === "failed" ? "ring-2 ring-rose-soft" : ""}`}
              >
                {b.content}
              </p>
              {b.state === "sending" ? <span className="mt-1 text-xs text-mist">Sending…</span> : null}
              {b.state === "failed" ? (
                <span className="mt-1 flex items-center gap-2 text-xs text-rose-soft">
                  Couldn&apos;t send — try again.
                  <button
                    type="button"
                    onClick={() => onRetry(b.key)}
                    className="rounded-full border border-rose-soft px-2 py-0.5 font-semibold hover:bg-plum"
                  >
                    Retry
                  </button>
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      </div>
      <div ref={end} />
      <output aria-live="polite" className="mt-2 block min-h-6 text-sm text-mist">
        {typing ? (
          <span className="inline-flex items-center gap-2">
            <span aria-hidden="true" className="inline-flex gap-1">
              <span className="size-1.5 animate-bounce rounded-full bg-mist" />
              <span className="size-1.5 animate-bounce rounded-full bg-mist [animation-delay:150ms]" />
              <span className="size-1.5 animate-bounce rounded-full bg-mist [animation-delay:300ms]" />
            </span>
            Nikita is typing…
          </span>
        ) : null}
      </output>
    </div>
  );
}
