"use client";

import { type FormEvent, type KeyboardEvent, useId, useState } from "react";

// Where the player writes: a labelled text area that grows with the text (Enter sends,
// Shift+Enter is a new line), a count only once the text nears the limit, and a send button
// that is off while a message is on its way, so one press sends once. It sits at the bottom
// of the chat's flex column, above the phone's home indicator (safe-area padding).
/** Show how much is left from this share of the limit on. */
const COUNTER_FROM = 0.9;

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

  const nearLimit = text.length >= maxChars * COUNTER_FROM;
  return (
    <form
      onSubmit={submit}
      className="border-t border-plum px-3 pt-2 pb-[max(0.5rem,env(safe-area-inset-bottom))] sm:px-4 sm:pb-3"
    >
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
          rows={1}
          placeholder="Text her…"
          enterKeyHint="send"
          aria-describedby={`${id}-hint${nearLimit ? ` ${id}-count` : ""}`}
          className="field-sizing-content max-h-40 min-h-11 flex-1 resize-none rounded-3xl border border-plum bg-ink px-4 py-2.5 text-white placeholder:text-mist/70 focus:border-rose-soft"
        />
        <button
          type="submit"
          disabled={!canSend}
          className="min-h-11 rounded-full bg-rose px-5 font-semibold text-ink hover:bg-rose-soft disabled:cursor-not-allowed disabled:opacity-60"
        >
          {sending ? "Sending…" : "Send"}
        </button>
      </div>
      <div className="flex justify-between gap-2 px-2 pt-1 text-xs text-mist">
        <span id={`${id}-hint`} className="sr-only sm:not-sr-only">
          Enter sends · Shift+Enter for a new line
        </span>
        {nearLimit ? (
          <span id={`${id}-count`} className="ml-auto text-rose-soft">
            {maxChars - text.length} characters left
          </span>
        ) : null}
      </div>
    </form>
  );
}
