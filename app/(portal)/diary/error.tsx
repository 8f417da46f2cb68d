"use client";

import { ErrorState } from "../_components/error-state";

// Diary failed to render: a retry instead of a blank page.
export default function DiaryError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return <ErrorState digest={error.digest} reset={reset} />;
}
