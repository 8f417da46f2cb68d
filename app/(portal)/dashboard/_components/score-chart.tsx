"use client";

// Score over time (Recharts). The server already downsampled the series to a bounded number
// of points; this only draws it, with the boss threshold as a reference line.
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

type Point = { at: string; score: number };

const dayLabel = (iso: string) =>
  new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short" });

export function ScoreChart({ points, threshold, max }: { points: Point[]; threshold: number; max: number }) {
  return (
    <div className="h-60 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 12, bottom: 0, left: -16 }}>
          <CartesianGrid stroke="#2a1f38" strokeDasharray="3 3" />
          <XAxis dataKey="at" tickFormatter={dayLabel} stroke="#c9c2d6" fontSize={12} minTickGap={24} />
          <YAxis domain={[0, max]} stroke="#c9c2d6" fontSize={12} />
          <Tooltip
            labelFormatter={(label) => dayLabel(String(label))}
            formatter={(value) => [Number(value).toFixed(1), "Score"]}
            contentStyle={{ background: "#17131f", border: "1px solid #2a1f38", color: "#f4f1f8" }}
          />
          <ReferenceLine y={threshold} stroke="#ff8fb0" strokeDasharray="4 4" />
          <Line
            type="monotone"
            dataKey="score"
            stroke="#ff5c8a"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
