// /admin — the overview: players by status and chapter, daily active players, messages and
// model cost per day, boss pass rates by chapter.
import type { Metadata } from "next";
import { BarChartCard, LineChartCard } from "@/app/_components/admin/charts";
import { PALETTE } from "@/app/_components/admin/palette";
import { Section, Stat, Table, Td } from "@/app/_components/admin/ui";
import { getDb } from "@/db";
import { requireAdmin } from "@/lib/auth/admin";
import { PLAYER_STATUSES } from "@/lib/engine";
import { loadOverview, OVERVIEW_DAYS } from "@/lib/services/admin/overview";

export const metadata: Metadata = { title: "Overview" };

export default async function AdminOverviewPage() {
  await requireAdmin("/admin");
  const o = await loadOverview(await getDb(), new Date());
  const statusSeries = PLAYER_STATUSES.map((s, i) => ({ key: s, name: s, color: PALETTE[i] ?? "#fff" }));
  return (
    <>
      <h1 className="text-2xl font-bold">Overview</h1>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        {PLAYER_STATUSES.map((s) => (
          <Stat key={s} label={s.replace("_", " ")} value={o.totals[s]} />
        ))}
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Section title="Players by chapter and status">
          <BarChartCard
            label="Players by chapter, stacked by status"
            data={o.byChapter}
            xKey="chapter"
            series={statusSeries}
            stacked
          />
        </Section>
        <Section title={`Daily active players (${OVERVIEW_DAYS} days)`}>
          <LineChartCard
            label="Players who wrote at least once per day"
            data={o.daily}
            xKey="day"
            series={[{ key: "active", name: "active players", color: PALETTE[0] ?? "#fff" }]}
          />
        </Section>
        <Section title="Messages per day">
          <BarChartCard
            label="Messages per day from players and from Nikita"
            data={o.daily}
            xKey="day"
            series={[
              { key: "player", name: "player", color: PALETTE[1] ?? "#fff" },
              { key: "nikita", name: "Nikita", color: PALETTE[0] ?? "#fff" },
            ]}
            stacked
          />
        </Section>
        <Section title="Model cost per day (USD)">
          <LineChartCard
            label="Model cost per day in US dollars"
            data={o.daily}
            xKey="day"
            series={[{ key: "cost", name: "USD", color: PALETTE[2] ?? "#fff" }]}
          />
        </Section>
      </div>
      <Section title="Boss pass rates by chapter">
        {o.boss.length === 0 ? (
          <p className="text-sm text-mist">No boss fights judged yet.</p>
        ) : (
          <div className="grid gap-6 lg:grid-cols-2">
            <BarChartCard
              label="Boss outcomes by chapter"
              data={o.boss}
              xKey="chapter"
              series={[
                { key: "pass", name: "pass", color: PALETTE[3] ?? "#fff" },
                { key: "partial", name: "partial", color: PALETTE[2] ?? "#fff" },
                { key: "fail", name: "fail", color: PALETTE[0] ?? "#fff" },
              ]}
              stacked
            />
            <Table
              caption="Boss outcomes by chapter"
              head={["Chapter", "Pass", "Partial", "Fail", "Pass rate"]}
            >
              {o.boss.map((b) => (
                <tr key={b.chapter}>
                  <Td>{b.chapter}</Td>
                  <Td>{b.pass}</Td>
                  <Td>{b.partial}</Td>
                  <Td>{b.fail}</Td>
                  <Td>{b.passRate === null ? "—" : `${b.passRate}%`}</Td>
                </tr>
              ))}
            </Table>
          </div>
        )}
      </Section>
    </>
  );
}
