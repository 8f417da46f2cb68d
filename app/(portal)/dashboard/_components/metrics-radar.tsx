"use client";

// The four relationship metrics as a radar (Recharts); the table beside it carries the same
// values for screen readers.
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from "recharts";

type MetricPoint = { label: string; value: number };

export function MetricsRadar({ metrics, max }: { metrics: MetricPoint[]; max: number }) {
  return (
    <div className="h-60 w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <RadarChart data={metrics} outerRadius="70%" accessibilityLayer={false}>
          <PolarGrid stroke="#2a1f38" />
          <PolarAngleAxis dataKey="label" stroke="#c9c2d6" fontSize={12} />
          <PolarRadiusAxis domain={[0, max]} tick={false} axisLine={false} />
          <Radar
            dataKey="value"
            stroke="#ff5c8a"
            fill="#ff5c8a"
            fillOpacity={0.35}
            isAnimationActive={false}
          />
        </RadarChart>
      </ResponsiveContainer>
    </div>
  );
}
