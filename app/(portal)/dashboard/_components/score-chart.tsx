"use client";

// Score over time (Recharts). The server already downsampled the series to a bounded number
// of points and started it where the game began; this draws it on a real time axis (round,
// never repeated ticks), with the boss threshold as a reference line and dotted marks where
// an admin changed the score or one of her tests ended (so a jump has a visible cause).
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
import { tickLabel, timeTicks } from "@/lib/portal/chart-ticks";

type Point = { at: string; score: number };
type Mark = { at: string; kind: "admin" | "reset" | "boss_pass" | "boss_fail" };

const PALETTE = { grid: "#2a1f38", axis: "#c9c2d6", line: "#ff5c8a", threshold: "#ff8fb0", night: "#17131f" };
const MARK_LABEL: Record<Mark["kind"], string> = {
  admin: "admin",
  reset: "reset",
  boss_pass: "test passed",
  boss_fail: "test failed",
};

export function ScoreChart({
  points,
  threshold,
  max,
  marks = [],
}: {
  points: Point[];
  threshold: number;
  max: number;
  marks?: Mark[];
}) {
  const data = points.map((p) => ({ t: new Date(p.at).getTime(), score: p.score }));
  const from = data[0]?.t ?? Date.now();
  const to = data.at(-1)?.t ?? from;
  const { ticks, unit } = timeTicks(from, to);
  const label = (t: number) => tickLabel(t, unit);
  return (
    <div className="h-60 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 16, right: 12, bottom: 0, left: -16 }}>
          <CartesianGrid stroke={PALETTE.grid} strokeDasharray="3 3" />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={[from, to]}
            ticks={ticks}
            tickFormatter={label}
            stroke={PALETTE.axis}
            fontSize={12}
          />
          <YAxis
            domain={[0, max]}
            ticks={[0, 25, 50, 75, 100]}
            allowDecimals={false}
            stroke={PALETTE.axis}
            fontSize={12}
          />
          <Tooltip
            labelFormatter={(t) =>
              tickLabel(Number(t), "time") + (unit === "date" ? `, ${tickLabel(Number(t), "date")}` : "")
            }
            formatter={(value) => [Number(value).toFixed(1), "Score"]}
            contentStyle={{
              background: PALETTE.night,
              border: `1px solid ${PALETTE.grid}`,
              color: "#f4f1f8",
            }}
          />
          <ReferenceLine y={threshold} stroke={PALETTE.threshold} strokeDasharray="4 4" />
          {marks.map((m) => (
            <ReferenceLine
              key={`${m.kind}-${m.at}`}
              x={new Date(m.at).getTime()}
              stroke={m.kind === "boss_pass" ? PALETTE.line : PALETTE.axis}
              strokeDasharray="2 3"
              label={{
                value: MARK_LABEL[m.kind],
                position: "insideTopLeft",
                fill: PALETTE.axis,
                fontSize: 11,
              }}
            />
          ))}
          <Line
            type="linear"
            dataKey="score"
            stroke={PALETTE.line}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
