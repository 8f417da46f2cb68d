import type { Platform } from "@/lib/engine";
import { PLATFORM_LABELS } from "@/lib/portal/words";

// Where a conversation happened, as a small labelled pill.
const STYLES: Record<Platform, string> = {
  telegram: "border-sky-300 text-sky-200",
  web: "border-rose-soft text-rose-soft",
  voice: "border-amber-300 text-amber-200",
};

export function PlatformBadge({ platform }: { platform: Platform }) {
  return (
    <span className={`rounded-full border px-2 py-0.5 text-xs font-semibold ${STYLES[platform]}`}>
      {PLATFORM_LABELS[platform]}
    </span>
  );
}
