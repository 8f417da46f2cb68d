// GAME.md §4 decay as one set-based statement per batch — the SQL twin of lib/engine/decay.ts
// `computeDecay`/`applyDecay` (its header is the contract; the job's test compares the two over
// random players and run schedules). Every number comes from lib/engine/rules.ts as a parameter.
//
// A batch is the next `limit` due players by id (keyset, optionally inside an id range so
// parallel walkers never meet), locked FOR UPDATE SKIP LOCKED so overlapping runs split the
// work instead of repeating it. A player is due when at least one
// whole hour has passed since the later of grace end and `decayed_through`; for each, one
// statement moves decayed_through, keeps the per-UTC-day cap, subtracts the amount from every
// metric (floored at 0), recomputes the weighted score, writes the `decay` history row, sets
// `last_decay_warning_at` when the score crosses below the warning line (once per 24 h) and
// ends the game at score 0. Only counts and the game-over players come back (a batch of
// thousands returns a handful of rows); the caller schedules the goodbyes in the same
// transaction.
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

const batchSummarySchema = z.object({
  scanned: z.coerce.number(),
  decayed: z.coerce.number(),
  warned: z.coerce.number(),
  game_overs: z.coerce.number(),
  last_id: z.string().nullable(),
});

const gameOverRowSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  chapter: z.coerce.number(),
  telegram_chat_id: z.coerce.number().nullable(),
  is_unreachable: z.boolean(),
});

/** A player whose score this batch took to 0: the caller schedules the goodbye. */
export interface GameOverPlayer {
  playerId: string;
  name: string | null;
  chapter: number;
  telegramChatId: number | null;
  isUnreachable: boolean;
}

export interface DecayBatchResult {
  /** Due players this batch took (a full batch means more may follow). */
  scanned: number;
  /** Of those, players who lost points (the others were at their daily cap). */
  decayed: number;
  /** Players who crossed below the warning line (last_decay_warning_at set). */
  warned: number;
  gameOvers: GameOverPlayer[];
  /** Keyset position for the next batch (the last id of this one); null when the batch was empty. */
  lastId: string | null;
}

export interface DecayBatchParams {
  now: Date;
  /** Keyset: only ids after this one (exclusive). */
  afterId: string | null;
  limit: number;
  /** The id range this walker owns: [fromId, toId); null = open end. */
  range?: { fromId: string | null; toId: string | null };
}

/** Applies decay to the next batch of due players after `afterId` at `now`. */
export async function applyDecayBatch(db: DbOrTx, params: DecayBatchParams): Promise<DecayBatchResult> {
  const rows = await queryRows(db, decayBatchStatement(params));
  const summary = batchSummarySchema.parse(rows[0]);
  const gameOvers =
    summary.game_overs === 0
      ? []
      : rows.map((row) => {
          const r = gameOverRowSchema.parse(row);
          return {
            playerId: r.id,
            name: r.name,
            chapter: r.chapter,
            telegramChatId: r.telegram_chat_id,
            isUnreachable: r.is_unreachable,
          };
        });
  return {
    scanned: summary.scanned,
    decayed: summary.decayed,
    warned: summary.warned,
    gameOvers,
    lastId: summary.last_id,
  };
}

