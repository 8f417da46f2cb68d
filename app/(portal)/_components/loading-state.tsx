// The body of every portal loading.tsx: placeholder blocks and a polite status for screen readers.
export function LoadingState({ label, blocks = 3 }: { label: string; blocks?: number }) {
  return (
    <output aria-live="polite" className="flex flex-col gap-4">
      <span className="sr-only">{label}</span>
      <div className="h-8 w-48 animate-pulse rounded-lg bg-plum" />
      {Array.from({ length: blocks }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
        <div key={i} className="h-28 animate-pulse rounded-2xl bg-night" />
      ))}
    </output>
  );
}
