"use client";

import { useState } from "react";
import { useFormStatus } from "react-dom";
import { startOver } from "./actions";

// "Start over" after the game ended, behind a second, explicit confirmation.
function ConfirmButton() {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      className="rounded-full bg-rose px-5 py-2 font-semibold text-ink hover:bg-rose-soft disabled:opacity-70"
    >
      {pending ? "Starting over…" : "Yes, start over"}
    </button>
  );
}

export function StartOver() {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button
        type="button"
        onClick={() => setConfirming(true)}
        className="rounded-full border border-rose px-5 py-2 font-semibold text-rose-soft hover:bg-plum"
      >
        Start over
      </button>
    );
  }
  return (
    <form action={startOver} className="flex flex-col gap-3 rounded-xl border border-plum p-4">
      <p className="text-sm text-white">
        Start a new game? Score, chapter and everything the game measured go back to the beginning. Your past
        conversations stay in your history.
      </p>
      <div className="flex flex-wrap gap-2">
        <ConfirmButton />
        <button
          type="button"
          onClick={() => setConfirming(false)}
          className="rounded-full px-5 py-2 font-semibold text-mist hover:bg-plum"
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
