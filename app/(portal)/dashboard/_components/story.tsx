import type { StoryEntry } from "@/lib/portal/story";
import { formatDateTime } from "../../_components/format";

// The turns of this game, newest first: her tests and how they ended, the chapters they
// opened, the day you met. A pass is marked in her colour, a fail muted.
const DOT: Record<StoryEntry["kind"], string> = {
  met: "bg-mist",
  test_started: "bg-rose-soft",
  test_passed: "bg-rose",
  won: "bg-rose",
  test_failed: "bg-plum ring-1 ring-mist",
  test_unsure: "bg-plum ring-1 ring-rose-soft",
};

export function Story({ entries }: { entries: StoryEntry[] }) {
  return (
    <ol className="flex flex-col gap-3">
      {entries.map((e) => (
        <li key={e.key} className="flex gap-3">
          <span aria-hidden="true" className={`mt-1.5 size-2.5 shrink-0 rounded-full ${DOT[e.kind]}`} />
          <div className="min-w-0">
            <p className="font-semibold">{e.text}</p>
            {e.detail ? <p className="text-sm text-mist">{e.detail}</p> : null}
            <time dateTime={e.at.toISOString()} className="text-xs text-mist">
              {formatDateTime(e.at, "UTC")} UTC
            </time>
          </div>
        </li>
      ))}
    </ol>
  );
}
