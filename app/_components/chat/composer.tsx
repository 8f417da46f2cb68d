"use client";

import { type FormEvent, type KeyboardEvent, useId, useState } from "react";

// Where the player writes: a labelled text area (Enter sends, Shift+Enter is a new line),
// the length limit shown as a counter, and a send button that is off while a message is on
// its way, so one press sends once.
export function Composer({
  maxChars,
  sending,
  onSend,
}: {
  maxChars: number;
  sending: boolean;
  onSend: (text: string) => void;
}) {
  const [text, setText] = useState("");
  const id = useId();
  const trimmed = text.trim();
  const canSend = !sending && trimmed.length > 0 && text.length <= maxChars;

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!canSend) return;
    onSend(trimmed);
    setText("");
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) submit(event);
  };

  const nearLimit = text.length > maxChars * 0.9;
  return (
    <form onSubmit={submit} className="mt-3 flex flex-col gap-1">
      <label htmlFor={`${id}-text`} className="sr-only">
        Message to Nikita
      </label>
      <div className="flex items-end gap-2">
        <textarea
          id={`${id}-text`}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          readOnly={sending}
          maxLength={maxChars}
          rows={2}
          placeholder="Text her…"
          aria-describedby={`${id}-count ${id}-hint`}
          className="min-h-12 flex-1 resize-none rounded-2xl border border-plum bg-ink px-4 py-3 text-white placeholder:text-mist/70 focus:border-rose-soft"
        />
        <button
          type="submit"
          disabled={!canSend}
          className="rounded-full bg-rose px-5 py-3 font-semibold text-ink hover:bg-rose-soft disabled:cursor-not-allowed disabled:opacity-60"
        >
          {sending ? "Sending…" : "Send"}
        </button>
      </div>
      <div className="flex justify-between gap-2 px-1 text-xs text-mist">
        <span id={`${id}-hint`}>Enter sends · Shift+Enter for a new line</span>
        <span id={`${id}-count`} className={nearLimit ? "text-rose-soft" : undefined}>
          {text.length} / {maxChars}
        </span>
      </div>
    </form>
  );
}
