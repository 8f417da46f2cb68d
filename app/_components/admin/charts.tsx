"use client";
// Recharts wrappers for the admin pages: a line chart and a bar chart over rows of numbers,
// each with an accessible name and a fixed height so the page does not jump while it loads.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export type Series = { key: string; name: string; color: string };
type Row = Record<string, string | number | null>;

const AXIS = { stroke: "#c9c2d6", fontSize: 12 };
const TOOLTIP = { contentStyle: { background: "#17131f", border: "1px solid #2a1f38" } };
export const PALETTE = [
  "#ff5c8a",
  "#7dd3fc",
  "#fcd34d",
  "#86efac",
  "#c4b5fd",
  "#fdba74",
  "#f9a8d4",
  "#5eead4",
];

function Frame({ label, children, height }: { label: string; children: React.ReactElement; height: number }) {
  return (
    <figure aria-label={label} className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        {children}
      </ResponsiveContainer>
    </figure>
  );
}

export function LineChartCard({
  label,
  data,
  xKey,
  series,
  height = 240,
  yDomain,
}: {
  label: string;
  data: Row[];
  xKey: string;
  series: Series[];
  height?: number;
  yDomain?: [number, number];
}) {
  return (
    <Frame label={label} height={height}>
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid stroke="#2a1f38" />
        <XAxis dataKey={xKey} {...AXIS} />
        <YAxis {...AXIS} domain={yDomain ?? ["auto", "auto"]} />
        <Tooltip {...TOOLTIP} />
        {series.length > 1 ? <Legend /> : null}
        {series.map((s) => (
          <Line
            key={s.key}
            type="monotone"
            dataKey={s.key}
            name={s.name}
            stroke={s.color}
            dot={false}
            connectNulls
          />
        ))}
      </LineChart>
    </Frame>
  );
}

export function BarChartCard({
  label,
  data,
  xKey,
  series,
  stacked = false,
  height = 240,
}: {
  label: string;
  data: Row[];
  xKey: string;
  series: Series[];
  stacked?: boolean;
  height?: number;
}) {
  return (
    <Frame label={label} height={height}>
      <BarChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid stroke="#2a1f38" />
        <XAxis dataKey={xKey} {...AXIS} />
        <YAxis {...AXIS} />
        <Tooltip {...TOOLTIP} />
        {series.length > 1 ? <Legend /> : null}
        {series.map((s) => (
          <Bar
            isAnimationActive={false}
            key={s.key}
            dataKey={s.key}
            name={s.name}
            fill={s.color}
            stackId={stacked ? "a" : undefined}
          />
        ))}
      </BarChart>
    </Frame>
  );
}
