// /admin/players/[id] — one player: score history chart, metrics, engagement and conflict,
// vices, conversations with each exchange's analysis, scheduled events, memory facts, the
// audit trail, and the admin actions.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { LineChartCard } from "@/app/_components/admin/charts";
import { PALETTE } from "@/app/_components/admin/palette";
import { PlayerActionsPanel } from "@/app/_components/admin/player-actions";
import { Badge, Empty, formatUtc, Json, Section, Stat, Table, Td } from "@/app/_components/admin/ui";
import { getDb } from "@/db";
import { getPlayerDetail } from "@/db/queries/admin-players";
import { requireAdmin } from "@/lib/auth/admin";
import { currentConflictZone } from "@/lib/engine";
import { getMemoryStore } from "@/lib/memory/get-memory-store";
import type { Fact } from "@/lib/memory/types";
import { playerAction } from "../../actions";

export const metadata: Metadata = { title: "Player" };

async function memoryFacts(playerId: string): Promise<Fact[] | null> {
  try {
    return await (await getMemoryStore()).listFacts({ playerId });
  } catch {
    return null;
  }
}

export default async function AdminPlayerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireAdmin(`/admin/players/${encodeURIComponent(id)}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const detail = await getPlayerDetail(await getDb(), id);
  if (!detail) notFound();
  const facts = await memoryFacts(id);
  const { player: p, metrics, engagement, conflict } = detail;
  const m = metrics ?? { intimacy: 50, passion: 50, trust: 50, secureness: 50 };
  const zone = conflict
    ? currentConflictZone(
        {
          temperature: conflict.temperature,
          updatedAt: conflict.lastCooledAt,
          positiveCount: conflict.positiveCount,
          negativeCount: conflict.negativeCount,
          criticalNegativeStreak: conflict.criticalNegativeStreak,
        },
        new Date(),
      )
    : "CALM";
  const history = detail.history.map((h) => ({
    at: h.createdAt.toISOString().slice(5, 16).replace("T", " "),
    score: h.scoreAfter,
  }));
  return (
    <>
      <div className="flex flex-wrap items-baseline gap-3">
        <h1 className="text-2xl font-bold">{p.name ?? "(no name yet)"}</h1>
        <Badge>{p.status}</Badge>
        {p.ageLock !== "none" ? <Badge tone="bad">age lock: {p.ageLock}</Badge> : null}
        {p.isUnreachable ? <Badge tone="warn">unreachable on Telegram</Badge> : null}
      </div>
      <p className="text-sm text-mist">
        {p.email ?? "no email"} · {p.telegramUsername ? `@${p.telegramUsername}` : "no Telegram username"}
        {p.telegramId ? ` (id ${p.telegramId})` : ""} · {p.timezone} · joined {formatUtc(p.createdAt)} · id{" "}
        {p.id}
      </p>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-8">
        <Stat
          label="Score"
          value={<span data-testid="player-score">{p.relationshipScore.toFixed(2)}</span>}
        />
        <Stat label="Chapter" value={p.chapter} />
        <Stat label="Intimacy" value={m.intimacy.toFixed(2)} />
        <Stat label="Passion" value={m.passion.toFixed(2)} />
        <Stat label="Trust" value={m.trust.toFixed(2)} />
        <Stat label="Secureness" value={m.secureness.toFixed(2)} />
        <Stat label="Boss attempts" value={p.bossAttempts} />
        <Stat label="Boss cooldown" value={p.bossCooldownUntil ? formatUtc(p.bossCooldownUntil) : "none"} />
      </div>

      <Section title="Score history">
        {history.length === 0 ? (
          <Empty>No score changes yet.</Empty>
        ) : (
          <LineChartCard
            label="Relationship score over time"
            data={history}
            xKey="at"
            series={[{ key: "score", name: "score", color: PALETTE[0] ?? "#fff" }]}
            yDomain={[0, 100]}
          />
        )}
      </Section>

      <div className="grid gap-6 lg:grid-cols-3">
        <Section title="Engagement">
          <dl className="grid grid-cols-2 gap-1 text-sm">
            <dt className="text-mist">State</dt>
            <dd>{engagement?.state ?? "CALIBRATING"}</dd>
            <dt className="text-mist">Last calibration</dt>
            <dd>{engagement?.lastCalibration?.toFixed(2) ?? "—"}</dd>
            <dt className="text-mist">Last closed day</dt>
            <dd>{engagement?.lastClosedDay ?? "—"}</dd>
          </dl>
          <Json value={engagement?.data} />
        </Section>
        <Section title="Conflict">
          <dl className="grid grid-cols-2 gap-1 text-sm">
            <dt className="text-mist">Zone now</dt>
            <dd>{zone}</dd>
            <dt className="text-mist">Temperature (stored)</dt>
            <dd>{conflict?.temperature ?? 0}</dd>
            <dt className="text-mist">Positive / negative</dt>
            <dd>
              {conflict?.positiveCount ?? 0} / {conflict?.negativeCount ?? 0}
            </dd>
            <dt className="text-mist">Critical streak</dt>
            <dd>{conflict?.criticalNegativeStreak ?? 0}</dd>
          </dl>
        </Section>
        <Section title="Vices">
          {detail.vices.length === 0 ? (
            <Empty>None yet.</Empty>
          ) : (
            <Table caption="Vice preferences" head={["Category", "Engagement", "Intensity"]}>
              {detail.vices.map((v) => (
                <tr key={v.category}>
                  <Td>{v.category}</Td>
                  <Td>{v.engagement.toFixed(2)}</Td>
                  <Td>{v.intensity.toFixed(2)}</Td>
                </tr>
              ))}
            </Table>
          )}
        </Section>
      </div>

      <Section title="Actions">
        <PlayerActionsPanel
          playerId={p.id}
          score={p.relationshipScore}
          metrics={m}
          chapter={p.chapter}
          action={playerAction}
        />
      </Section>

      <Section title="Audit trail">
        {detail.audit.length === 0 ? (
          <Empty>No admin action on this player yet.</Empty>
        ) : (
          <Table
            caption="Admin actions on this player"
            head={["When", "Admin", "Action", "Reason", "Before", "After"]}
          >
            {detail.audit.map((a) => (
              <tr key={a.id}>
                <Td>{formatUtc(a.createdAt)}</Td>
                <Td>{a.adminEmail ?? a.adminUserId}</Td>
                <Td>{a.action}</Td>
                <Td>{a.reason}</Td>
                <Td>
                  <Json value={a.before} />
                </Td>
                <Td>
                  <Json value={a.after} />
                </Td>
              </tr>
            ))}
          </Table>
        )}
      </Section>

      <Section title="Conversations">
        {detail.conversations.length === 0 ? (
          <Empty>No conversations yet.</Empty>
        ) : (
          <div className="flex flex-col gap-3">
            {detail.conversations.map(({ conversation: c, messages }) => (
              <details key={c.id} className="rounded-xl border border-plum p-3">
                <summary className="cursor-pointer text-sm">
                  {formatUtc(c.startedAt)} · {c.platform} · {c.messageCount} messages
                  {c.closedAt ? " · closed" : " · open"}
                  {c.summary ? ` — ${c.summary}` : ""}
                </summary>
                <ol className="mt-3 flex flex-col gap-2">
                  {messages.map((msg) => (
                    <li key={msg.id} className="text-sm">
                      <span className={msg.role === "nikita" ? "text-rose-soft" : "text-white"}>
                        {msg.role === "nikita" ? "Nikita" : msg.role}:
                      </span>{" "}
                      {msg.content}
                      {msg.scoreDelta !== null ? (
                        <span className="ml-2 text-xs text-mist">
                          Δ {msg.scoreDelta > 0 ? "+" : ""}
                          {msg.scoreDelta}
                        </span>
                      ) : null}
                      {msg.analysis ? (
                        <details className="ml-4">
                          <summary className="cursor-pointer text-xs text-mist">
                            analysis{msg.explanation ? `: ${msg.explanation}` : ""}
                          </summary>
                          <Json value={msg.analysis} />
                        </details>
                      ) : null}
                    </li>
                  ))}
                </ol>
              </details>
            ))}
          </div>
        )}
      </Section>

      <Section title="Scheduled events">
        {detail.events.length === 0 ? (
          <Empty>Nothing scheduled.</Empty>
        ) : (
          <Table
            caption="Scheduled events"
            head={["Due", "Channel", "Source", "Status", "Attempts", "Text", "Last error"]}
          >
            {detail.events.map((e) => (
              <tr key={e.id}>
                <Td>{formatUtc(e.dueAt)}</Td>
                <Td>{e.channel}</Td>
                <Td>{e.source}</Td>
                <Td>{e.status}</Td>
                <Td>{e.attempts}</Td>
                <Td className="max-w-md">{e.payload.text}</Td>
                <Td>{e.lastError ?? "—"}</Td>
              </tr>
            ))}
          </Table>
        )}
      </Section>

      <Section title="Memory facts">
        {facts === null ? (
          <Empty>The memory store is unreachable right now.</Empty>
        ) : facts.length === 0 ? (
          <Empty>She remembers nothing specific yet.</Empty>
        ) : (
          <Table caption="Memory facts" head={["About", "Fact", "Confidence", "Valid since"]}>
            {facts.map((f) => (
              <tr key={f.id}>
                <Td>{f.about}</Td>
                <Td>
                  {f.subject} {f.predicate} {f.object}
                </Td>
                <Td>{f.confidence.toFixed(2)}</Td>
                <Td>{formatUtc(f.validAt)}</Td>
              </tr>
            ))}
          </Table>
        )}
      </Section>
    </>
  );
}
