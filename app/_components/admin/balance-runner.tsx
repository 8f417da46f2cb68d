"use client";
// The Balance page's form and results: simulator parameters in, an outcome table per
// archetype and the median score trajectories out.
import { useActionState } from "react";
import type { BalanceReport } from "@/lib/services/admin/balance";
import { LineChartCard } from "./charts";
import { PALETTE } from "./palette";
import { Table, Td } from "./ui";

type State = { ok: true; report: BalanceReport } | { ok: false; message: string } | null;

const input = "rounded-lg border border-plum bg-ink px-3 py-2";

export function BalanceRunner({
  action,
  archetypes,
  maxPlayers,
  maxDays,
}: {
  action: (state: State, form: FormData) => Promise<State>;
  archetypes: readonly string[];
  maxPlayers: number;
  maxDays: number;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const report = state?.ok ? state.report : null;
  return (
    <div className="flex flex-col gap-6">
      <form
        action={formAction}
        aria-label="Simulation parameters"
        className="flex flex-wrap items-end gap-4 rounded-2xl bg-night p-5"
      >
        <label className="flex flex-col gap-1 text-sm">
          Players (≤ {maxPlayers})
          <input
            name="players"
            type="number"
            min={1}
            max={maxPlayers}
            defaultValue={300}
            required
            className={input}
          />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          Days (≤ {maxDays})
          <input
            name="days"
            type="number"
            min={1}
            max={maxDays}
            defaultValue={60}
            required
            className={input}
          />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          Seed
          <input name="seed" type="number" min={0} defaultValue={42} required className={input} />
        </label>
        <fieldset className="flex flex-wrap gap-3 text-sm">
          <legend className="mb-1">Archetypes</legend>
          {archetypes.map((a) => (
            <label key={a} className="flex items-center gap-1">
              <input type="checkbox" name="archetypes" value={a} defaultChecked />
              {a}
            </label>
          ))}
        </fieldset>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="hardMode" value="yes" />
          Hard mode
        </label>
        <button
          type="submit"
          disabled={pending}
          className="rounded-lg bg-rose-soft px-4 py-2 text-sm font-semibold text-ink disabled:opacity-60"
        >
          {pending ? "Simulating…" : "Run simulation"}
        </button>
      </form>
      {state && !state.ok ? (
        <p role="alert" className="text-sm text-rose-soft">
          {state.message}
        </p>
      ) : null}
      {report ? (
        <>
          <section aria-labelledby="outcomes" className="rounded-2xl bg-night p-5">
            <h2 id="outcomes" className="mb-3 text-lg font-semibold">
              Outcomes — {report.params.players} players × {report.params.days} days, seed{" "}
              {report.params.seed}
              {report.params.hardMode ? ", hard mode" : ""} ({report.elapsedMs} ms, {report.playerDays}{" "}
              player-days)
            </h2>
            <Table
              caption="Simulated outcomes by archetype"
              head={[
                "Archetype",
                "Players",
                ...report.outcomes,
                "Win %",
                "Median day to win",
                "Boss fights / player",
              ]}
            >
              {report.rows.map((r) => (
                <tr key={String(r.archetype)}>
                  <Td>{r.archetype}</Td>
                  <Td>{r.players}</Td>
                  {report.outcomes.map((o) => (
                    <Td key={o}>{r[o]}</Td>
                  ))}
                  <Td>{r.winRate}%</Td>
                  <Td>{r.medianDayToWin ?? "—"}</Td>
                  <Td>{r.bossFightsPerPlayer}</Td>
                </tr>
              ))}
            </Table>
          </section>
          <section aria-labelledby="trajectories" className="rounded-2xl bg-night p-5">
            <h2 id="trajectories" className="mb-3 text-lg font-semibold">
              Median score by day
            </h2>
            <LineChartCard
              label="Median relationship score by game day for each archetype"
              data={report.trajectories}
              xKey="day"
              yDomain={[0, 100]}
              height={320}
              series={report.params.archetypes.map((a, i) => ({
                key: a,
                name: a,
                color: PALETTE[i] ?? "#fff",
              }))}
            />
          </section>
        </>
      ) : null}
    </div>
  );
}