/** The statement for one batch (exported for EXPLAIN in benchmarks). */
export function decayBatchStatement(params: DecayBatchParams): SQL {
  const now = tstzParam(params.now);
  const today = sql`${utcDayKey(params.now)}::date`;
  const unitSeconds = DECAY_RULES.chargeUnitHours * SECONDS_PER_HOUR;
  const w = SCORE_RULES.weights;
  const after = params.afterId ? sql`and p.id > ${params.afterId}::uuid` : sql``;
  const from = params.range?.fromId ? sql`and p.id >= ${params.range.fromId}::uuid` : sql``;
  const to = params.range?.toId ? sql`and p.id < ${params.range.toId}::uuid` : sql``;
  const clampMetric = (expr: SQL) =>
    sql`round(greatest(${SCORE_RULES.min}::numeric, least(${SCORE_RULES.max}::numeric, ${expr})), ${SCORE_RULES.decimals}::int)`;

  // One statement: claim the batch (keyset by id, metrics joined once), compute, then update
  // players and metrics and write history from the same materialised `outcome`. The result is
  // one summary row (counts, keyset position), repeated beside each game-over player.
  //
  // `outcome` computes each value once, in steps: charge (hours, used, amount), then the four
  // metrics, then the score. Each step is a lateral subquery fenced with `offset 0`: without the
  // fence Postgres inlines a step's columns into the next as whole expressions, so every metric,
  // the score and both flags would recompute the amount (and the score its four metrics) —
  // that recomputation was most of a batch's compute time.
  return sql`
    with rules (chapter, grace_hours, rate, daily_cap) as (values ${chapterRulesValues()}),
    batch as (
      select p.id, p.name, p.chapter, p.telegram_chat_id, p.is_unreachable, p.relationship_score,
        p.decay_applied_day, p.decay_applied_today, p.last_decay_warning_at, r.rate, r.daily_cap, f.from_ts,
        m.intimacy, m.passion, m.trust, m.secureness
      from players p
      -- The chapter's rules per player (fenced with offset 0) rather than a join: players
      -- then drive the batch in id order and the walk stops at the limit.
      cross join lateral (select * from rules where rules.chapter = p.chapter offset 0) r
      join player_metrics m on m.player_id = p.id
      cross join lateral (
        select greatest(p.last_player_message_at, p.last_boss_exit_at, coalesce(p.game_started_at, p.created_at))
          + make_interval(hours => r.grace_hours) as grace_end
      ) g
      cross join lateral (select greatest(g.grace_end, p.decayed_through) as from_ts) f
      where p.status in (${inList(DECAY_RULES.statuses)}) ${after} ${from} ${to}
        and f.from_ts <= ${now} - make_interval(secs => ${unitSeconds}::int)
      order by p.id
      limit ${params.limit}
      for update of p skip locked
    ),
    outcome as materialized (
      select b.id, b.name, b.chapter, b.telegram_chat_id, b.is_unreachable, b.relationship_score,
        b.last_decay_warning_at, b.from_ts, b.intimacy, b.passion, b.trust, b.secureness,
        c.hours, c.used, c.amount, a.intimacy_after, a.passion_after, a.trust_after, a.secureness_after, s.score_after,
        c.amount > 0 and s.score_after <= ${SCORE_RULES.min}::numeric as is_game_over,
        c.amount > 0
          and b.relationship_score >= ${DECAY_RULES.warningBelow}::numeric
          and s.score_after < ${DECAY_RULES.warningBelow}::numeric
          and (b.last_decay_warning_at is null
            or b.last_decay_warning_at <= ${now} - make_interval(hours => ${DECAY_RULES.warningIntervalHours}::int)) as is_warned
      from batch b
      cross join lateral (
        select h.hours, u.used,
          least(round(b.rate * h.hours, 2), greatest(0, round(b.daily_cap - u.used, 2)), ${DECAY_RULES.perRunCap}::numeric) as amount
        from (select (floor(extract(epoch from (${now} - b.from_ts)) / ${unitSeconds}::int) * ${DECAY_RULES.chargeUnitHours}::int)::int as hours) h,
          (select case when b.decay_applied_day = ${today} then b.decay_applied_today else 0::numeric end as used) u
        offset 0
      ) c
      cross join lateral (
        select ${clampMetric(sql`b.intimacy - c.amount`)} as intimacy_after,
          ${clampMetric(sql`b.passion - c.amount`)} as passion_after,
          ${clampMetric(sql`b.trust - c.amount`)} as trust_after,
          ${clampMetric(sql`b.secureness - c.amount`)} as secureness_after
        offset 0
      ) a
      cross join lateral (
        select ${clampMetric(sql`${w.intimacy}::numeric * a.intimacy_after + ${w.passion}::numeric * a.passion_after + ${w.trust}::numeric * a.trust_after + ${w.secureness}::numeric * a.secureness_after`)} as score_after
        offset 0
      ) s
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
    ),
    metrics_update as (
      update player_metrics m set
        intimacy = o.intimacy_after, passion = o.passion_after, trust = o.trust_after,
        secureness = o.secureness_after, updated_at = ${now}
      from outcome o
      where m.player_id = o.id and o.amount > 0
    ),
    history as (
      insert into score_history (player_id, kind, score_before, score_after, chapter, deltas, explanation, details, created_at)
      select o.id, 'decay', o.relationship_score, o.score_after, o.chapter,
        jsonb_build_object(
          'intimacy', o.intimacy_after - o.intimacy, 'passion', o.passion_after - o.passion,
          'trust', o.trust_after - o.trust, 'secureness', o.secureness_after - o.secureness),
        'no messages for ' || o.hours || ' h past grace',
        -- What the score lost (less than the charge at the metrics' floor): rows add up to the score.
        jsonb_build_object('hours', o.hours, 'amount', o.relationship_score - o.score_after),
        ${now}
      from outcome o
      where o.amount > 0
    ),
    summary as (
      select count(*)::int as scanned,
        (count(*) filter (where o.amount > 0))::int as decayed,
        (count(*) filter (where o.is_warned))::int as warned,
        (count(*) filter (where o.is_game_over))::int as game_overs,
        (select o2.id::text from outcome o2 order by o2.id desc limit 1) as last_id
      from outcome o
    )
    select s.*, g.id::text as id, g.name, g.chapter, g.telegram_chat_id::text as telegram_chat_id, g.is_unreachable
    from summary s
    left join outcome g on g.is_game_over
    order by g.id`;
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
 * ones the decay run just warned, and any a crashed run left behind. Players who turned
 * notifications off, are paused for crisis care or are age-locked get no warning.
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
      and p.notifications_enabled and p.age_lock = 'none'
      and (p.proactive_paused_until is null or p.proactive_paused_until <= ${tstzParam(params.now)})
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
