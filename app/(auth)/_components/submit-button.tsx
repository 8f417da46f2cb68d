"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

// A form's submit button that says it is working and cannot be pressed twice.
export function SubmitButton({ children, pendingLabel }: { children: ReactNode; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="w-full rounded-full bg-rose px-6 py-3 font-semibold text-ink transition hover:bg-rose-soft disabled:cursor-wait disabled:opacity-70"
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
