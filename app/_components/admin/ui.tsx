// Small presentational pieces shared by the admin pages: sections, stat tiles, tables, badges
// and the one date format (UTC, so every admin reads the same clock).
import type { ReactNode } from "react";

const dateTime = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

export function formatUtc(value: Date | string | null | undefined): string {
  if (!value) return "—";
  const d = typeof value === "string" ? new Date(value) : value;
  return Number.isNaN(d.getTime()) ? "—" : `${dateTime.format(d)} UTC`;
}

export function Section({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  const headingId = id ?? title.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return (
    <section aria-labelledby={headingId} className="rounded-2xl bg-night p-5 shadow">
      <h2 id={headingId} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function Stat({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div className="rounded-xl border border-plum px-4 py-3">
      <div className="text-xs tracking-wide text-mist uppercase">{label}</div>
      <div className="mt-1 text-xl font-semibold">{value}</div>
    </div>
  );
}

export function Table({ caption, head, children }: { caption: string; head: string[]; children: ReactNode }) {
  return (
    // Wide tables scroll sideways; the region is focusable so keyboard users can scroll it too.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable (WCAG 2.1.1)
    <section className="overflow-x-auto" aria-label={caption} tabIndex={0}>
      <table className="w-full min-w-max text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-xs tracking-wide text-mist uppercase">
          <tr>
            {head.map((h) => (
              <th key={h} scope="col" className="border-b border-plum px-2 py-2 font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="align-top">{children}</tbody>
      </table>
    </section>
  );
}

export function Td({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <td className={`border-b border-plum/60 px-2 py-2 ${className}`}>{children}</td>;
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="rounded-xl border border-plum px-4 py-4 text-center text-sm text-mist">{children}</p>;
}

const TONES = {
  good: "bg-emerald-900/60 text-emerald-200",
  bad: "bg-rose/20 text-rose-soft",
  warn: "bg-amber-900/60 text-amber-200",
  neutral: "bg-plum text-mist",
} as const;

export function Badge({ tone = "neutral", children }: { tone?: keyof typeof TONES; children: ReactNode }) {
  return (
    <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${TONES[tone]}`}>
      {children}
    </span>
  );
}

export function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="text-mist">—</span>;
  return (
    <pre className="max-w-md text-xs break-all whitespace-pre-wrap text-mist">
      {JSON.stringify(value, null, 1)}
    </pre>
  );
}
