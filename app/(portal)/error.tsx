"use client";

import { ErrorState } from "./_components/error-state";

// Last-resort boundary for portal pages without their own error.tsx.
export default function PortalError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return <ErrorState digest={error.digest} reset={reset} />;
}
