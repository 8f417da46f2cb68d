"use client";

import { useCallback, useEffect, useRef, useState } from "react";

// The "Call Nikita" button: asks GET /api/voice/signed-url whether she picks up; if she does,
// starts the call in the browser with ElevenLabs' web client (loaded only on click) using the
// signed URL and the session options the server built; otherwise shows her answer. While the
// call runs the button hangs up. Status changes are announced to screen readers.
type CallState = "idle" | "asking" | "connecting" | "live" | "ended";
type Session = { endSession(): Promise<void> };

type SignedUrlAnswer =
  | {
      available: true;
      signedUrl: string;
      session: {
        userId: string;
        dynamicVariables: Record<string, string | number | boolean>;
        overrides: { agent: { prompt: { prompt: string }; firstMessage: string; language: "en" } };
      };
    }
  | { available: false; reason: string; line: string };

const FALLBACK_LINE = "my phone is being weird. text me?";

export function CallButton() {
  const [state, setState] = useState<CallState>("idle");
  const [line, setLine] = useState<string | null>(null);
  const session = useRef<Session | null>(null);

  useEffect(() => () => void session.current?.endSession().catch(() => {}), []);

  const hangUp = useCallback(async () => {
    const current = session.current;
    session.current = null;
    await current?.endSession().catch(() => {});
    setState("ended");
  }, []);

  const call = useCallback(async () => {
    setLine(null);
    setState("asking");
    try {
      const res = await fetch("/api/voice/signed-url", { headers: { accept: "application/json" } });
      const body = (await res.json().catch(() => null)) as
        | SignedUrlAnswer
        | { error?: { message?: string } }
        | null;
      if (!res.ok || !body || !("available" in body)) {
        setLine((body && "error" in body && body.error?.message) || FALLBACK_LINE);
        setState("idle");
        return;
      }
      if (!body.available) {
        setLine(body.line);
        setState("idle");
        return;
      }
      setState("connecting");
      await navigator.mediaDevices.getUserMedia({ audio: true });
      const { Conversation } = await import("@elevenlabs/client");
      session.current = await Conversation.startSession({
        signedUrl: body.signedUrl,
        connectionType: "websocket",
        userId: body.session.userId,
        dynamicVariables: body.session.dynamicVariables,
        overrides: body.session.overrides,
        onConnect: () => setState("live"),
        onDisconnect: () => {
          session.current = null;
          setState("ended");
        },
        onError: () => setLine(FALLBACK_LINE),
      });
    } catch {
      session.current = null;
      setLine(FALLBACK_LINE);
      setState("idle");
    }
  }, []);

  const busy = state === "asking" || state === "connecting";
  const live = state === "live";
  const label = live ? "Hang up" : busy ? "Calling…" : "Call Nikita";
  const status =
    state === "asking" || state === "connecting"
      ? "Ringing…"
      : live
        ? "On the phone with Nikita"
        : state === "ended"
          ? "Call ended"
          : "";

  return (
    <div className="flex flex-col gap-2">
      <button
        type="button"
        onClick={live ? hangUp : call}
        disabled={busy}
        aria-pressed={live}
        className="rounded-full bg-rose px-5 py-2 font-semibold text-white hover:opacity-90 disabled:opacity-60"
      >
        {label}
      </button>
      <output aria-live="polite" className="text-sm text-mist">
        {status}
      </output>
      {line ? (
        <p className="rounded-2xl bg-night p-3 text-sm" data-testid="call-answer">
          <span className="sr-only">Nikita: </span>
          {line}
        </p>
      ) : null}
    </div>
  );
}
