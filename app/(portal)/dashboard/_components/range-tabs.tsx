import Link from "next/link";
import type { ScoreRange } from "@/lib/portal/score-series";

// Chart range switcher: plain links (?range=…), so it works without JavaScript.
const LABELS: Record<ScoreRange, string> = { "7d": "7 days", "30d": "30 days", "90d": "90 days", all: "All" };

export function RangeTabs({ current }: { current: ScoreRange }) {
  return (
    <nav aria-label="Chart range" className="flex flex-wrap gap-2">
      {(Object.keys(LABELS) as ScoreRange[]).map((range) => (
        <Link
          key={range}
          href={`/dashboard?range=${range}`}
          scroll={false}
          aria-current={range === current ? "true" : undefined}
          className={`rounded-full px-3 py-1 text-sm font-semibold ${range === current ? "bg-rose text-ink" : "border border-plum text-mist hover:bg-plum"}`}
        >
          {LABELS[range]}
        </Link>
      ))}
    </nav>
  );
}
