// GAME.md §4 decay as one set-based statement per batch — the SQL twin of lib/engine/decay.ts
// `computeDecay`/`applyDecay` (its header is the contract; the job's test compares the two over
// random players and run schedules). Every number comes from lib/engine/rules.ts as a parameter.
//
// A batch is the next `limit` due players by id (keyset), locked FOR UPDATE SKIP LOCKED so
// overlapping runs split the work instead of repeating it. A player is due when at least one
// whole hour has passed since the later of grace end and `decayed_through`; for each, one
// statement moves decayed_through, keeps the per-UTC-day cap, subtracts the amount from every
// metric (floored at 0), recomputes the weighted score, writes the `decay` history row, sets
// `last_decay_warning_at` when the score crosses below the warning line (once per 24 h) and
// ends the game at score 0. The caller schedules the goodbye in the same transaction.
import { type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db";
import { queryRows } from "@/db/query-rows";
import { CHAPTER_RULES, DECAY_RULES, SCORE_RULES, TIME } from "@/lib/engine/rules";
import { utcDayKey } from "@/lib/engine/time";
import { CHAPTERS } from "@/lib/engine/vocabulary";
import { tstzParam } from "./sql-values";

const SECONDS_PER_HOUR = TIME.msPerHour / TIME.msPerSecond;

/** (chapter, grace hours, rate per hour, daily cap) for every chapter, from rules.ts. */
function chapterRulesValues(): SQL {
  const rows = CHAPTERS.map((ch) => {
    const r = CHAPTER_RULES[ch];
    return sql`(${ch}::int, ${r.decayGraceHours}::int, ${r.decayRatePerHour}::numeric, ${r.dailyDecayCap}::numeric)`;
  });
  return sql.join(rows, sql`, `);
}

const inList = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

const decayedRowSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  chapter: z.coerce.number(),
  telegram_chat_id: z.coerce.number().nullable(),
  is_unreachable: z.boolean(),
  hours: z.coerce.number(),
  amount: z.coerce.number(),
  score_before: z.coerce.number(),
  score_after: z.coerce.number(),
  is_game_over: z.boolean(),
  is_warned: z.boolean(),
});

export interface DecayedPlayer {
  playerId: string;
  name: string | null;
  chapter: number;
  telegramChatId: number | null;
  isUnreachable: boolean;
  hours: number;
  amount: number;
  scoreBefore: number;
  scoreAfter: number;
  isGameOver: boolean;
  isWarned: boolean;
}

export interface DecayBatchResult {
  players: DecayedPlayer[];
  /** Keyset position for the next batch (the last id of this one); null when the batch was empty. */
  lastId: string | null;
}

export interface DecayBatchParams {
  now: Date;
  afterId: string | null;
  limit: number;
}

/** Applies decay to the next batch of due players after `afterId` at `now`. */
export async function applyDecayBatch(db: DbOrTx, params: DecayBatchParams): Promise<DecayBatchResult> {
  const rows = await queryRows(db, decayBatchStatement(params));
  const players = rows.map((row) => {
    const r = decayedRowSchema.parse(row);
    return {
      playerId: r.id,
      name: r.name,
      chapter: r.chapter,
      telegramChatId: r.telegram_chat_id,
      isUnreachable: r.is_unreachable,
      hours: r.hours,
      amount: r.amount,
      scoreBefore: r.score_before,
      scoreAfter: r.score_after,
      isGameOver: r.is_game_over,
      isWarned: r.is_warned,
    };
  });
  return { players, lastId: players.at(-1)?.playerId ?? null };
}

