import type { Metadata } from "next";
import { CallNikita } from "@/app/_components/voice/call-nikita";
import { listScoreMarks } from "@/db/queries/score-marks";
import { isAdminClaims } from "@/lib/auth/claims";
import { getSessionClaims } from "@/lib/auth/session";
import { BOSS_RULES, SCORE_RULES } from "@/lib/engine";
import { env } from "@/lib/env";
import { loadDashboard } from "@/lib/portal/dashboard";
import { readAsPlayer } from "@/lib/portal/player";
import { loadScoreSeries, rangeStart, scoreRangeSchema } from "@/lib/portal/score-series";
import { listStory } from "@/lib/portal/story";
import { Card, PageHeading } from "../_components/card";
import { EmptyState } from "../_components/empty-state";
import { formatDateTime } from "../_components/format";
import { BossStatus, DecayStatus } from "./_components/boss-and-decay";
import { LazyMetricsRadar, LazyScoreChart } from "./_components/lazy-charts";
import { RangeTabs } from "./_components/range-tabs";
import { ScoreRing } from "./_components/score-ring";
import { Story } from "./_components/story";

export const metadata: Metadata = { title: "Dashboard" };

const METRIC_LABELS = {
  intimacy: "Intimacy",
  passion: "Passion",
  trust: "Trust",
  secureness: "Secureness",
} as const;

// /dashboard — where things stand with her: score, chapter, her next test, the silence
// clock, the score over time, the four metrics, rhythm and mood. Every number comes from
// the engine's rules via lib/portal/dashboard.
export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ range?: string }> }) {
  const range = scoreRangeSchema.parse((await searchParams).range);
  const now = new Date();
  const result = await readAsPlayer(async (tx, player) => {
    const view = await loadDashboard(tx, { playerId: player.id, now });
    const series = view
      ? await loadScoreSeries(tx, {
          playerId: player.id,
          range,
          now,
          gameStartedAt: view.startedAt,
          currentScore: view.score,
        })
      : [];
    const marks = view
      ? await listScoreMarks(tx, {
          playerId: player.id,
          from: rangeStart(range, now, view.startedAt),
          to: now,
        })
      : [];
    const story = view ? await listStory(tx, { playerId: player.id, startedAt: view.startedAt }) : [];
    return { view, series, marks, story };
  });
  // How her replies are produced is a developer's concern: only admins see it.
  const isAdmin = isAdminClaims(await getSessionClaims());
  const view = result?.data.view;
  if (!result || !view) {
    return (
      <EmptyState title="Nothing to show yet" action={{ href: "/chat", label: "Say hi" }}>
        She hasn&apos;t met you yet.
      </EmptyState>
    );
  }
  const { series, marks, story } = result.data;
  const adminMarks = marks.filter((m) => m.kind === "admin" || m.kind === "reset");
  const name = result.player.name;

  return (
    <>
      <PageHeading title={name ? `${name} & Nikita` : "You & Nikita"}>
        Chapter {view.chapter} of {view.finalChapter}:{" "}
        <strong className="text-white">{view.chapterName}</strong>
        {isAdmin && env.modelMode === "offline" ? (
          <span className="ml-2 rounded-full border border-mist px-2 py-0.5 align-middle text-xs font-semibold text-mist">
            offline
          </span>
        ) : null}
      </PageHeading>
      {isAdmin && env.modelMode === "offline" ? (
        <p className="-mt-4 mb-6 text-sm text-mist">
          Offline mode: her replies come from the built-in persona, not the language model.
        </p>
      ) : null}
      {view.status === "game_over" || view.status === "won" ? (
        <p className="mb-6 rounded-2xl border border-rose/60 bg-rose/10 px-5 py-4">
          {view.status === "won" ? "You made it. She's staying." : "She's gone. This game is over."}
        </p>
      ) : null}

      <div className="grid gap-4 md:grid-cols-2">
        <Card title="Score" id="score">
          <div className="flex flex-col items-center gap-4 sm:flex-row">
            <ScoreRing score={view.score} max={SCORE_RULES.max} threshold={view.bossThreshold} />
            <div className="min-w-0 flex-1">
              <p className="text-lg font-semibold">{view.mood.words}</p>
              <label htmlFor="boss-progress" className="mt-3 block text-sm text-mist">
                Progress to her next test ({Math.round(view.progress * 100)}%)
              </label>
              <progress
                id="boss-progress"
                max={1}
                value={view.progress}
                className="mt-1 h-2 w-full appearance-none overflow-hidden rounded-full bg-plum [&::-moz-progress-bar]:bg-rose [&::-webkit-progress-bar]:bg-plum [&::-webkit-progress-value]:rounded-full [&::-webkit-progress-value]:bg-rose"
              />
            </div>
          </div>
        </Card>

        <Card title="Her next test" id="boss">
          <BossStatus boss={view.boss} maxAttempts={BOSS_RULES.maxFailedAttempts} />
          <h3 className="mt-4 text-sm font-semibold tracking-wide text-mist uppercase">Silence clock</h3>
          <div className="mt-1">
            <DecayStatus decay={view.decay} />
          </div>
        </Card>

        <Card title="Score over time" id="history" className="md:col-span-2">
          <RangeTabs current={range} />
          <div className="mt-3">
            <LazyScoreChart
              points={series}
              threshold={view.bossThreshold}
              max={SCORE_RULES.max}
              marks={marks.map((m) => ({ at: m.at.toISOString(), kind: m.kind }))}
            />
          </div>
          {adminMarks.length > 0 ? (
            <ul className="mt-2 flex flex-col gap-1 text-xs text-mist">
              {adminMarks.map((m) => (
                <li key={m.at.toISOString()}>
                  <span aria-hidden="true" className="mr-1 text-mist">
                    ┆
                  </span>
                  Admin change, {formatDateTime(m.at, "UTC")} UTC: the game&apos;s team moved the score (
                  {m.before.toFixed(1)} → {m.after.toFixed(1)}), not anything you said.
                </li>
              ))}
            </ul>
          ) : null}
          <p className="sr-only">
            {series.length} points from {series[0]?.at.slice(0, 10)} to {series.at(-1)?.at.slice(0, 10)}; now{" "}
            {view.score.toFixed(1)}.
          </p>
        </Card>

        <Card title="What you have together" id="metrics">
          <LazyMetricsRadar
            metrics={view.metrics.map((m) => ({ label: METRIC_LABELS[m.metric], value: m.value }))}
            max={SCORE_RULES.max}
          />
          <table className="mt-2 w-full text-sm">
            <caption className="sr-only">Relationship metrics</caption>
            <tbody>
              {view.metrics.map((m) => (
                <tr key={m.metric} className="border-t border-plum">
                  <th scope="row" className="py-1 text-left font-normal text-mist">
                    {METRIC_LABELS[m.metric]}
                  </th>
                  <td className="py-1 text-right font-semibold">{m.value.toFixed(1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>

        <div className="flex flex-col gap-4">
          <Card title="What happened" id="story">
            <Story entries={story} />
          </Card>
          <Card title="Your rhythm" id="engagement">
            <p className="text-lg font-semibold">{view.engagement.label}</p>
            <p className="mt-1 text-mist">{view.engagement.meaning}</p>
          </Card>
          <Card title="Her mood right now" id="mood">
            <p className="text-lg font-semibold">{view.conflict.label}</p>
            <p className="mt-1 text-mist">{view.conflict.meaning}</p>
          </Card>
          {/* Shown only when voice calls are configured. */}
          <CallNikita />
        </div>
      </div>
    </>
  );
}
