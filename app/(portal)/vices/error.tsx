"use client";

import { ErrorState } from "../_components/error-state";

// Vices failed to render: a retry instead of a blank page.
export default function VicesError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return <ErrorState digest={error.digest} reset={reset} />;
}