/** The statement for one batch (exported for EXPLAIN in benchmarks). */
export function decayBatchStatement(params: DecayBatchParams): SQL {
  const now = tstzParam(params.now);
  const today = sql`${utcDayKey(params.now)}::date`;
  const unitSeconds = DECAY_RULES.chargeUnitHours * SECONDS_PER_HOUR;
  const w = SCORE_RULES.weights;
  const after = params.afterId ? sql`and p.id > ${params.afterId}::uuid` : sql``;
  const clampMetric = (expr: SQL) =>
    sql`round(greatest(${SCORE_RULES.min}::numeric, least(${SCORE_RULES.max}::numeric, ${expr})), ${SCORE_RULES.decimals}::int)`;

  return sql`
    with rules (chapter, grace_hours, rate, daily_cap) as (values ${chapterRulesValues()}),
    batch as (
      select p.id, p.name, p.chapter, p.telegram_chat_id, p.is_unreachable, p.relationship_score,
        p.decay_applied_day, p.decay_applied_today, p.last_decay_warning_at, r.rate, r.daily_cap, f.from_ts
      from players p
      join rules r on r.chapter = p.chapter
      cross join lateral (
        select greatest(p.last_player_message_at, p.last_boss_exit_at, coalesce(p.game_started_at, p.created_at))
          + make_interval(hours => r.grace_hours) as grace_end
      ) g
      cross join lateral (select greatest(g.grace_end, p.decayed_through) as from_ts) f
      where p.status in (${inList(DECAY_RULES.statuses)}) ${after}
        and f.from_ts <= ${now} - make_interval(secs => ${unitSeconds}::int)
        and exists (select 1 from player_metrics pm where pm.player_id = p.id)
      order by p.id
      limit ${params.limit}
      for update of p skip locked
    ),
    calc as (
      select b.*, m.intimacy, m.passion, m.trust, m.secureness, h.hours, u.used,
        least(round(b.rate * h.hours, 2), greatest(0, round(b.daily_cap - u.used, 2)), ${DECAY_RULES.perRunCap}::numeric) as amount
      from batch b
      join player_metrics m on m.player_id = b.id
      cross join lateral (
        select (floor(extract(epoch from (${now} - b.from_ts)) / ${unitSeconds}::int) * ${DECAY_RULES.chargeUnitHours}::int)::int as hours
      ) h
      cross join lateral (
        select case when b.decay_applied_day = ${today} then b.decay_applied_today else 0::numeric end as used
      ) u
    ),
    scored as (
      select c.*, a.intimacy_after, a.passion_after, a.trust_after, a.secureness_after,
        ${clampMetric(sql`${w.intimacy}::numeric * a.intimacy_after + ${w.passion}::numeric * a.passion_after + ${w.trust}::numeric * a.trust_after + ${w.secureness}::numeric * a.secureness_after`)} as score_after
      from calc c
      cross join lateral (
        select ${clampMetric(sql`c.intimacy - c.amount`)} as intimacy_after,
          ${clampMetric(sql`c.passion - c.amount`)} as passion_after,
          ${clampMetric(sql`c.trust - c.amount`)} as trust_after,
          ${clampMetric(sql`c.secureness - c.amount`)} as secureness_after
      ) a
    ),
    outcome as (
      select s.*,
        s.amount > 0 and s.score_after <= ${SCORE_RULES.min}::numeric as is_game_over,
        s.amount > 0
          and s.relationship_score >= ${DECAY_RULES.warningBelow}::numeric
          and s.score_after < ${DECAY_RULES.warningBelow}::numeric
          and (s.last_decay_warning_at is null
            or s.last_decay_warning_at <= ${now} - make_interval(hours => ${DECAY_RULES.warningIntervalHours}::int)) as is_warned
      from scored s
    ),
    player_update as (
      update players p set
        decayed_through = o.from_ts + make_interval(hours => o.hours),
        decay_applied_day = ${today},
        decay_applied_today = round(o.used + o.amount, 2),
        relationship_score = case when o.amount > 0 then o.score_after else p.relationship_score end,
        last_decay_warning_at = case when o.is_warned then ${now} else p.last_decay_warning_at end,
        status = case when o.is_game_over then 'game_over' else p.status end,
        game_over_reason = case when o.is_game_over then 'score_zero' else p.game_over_reason end,
        ended_at = case when o.is_game_over then ${now} else p.ended_at end,
        boss_phase = case when o.is_game_over then null else p.boss_phase end,
        boss_started_at = case when o.is_game_over then null else p.boss_started_at end,
        boss_last_prompt_at = case when o.is_game_over then null else p.boss_last_prompt_at end,
        updated_at = ${now}
      from outcome o
      where p.id = o.id
      returning p.id
    ),
    metrics_update as (
      update player_metrics m set
        intimacy = o.intimacy_after, passion = o.passion_after, trust = o.trust_after,
        secureness = o.secureness_after, updated_at = ${now}
      from outcome o
      where m.player_id = o.id and o.amount > 0
      returning m.player_id
    ),
    history as (
      insert into score_history (player_id, kind, score_before, score_after, chapter, deltas, explanation, details, created_at)
      select o.id, 'decay', o.relationship_score, o.score_after, o.chapter,
        jsonb_build_object(
          'intimacy', o.intimacy_after - o.intimacy, 'passion', o.passion_after - o.passion,
          'trust', o.trust_after - o.trust, 'secureness', o.secureness_after - o.secureness),
        'no messages for ' || o.hours || ' h past grace',
        jsonb_build_object('hours', o.hours, 'amount', o.amount),
        ${now}
      from outcome o
      where o.amount > 0
      returning player_id
    )
    select o.id::text as id, o.name, o.chapter, o.telegram_chat_id::text as telegram_chat_id, o.is_unreachable,
      o.hours, o.amount::text as amount, o.relationship_score::text as score_before,
      o.score_after::text as score_after, o.is_game_over, o.is_warned
    from outcome o
    order by o.id`;
}

