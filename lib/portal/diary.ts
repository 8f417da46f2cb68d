// Her diary as the player sees it: one entry per local day (daily_summaries), newest first,
// paginated, with how the day went in words rather than raw points.
import { count, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { dailySummaries } from "@/db/schema";

export const DIARY_PAGE_SIZE = 14;

export type DiaryEntry = {
  localDate: string;
  text: string;
  trend: "up" | "down" | "flat";
  conversationCount: number;
  messageCount: number;
};

export type DiaryPage = { entries: DiaryEntry[]; page: number; pageCount: number };

export function dayTrend(scoreStart: number, scoreEnd: number): DiaryEntry["trend"] {
  if (scoreEnd > scoreStart) return "up";
  if (scoreEnd < scoreStart) return "down";
  return "flat";
}

export async function listDiary(
  tx: DbOrTx,
  params: { playerId: string; page: number; pageSize?: number },
): Promise<DiaryPage> {
  const size = params.pageSize ?? DIARY_PAGE_SIZE;
  const [totalRow] = await tx
    .select({ total: count() })
    .from(dailySummaries)
    .where(eq(dailySummaries.playerId, params.playerId));
  const pageCount = Math.max(1, Math.ceil((totalRow?.total ?? 0) / size));
  const page = Math.min(params.page, pageCount);
  const rows = await tx
    .select({
      localDate: dailySummaries.localDate,
      text: dailySummaries.text,
      scoreStart: dailySummaries.scoreStart,
      scoreEnd: dailySummaries.scoreEnd,
      conversationCount: dailySummaries.conversationCount,
      messageCount: dailySummaries.messageCount,
    })
    .from(dailySummaries)
    .where(eq(dailySummaries.playerId, params.playerId))
    .orderBy(desc(dailySummaries.localDate))
    .limit(size)
    .offset((page - 1) * size);
  return {
    entries: rows.map(({ scoreStart, scoreEnd, ...rest }) => ({
      ...rest,
      trend: dayTrend(scoreStart, scoreEnd),
    })),
    page,
    pageCount,
  };
}
