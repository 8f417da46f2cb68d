import type { Metadata } from "next";
import { listRememberedFacts, type RememberedFact } from "@/lib/portal/memories";
import { readAsPlayer } from "@/lib/portal/player";
import { listDiscoveredVices } from "@/lib/portal/vices";
import { PageHeading } from "../_components/card";
import { EmptyState } from "../_components/empty-state";
import { formatDate } from "../_components/format";

export const metadata: Metadata = { title: "Vices" };

// /vices — what she has figured out you're into (only what she has discovered, in her words),
// and what she remembers about you (from her memory store).
export default async function VicesPage() {
  const result = await readAsPlayer((tx, player) => listDiscoveredVices(tx, { playerId: player.id }));
  const vices = result?.data ?? [];
  const remembered = result ? await listRememberedFacts(result.player.id) : [];
  return (
    <>
      <PageHeading title="What she's figured out">The things she's noticed you can't resist.</PageHeading>
      {vices.length === 0 ? (
        <EmptyState title="She hasn't figured you out yet" action={{ href: "/chat", label: "Talk to her" }}>
          Give her time. She notices more than you think.
        </EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {vices.map((v) => (
            <li key={v.category} className="rounded-2xl bg-night p-5">
              <h2 className="text-lg font-semibold">{v.label}</h2>
              <p className="mt-1 text-mist">{v.description}</p>
              <p className="mt-3 text-sm">
                <span className="text-mist">How much: </span>
                <strong>{v.strength}</strong>
              </p>
              <p className="mt-1 text-xs text-mist">
                Noticed <time dateTime={v.discoveredAt.toISOString()}>{formatDate(v.discoveredAt)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
      <Remembered facts={remembered} />
    </>
  );
}

function Remembered({ facts }: { facts: RememberedFact[] | null }) {
  return (
    <section aria-labelledby="remembered-heading" className="mt-10">
      <h2 id="remembered-heading" className="text-xl font-semibold">
        What she remembers about you
      </h2>
      {facts === null ? (
        <p className="mt-2 text-mist">Her memory is a bit foggy right now. Check back in a moment.</p>
      ) : facts.length === 0 ? (
        <p className="mt-2 text-mist">Nothing yet. Tell her something worth remembering.</p>
      ) : (
        <ul className="mt-4 grid gap-2 sm:grid-cols-2">
          {facts.map((f) => (
            <li key={f.id} className="rounded-xl bg-night px-4 py-3">
              <span>{f.text}</span>
              <span className="mt-1 block text-xs text-mist">
                since <time dateTime={f.since.toISOString()}>{formatDate(f.since)}</time>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
