// /admin/players — server-side search (name, email, Telegram username or id), filters (status,
// chapter, engagement), sort and pagination.
import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Empty, formatUtc, Section, Table, Td } from "@/app/_components/admin/ui";
import { getDb } from "@/db";
import { PLAYER_SORTS, searchPlayers } from "@/db/queries/admin-players";
import { requireAdmin } from "@/lib/auth/admin";
import { ENGAGEMENT_STATES, PLAYER_STATUSES } from "@/lib/engine";
import { parsePlayerSearch, searchHref } from "@/lib/services/admin/player-search";

export const metadata: Metadata = { title: "Players" };

const inputClass = "rounded-lg border border-plum bg-ink px-3 py-2";

function statusTone(status: string) {
  if (status === "won") return "good" as const;
  if (status === "game_over") return "bad" as const;
  if (status === "boss_fight") return "warn" as const;
  return "neutral" as const;
}

export default async function AdminPlayersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAdmin("/admin/players");
  const search = parsePlayerSearch(await searchParams);
  const { rows, total } = await searchPlayers(await getDb(), search);
  const pages = Math.max(1, Math.ceil(total / search.pageSize));
  return (
    <>
      <h1 className="text-2xl font-bold">Players</h1>
      <Section title="Search">
        <form method="get" action="/admin/players" className="flex flex-wrap items-end gap-3">
          <label className="flex flex-col gap-1 text-sm">
            Name, email, Telegram username or id
            <input name="q" defaultValue={search.q ?? ""} className={`${inputClass} w-72`} />
          </label>
          <label className="flex flex-col gap-1 text-sm">
            Status
            <select name="status" defaultValue={search.status ?? ""} className={inputClass}>
              <option value="">any</option>
              {PLAYER_STATUSES.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1 text-sm">
            Chapter
            <select name="chapter" defaultValue={search.chapter ?? ""} className={inputClass}>
              <option value="">any</option>
              {[1, 2, 3, 4, 5].map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1 text-sm">
            Engagement
            <select name="engagement" defaultValue={search.engagement ?? ""} className={inputClass}>
              <option value="">any</option>
              {ENGAGEMENT_STATES.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1 text-sm">
            Sort
            <select name="sort" defaultValue={search.sort} className={inputClass}>
              {PLAYER_SORTS.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1 text-sm">
            Order
            <select name="dir" defaultValue={search.dir} className={inputClass}>
              <option value="desc">descending</option>
              <option value="asc">ascending</option>
            </select>
          </label>
          <button type="submit" className="rounded-lg bg-rose-soft px-4 py-2 text-sm font-semibold text-ink">
            Search
          </button>
        </form>
      </Section>
      <Section title={`${total} player${total === 1 ? "" : "s"}`} id="results">
        {rows.length === 0 ? (
          <Empty>No player matches.</Empty>
        ) : (
          <Table
            caption="Players"
            head={[
              "Player",
              "Email",
              "Telegram",
              "Status",
              "Chapter",
              "Score",
              "Engagement",
              "Last message",
              "Joined",
            ]}
          >
            {rows.map((p) => (
              <tr key={p.id}>
                <Td>
                  <Link
                    href={`/admin/players/${p.id}`}
                    className="font-semibold text-rose-soft underline underline-offset-2"
                  >
                    {p.name ?? "(no name yet)"}
                  </Link>
                </Td>
                <Td>{p.email ?? "—"}</Td>
                <Td>{p.telegramUsername ? `@${p.telegramUsername}` : (p.telegramId ?? "—")}</Td>
                <Td>
                  <Badge tone={statusTone(p.status)}>{p.status}</Badge>
                </Td>
                <Td>{p.chapter}</Td>
                <Td>{p.score.toFixed(2)}</Td>
                <Td>{p.engagement ?? "—"}</Td>
                <Td>{formatUtc(p.lastPlayerMessageAt)}</Td>
                <Td>{formatUtc(p.createdAt)}</Td>
              </tr>
            ))}
          </Table>
        )}
        <nav aria-label="Pages" className="mt-4 flex items-center gap-4 text-sm">
          {search.page > 1 ? (
            <Link href={searchHref(search, { page: search.page - 1 })} className="text-rose-soft underline">
              Previous
            </Link>
          ) : null}
          <span className="text-mist">
            Page {search.page} of {pages}
          </span>
          {search.page < pages ? (
            <Link href={searchHref(search, { page: search.page + 1 })} className="text-rose-soft underline">
              Next
            </Link>
          ) : null}
        </nav>
      </Section>
    </>
  );
}
