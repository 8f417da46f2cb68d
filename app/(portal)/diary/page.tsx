import type { Metadata } from "next";
import { pageSchema } from "@/lib/portal/conversations";
import { type DiaryEntry, listDiary } from "@/lib/portal/diary";
import { readAsPlayer } from "@/lib/portal/player";
import { PageHeading } from "../_components/card";
import { EmptyState } from "../_components/empty-state";
import { formatDate } from "../_components/format";
import { Pagination } from "../_components/pagination";

export const metadata: Metadata = { title: "Diary" };

const TREND_WORDS: Record<DiaryEntry["trend"], string> = {
  up: "A good day for you two",
  down: "A rough day",
  flat: "Nothing moved",
};

// /diary — her diary: one entry per day you talked, newest first.
export default async function DiaryPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const page = pageSchema.parse((await searchParams).page);
  const result = await readAsPlayer((tx, player) => listDiary(tx, { playerId: player.id, page }));
  const diary = result?.data;
  return (
    <>
      <PageHeading title="Her diary">What she wrote about you, day by day.</PageHeading>
      {!diary || diary.entries.length === 0 ? (
        <EmptyState
          title="Her diary is empty"
          action={{ href: "/chat", label: "Give her something to write about" }}
        >
          She writes at the end of a day you talked. Nothing so far.
        </EmptyState>
      ) : (
        <>
          <ol className="flex flex-col gap-4">
            {diary.entries.map((e) => (
              <li key={e.localDate}>
                <article aria-labelledby={`day-${e.localDate}`} className="rounded-2xl bg-night p-5">
                  <h2 id={`day-${e.localDate}`} className="font-semibold">
                    <time dateTime={e.localDate}>{formatDate(e.localDate)}</time>
                  </h2>
                  <p className="mt-2 break-words whitespace-pre-wrap">{e.text}</p>
                  <p className="mt-3 text-sm text-mist">
                    {TREND_WORDS[e.trend]} · {e.messageCount} messages
                  </p>
                </article>
              </li>
            ))}
          </ol>
          <Pagination basePath="/diary" page={diary.page} pageCount={diary.pageCount} />
        </>
      )}
    </>
  );
}
