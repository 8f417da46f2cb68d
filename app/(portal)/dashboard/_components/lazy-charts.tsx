"use client";

// The dashboard's Recharts charts, loaded after the page is interactive: Recharts is most of
// the page's JavaScript, and the server-rendered ring, table and text already carry every
// number, so the first load stays small (npm run bench:portal checks it).
import dynamic from "next/dynamic";

const chartPlaceholder = () => <div className="h-60 w-full animate-pulse rounded-xl bg-plum/40" />;

export const LazyScoreChart = dynamic(() => import("./score-chart").then((m) => m.ScoreChart), {
  ssr: false,
  loading: chartPlaceholder,
});

export const LazyMetricsRadar = dynamic(() => import("./metrics-radar").then((m) => m.MetricsRadar), {
  ssr: false,
  loading: chartPlaceholder,
});