/**
 * Dedupe key of the "still there?" line for one warning. The SQL below rebuilds it, plus the
 * `:0` bubble suffix that outbound.ts appends, to find warnings whose line is missing.
 */
export const decayWarningKey = (playerId: string, warnedAt: Date) =>
  `decay_warning:${playerId}:${warnedAt.getTime()}`;

const pendingWarningSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  chapter: z.coerce.number(),
  telegram_chat_id: z.coerce.number().nullable(),
  is_unreachable: z.boolean(),
  warned_at: z.coerce.date(),
});

export interface PendingDecayWarning {
  playerId: string;
  name: string | null;
  chapter: number;
  telegramChatId: number | null;
  isUnreachable: boolean;
  warnedAt: Date;
}

/**
 * Active players whose decay warning (last 24 h) has no "still there?" line queued yet: the
 * ones the decay run just warned, and any a crashed run left behind.
 */
export async function listUnsentDecayWarnings(
  db: DbOrTx,
  params: { now: Date; limit: number },
): Promise<PendingDecayWarning[]> {
  const rows = await queryRows(
    db,
    sql`
    select p.id::text as id, p.name, p.chapter, p.telegram_chat_id::text as telegram_chat_id, p.is_unreachable,
      p.last_decay_warning_at as warned_at
    from players p
    where p.status in (${inList(DECAY_RULES.statuses)})
      and p.last_decay_warning_at > ${tstzParam(params.now)} - make_interval(hours => ${DECAY_RULES.warningIntervalHours}::int)
      and not exists (
        select 1 from scheduled_events e
        where e.dedupe_key = 'decay_warning:' || p.id::text || ':'
          || (extract(epoch from p.last_decay_warning_at) * 1000)::bigint::text || ':0')
    order by p.last_decay_warning_at
    limit ${params.limit}`,
  );
  return rows.map((row) => {
    const r = pendingWarningSchema.parse(row);
    return {
      playerId: r.id,
      name: r.name,
      chapter: r.chapter,
      telegramChatId: r.telegram_chat_id,
      isUnreachable: r.is_unreachable,
      warnedAt: r.warned_at,
    };
  });
}
