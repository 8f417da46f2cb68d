import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metric } from "@/lib/engine";
import { getConversationDetail, type ScoreMove } from "@/lib/portal/conversations";
import { readAsPlayer } from "@/lib/portal/player";
import { PageHeading } from "../../_components/card";
import { formatDateTime, formatSigned } from "../../_components/format";
import { PlatformBadge } from "../_components/platform-badge";

export const metadata: Metadata = { title: "Conversation" };

const METRIC_NAMES: Record<Metric, string> = {
  intimacy: "intimacy",
  passion: "passion",
  trust: "trust",
  secureness: "secureness",
};

function MoveNote({ move }: { move: ScoreMove }) {
  const tone = move.delta > 0 ? "text-emerald-300" : move.delta < 0 ? "text-rose-soft" : "text-mist";
  const parts = (Object.entries(move.metrics) as [Metric, number][])
    .filter(([, v]) => v !== 0)
    .map(([m, v]) => `${METRIC_NAMES[m]} ${formatSigned(v)}`);
  return (
    <div className="mt-2 rounded-xl border border-plum bg-ink/60 px-3 py-2 text-sm">
      <p>
        <span className="text-mist">Score </span>
        <strong className={tone}>{formatSigned(move.delta)}</strong>
        {move.explanation ? <span> — why: {move.explanation}</span> : null}
      </p>
      {parts.length ? <p className="mt-1 text-xs text-mist">{parts.join(" · ")}</p> : null}
    </div>
  );
}

// /conversations/[id] — one conversation, message by message; her reactions carry the score
// change the exchange caused and why. Another player's id is a 404 (RLS finds nothing).
export default async function ConversationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const result = await readAsPlayer((tx, player) =>
    getConversationDetail(tx, { playerId: player.id, conversationId: id }),
  );
  const detail = result?.data;
  if (!detail) notFound();

  return (
    <>
      <Link
        href="/conversations"
        className="text-sm font-semibold text-rose-soft underline underline-offset-2"
      >
        ← All conversations
      </Link>
      <div className="mt-3">
        <PageHeading title={`Conversation on ${formatDateTime(detail.startedAt, "UTC")} UTC`}>
          <PlatformBadge platform={detail.platform} />{" "}
          <span className="ml-1">
            {/* Every bubble shown below, hers and yours (not the stored count of yours alone). */}
            {detail.messages.filter((m) => m.role !== "system").length}
            {detail.isTruncated ? "+" : ""} messages
          </span>
        </PageHeading>
      </div>
      {detail.summary ? <p className="mb-4 text-mist">{detail.summary}</p> : null}
      {detail.messages.length === 0 ? (
        <p className="rounded-2xl border border-plum px-5 py-8 text-center text-mist">
          No messages in this one.
        </p>
      ) : (
        <ol className="flex flex-col gap-3">
          {detail.messages.map((m) => (
            <li key={m.id} className={`flex ${m.role === "player" ? "justify-end" : "justify-start"}`}>
              <article
                aria-label={m.role === "player" ? "You" : m.role === "nikita" ? "Nikita" : "Note"}
                className={`max-w-[85%] min-w-0 rounded-2xl px-4 py-3 ${m.role === "player" ? "bg-plum" : "bg-night"}`}
              >
                <p className="text-xs font-semibold text-mist">
                  {m.role === "player" ? "You" : m.role === "nikita" ? "Nikita" : "Note"} ·{" "}
                  <time dateTime={m.createdAt.toISOString()}>{formatDateTime(m.createdAt, "UTC")}</time>
                </p>
                <p className="mt-1 break-words whitespace-pre-wrap">{m.content}</p>
                {m.move ? <MoveNote move={m.move} /> : null}
              </article>
            </li>
          ))}
        </ol>
      )}
      {detail.isTruncated ? (
        <p className="mt-4 text-sm text-mist">Showing the first part of a long conversation.</p>
      ) : null}
    </>
  );
}
