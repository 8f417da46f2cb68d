// /admin/safety — guard blocks, crisis flags and age events with the player's message and what
// was sent instead; age-locked players with the actions to clear or keep the lock.
import type { Metadata } from "next";
import Link from "next/link";
import { AgeLockForm, ReviewEventForm } from "@/app/_components/admin/safety-forms";
import { Badge, Empty, formatUtc, Json, Section, Table, Td } from "@/app/_components/admin/ui";
import { getDb } from "@/db";
import { listAgeLockedPlayers, listSafetyEvents } from "@/db/queries/admin-safety";
import { requireAdmin } from "@/lib/auth/admin";
import { ageLockAction, reviewSafetyAction } from "../actions";

export const metadata: Metadata = { title: "Safety" };

const KIND_LABEL: Record<string, string> = {
  guard_block: "guard block",
  crisis: "crisis flag",
  minor: "minor signal",
  age_lock: "age lock",
};

export default async function AdminSafetyPage() {
  await requireAdmin("/admin/safety");
  const db = await getDb();
  const [events, locked] = await Promise.all([listSafetyEvents(db), listAgeLockedPlayers(db)]);
  const open = events.filter((e) => e.status === "open");
  return (
    <>
      <h1 className="text-2xl font-bold">Safety</h1>
      <Section title="Age locks">
        {locked.length === 0 ? (
          <Empty>No player is age-locked or waiting for an age confirmation.</Empty>
        ) : (
          <div className="grid gap-4 lg:grid-cols-2">
            {locked.map((p) => (
              <div key={p.id} className="flex flex-col gap-2">
                <p className="text-sm">
                  <Link href={`/admin/players/${p.id}`} className="font-semibold text-rose-soft underline">
                    {p.name ?? p.email ?? p.id}
                  </Link>{" "}
                  <Badge tone={p.ageLock === "locked" ? "bad" : "warn"}>{p.ageLock}</Badge> · {p.status} ·
                  since {formatUtc(p.updatedAt)}
                </p>
                <AgeLockForm playerId={p.id} name={p.name ?? p.email ?? "player"} action={ageLockAction} />
              </div>
            ))}
          </div>
        )}
      </Section>
      <Section title={`Safety events (${open.length} open)`}>
        {events.length === 0 ? (
          <Empty>No guard blocks, crisis flags or age events.</Empty>
        ) : (
          <div className="grid gap-6 xl:grid-cols-[3fr_1fr]">
            <Table
              caption="Safety events"
              head={[
                "Id",
                "When",
                "Kind",
                "Player",
                "Their message / blocked text",
                "Sent instead",
                "Details",
                "Status",
              ]}
            >
              {events.map((e) => (
                <tr key={e.id}>
                  <Td>{e.id}</Td>
                  <Td>{formatUtc(e.createdAt)}</Td>
                  <Td>
                    <Badge tone={e.kind === "crisis" ? "bad" : e.kind === "guard_block" ? "warn" : "neutral"}>
                      {KIND_LABEL[e.kind] ?? e.kind}
                    </Badge>
                  </Td>
                  <Td>
                    {e.playerId ? (
                      <Link href={`/admin/players/${e.playerId}`} className="text-rose-soft underline">
                        {e.playerName ?? e.playerId.slice(0, 8)}
                      </Link>
                    ) : (
                      "—"
                    )}
                  </Td>
                  <Td className="max-w-xs">{e.content ?? "—"}</Td>
                  <Td className="max-w-xs">{e.sentInstead ?? "—"}</Td>
                  <Td>
                    <Json value={e.details} />
                  </Td>
                  <Td>
                    <Badge tone={e.status === "open" ? "warn" : "neutral"}>{e.status}</Badge>
                  </Td>
                </tr>
              ))}
            </Table>
            {open.length > 0 ? (
              <ReviewEventForm eventIds={open.map((e) => e.id)} action={reviewSafetyAction} />
            ) : null}
          </div>
        )}
      </Section>
    </>
  );
}
