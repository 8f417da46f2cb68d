import type { Metadata } from "next";
import Link from "next/link";
import { loadConversationExtras } from "@/db/queries/conversation-extras";
import { listConversations, pageSchema } from "@/lib/portal/conversations";
import { readAsPlayer } from "@/lib/portal/player";
import { PLATFORM_LABELS } from "@/lib/portal/words";
import { PageHeading } from "../../_components/card";
import { EmptyState } from "../../_components/empty-state";
import { formatDateTime } from "../../_components/format";
import { Pagination } from "../../_components/pagination";
import { PlatformBadge } from "../_components/platform-badge";

export const metadata: Metadata = { title: "Conversations" };

// /conversations — every conversation with her across Telegram, web and voice, newest first.
export default async function ConversationsPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string }>;
}) {
  const page = pageSchema.parse((await searchParams).page);
  const result = await readAsPlayer(async (tx, player) => {
    const list = await listConversations(tx, { playerId: player.id, page });
    const extras = await loadConversationExtras(tx, {
      playerId: player.id,
      conversationIds: list.items.map((c) => c.id),
    });
    return { list, extras };
  });
  const list = result?.data.list;
  const extras = result?.data.extras;
  return (
    <>
      <PageHeading title="Conversations">Everything you two have said, and what it did.</PageHeading>
      {!list || list.items.length === 0 ? (
        <EmptyState title="No conversations yet" action={{ href: "/chat", label: "Start one" }}>
          She&apos;s not going to text first. Well. Not yet.
        </EmptyState>
      ) : (
        <>
          <ul className="flex flex-col gap-3">
            {list.items.map((c) => {
              // Count what the player sees: every bubble, hers and theirs.
              const extra = extras?.get(c.id);
              const count = extra?.bubbles ?? c.messageCount;
              const countText = `${count} ${count === 1 ? "message" : "messages"}`;
              return (
                <li key={c.id}>
                  <Link
                    href={`/conversations/${c.id}`}
                    className="block rounded-2xl bg-night p-4 hover:bg-plum"
                    aria-label={`${PLATFORM_LABELS[c.platform]} conversation, ${formatDateTime(c.startedAt, "UTC")} UTC, ${countText}${extra?.test ? `, her test ${extra.test}` : ""}`}
                  >
                    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                      <PlatformBadge platform={c.platform} />
                      <time dateTime={c.startedAt.toISOString()} className="text-sm text-mist">
                        {formatDateTime(c.startedAt, "UTC")} UTC
                      </time>
                      <span className="text-sm text-mist">{countText}</span>
                      {extra?.test ? (
                        <span
                          className={`rounded-full border px-2 py-0.5 text-xs font-semibold ${extra.test === "passed" ? "border-rose text-rose-soft" : "border-mist text-mist"}`}
                        >
                          Her test: {extra.test}
                        </span>
                      ) : null}
                    </div>
                    {c.summary ? <p className="mt-2 line-clamp-2 break-words">{c.summary}</p> : null}
                  </Link>
                </li>
              );
            })}
          </ul>
          <Pagination basePath="/conversations" page={list.page} pageCount={list.pageCount} />
        </>
      )}
    </>
  );
}
