"use client";

// The body of every portal error.tsx: a calm note and a retry, never a stack trace. The
// digest lets support match the server log line without showing anything internal.
export function ErrorState({ digest, reset }: { digest?: string; reset: () => void }) {
  return (
    <div role="alert" className="rounded-2xl border border-rose/60 bg-rose/10 px-5 py-8 text-center">
      <p className="text-lg font-semibold">This page didn&apos;t load.</p>
      <p className="mt-2 text-mist">Nothing you did. Give it a moment and try again.</p>
      <button
        type="button"
        onClick={reset}
        className="mt-5 rounded-full bg-rose px-5 py-2 font-semibold text-ink hover:bg-rose-soft"
      >
        Try again
      </button>
      {digest ? <p className="mt-4 text-xs text-mist">Reference: {digest}</p> : null}
    </div>
  );
}
