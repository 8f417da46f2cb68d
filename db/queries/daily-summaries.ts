// The daily diary (GAME.md §8): one row per player per local day with activity. The job reads
// who was active lately, what each day held (messages, conversations and their topics, decay,
// the score at the day's start and end) and inserts the entry once (unique player + date).
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db";
import { queryRows } from "@/db/query-rows";
import { dailySummaries } from "@/db/schema";
import { tstzParam } from "./sql-values";

const candidateSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  chapter: z.coerce.number(),
  timezone: z.string(),
});

export interface SummaryCandidate {
  playerId: string;
  name: string | null;
  chapter: number;
  timeZone: string;
}

/** Players who wrote to her since `since`, by id after `afterId`. */
export async function listSummaryCandidates(
  db: DbOrTx,
  params: { since: Date; afterId: string | null; limit: number },
): Promise<SummaryCandidate[]> {
  const after = params.afterId ? sql`and id > ${params.afterId}::uuid` : sql``;
  const rows = await queryRows(
    db,
    sql`
    select id::text as id, name, chapter, timezone from players
    where last_player_message_at >= ${tstzParam(params.since)} ${after}
    order by id
    limit ${params.limit}`,
  );
  return rows.map((row) => {
    const r = candidateSchema.parse(row);
    return { playerId: r.id, name: r.name, chapter: r.chapter, timeZone: r.timezone };
  });
}

export async function listSummaryDates(
  db: DbOrTx,
  params: { playerId: string; from: string; to: string },
): Promise<Set<string>> {
  const rows = await queryRows<{ local_date: string }>(
    db,
    sql`select local_date::text as local_date from daily_summaries
        where player_id = ${params.playerId}::uuid and local_date between ${params.from}::date and ${params.to}::date`,
  );
  return new Set(rows.map((r) => String(r.local_date)));
}

const dayFactsSchema = z.object({
  player_messages: z.coerce.number(),
  conversations: z.coerce.number(),
  decay: z.coerce.number(),
  score_start: z.coerce.number(),
  score_end: z.coerce.number(),
  topics: z.array(z.string()).nullable(),
});

export interface DayFacts {
  playerMessages: number;
  conversationCount: number;
  decayApplied: number;
  scoreStart: number;
  scoreEnd: number;
  topics: string[];
}

/** What one local day [start, end) held for the player. */
export async function readDayFacts(
  db: DbOrTx,
  params: { playerId: string; start: Date; end: Date },
): Promise<DayFacts> {
  const player = sql`${params.playerId}::uuid`;
  const start = tstzParam(params.start);
  const end = tstzParam(params.end);
  // The score at an instant: the last change before it, else the first change after it, else now.
  const scoreAt = (at: typeof start) => sql`coalesce(
      (select h.score_after from score_history h where h.player_id = ${player} and h.created_at < ${at}
        order by h.created_at desc, h.id desc limit 1),
      (select h.score_before from score_history h where h.player_id = ${player} and h.created_at >= ${at}
        order by h.created_at, h.id limit 1),
      (select p.relationship_score from players p where p.id = ${player}))`;
  const [row] = await queryRows(
    db,
    sql`
    with day_messages as (
      select m.role, m.conversation_id from messages m
      where m.player_id = ${player} and m.created_at >= ${start} and m.created_at < ${end}
    )
    select
      (select count(*) from day_messages where role = 'player') as player_messages,
      (select count(distinct conversation_id) from day_messages) as conversations,
      (select coalesce(sum((h.details->>'amount')::numeric), 0) from score_history h
        where h.player_id = ${player} and h.kind = 'decay' and h.created_at >= ${start} and h.created_at < ${end}) as decay,
      ${scoreAt(start)} as score_start,
      ${scoreAt(end)} as score_end,
      (select jsonb_agg(distinct t.topic) from conversations c
        cross join lateral jsonb_array_elements_text(coalesce(c.topics, '[]'::jsonb)) as t(topic)
        where c.id in (select conversation_id from day_messages)) as topics`,
  );
  const r = dayFactsSchema.parse(row);
  return {
    playerMessages: r.player_messages,
    conversationCount: r.conversations,
    decayApplied: r.decay,
    scoreStart: r.score_start,
    scoreEnd: r.score_end,
    topics: r.topics ?? [],
  };
}

/** Inserts the day's entry; false when it already exists. */
export async function insertDailySummary(
  db: DbOrTx,
  params: { playerId: string; localDate: string; text: string; facts: DayFacts; now: Date },
): Promise<boolean> {
  const rows = await db
    .insert(dailySummaries)
    .values({
      playerId: params.playerId,
      localDate: params.localDate,
      text: params.text,
      scoreStart: params.facts.scoreStart,
      scoreEnd: params.facts.scoreEnd,
      decayApplied: params.facts.decayApplied,
      conversationCount: params.facts.conversationCount,
      messageCount: params.facts.playerMessages,
      createdAt: params.now,
    })
    .onConflictDoNothing({ target: [dailySummaries.playerId, dailySummaries.localDate] })
    .returning({ id: dailySummaries.id });
  return rows.length > 0;
}
