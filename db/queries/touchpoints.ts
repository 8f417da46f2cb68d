// Players she might write to first (GAME.md §8): the cheap conditions are filtered in SQL
// (active, notifications on, reachable, not paused for crisis care, not age-locked, no
// proactive message in the last 4 h); local windows, conflict temperature and the draw are the
// engine's, per player.
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db";
import { queryRows } from "@/db/query-rows";
import { PROACTIVE_RULES } from "@/lib/engine/rules";
import { tstzParam } from "./sql-values";

const candidateSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  status: z.string(),
  chapter: z.coerce.number(),
  timezone: z.string(),
  notifications_enabled: z.boolean(),
  is_unreachable: z.boolean(),
  telegram_chat_id: z.coerce.number().nullable(),
  last_proactive_at: z.coerce.date().nullable(),
  last_proactive_window: z.string().nullable(),
  temperature: z.coerce.number().nullable(),
  last_cooled_at: z.coerce.date().nullable(),
  last_message_at: z.coerce.date().nullable(),
});

export interface ProactiveCandidate {
  playerId: string;
  name: string | null;
  status: string;
  chapter: number;
  timeZone: string;
  notificationsEnabled: boolean;
  isUnreachable: boolean;
  telegramChatId: number | null;
  lastProactiveAt: Date | null;
  lastProactiveWindow: string | null;
  temperature: number;
  lastCooledAt: Date | null;
  /** Latest message either way, up to now. */
  lastMessageAt: Date | null;
}

function candidateQuery(params: {
  now: Date;
  afterId?: string | null;
  playerId?: string;
  limit: number;
  lock: boolean;
}) {
  const now = tstzParam(params.now);
  const statuses = sql.join(
    PROACTIVE_RULES.statuses.map((s) => sql`${s}`),
    sql`, `,
  );
  const after = params.afterId ? sql`and p.id > ${params.afterId}::uuid` : sql``;
  const only = params.playerId ? sql`and p.id = ${params.playerId}::uuid` : sql``;
  return sql`
    select p.id::text as id, p.name, p.status, p.chapter, p.timezone, p.notifications_enabled, p.is_unreachable,
      p.telegram_chat_id::text as telegram_chat_id, p.last_proactive_at, p.last_proactive_window,
      c.temperature, c.last_cooled_at,
      (select max(m.created_at) from messages m
        where m.player_id = p.id and m.role in ('player', 'nikita') and m.created_at <= ${now}) as last_message_at
    from players p
    left join conflict_state c on c.player_id = p.id
    where p.status in (${statuses}) and p.notifications_enabled and not p.is_unreachable
      and p.age_lock = 'none'
      and (p.proactive_paused_until is null or p.proactive_paused_until <= ${now})
      and (p.last_proactive_at is null
        or p.last_proactive_at <= ${now} - make_interval(hours => ${PROACTIVE_RULES.minHoursBetween}::int))
      ${after} ${only}
    order by p.id
    limit ${params.limit}
    ${params.lock ? sql`for update of p skip locked` : sql``}`;
}

function toCandidate(row: unknown): ProactiveCandidate {
  const r = candidateSchema.parse(row);
  return {
    playerId: r.id,
    name: r.name,
    status: r.status,
    chapter: r.chapter,
    timeZone: r.timezone,
    notificationsEnabled: r.notifications_enabled,
    isUnreachable: r.is_unreachable,
    telegramChatId: r.telegram_chat_id,
    lastProactiveAt: r.last_proactive_at,
    lastProactiveWindow: r.last_proactive_window,
    temperature: r.temperature ?? 0,
    lastCooledAt: r.last_cooled_at,
    lastMessageAt: r.last_message_at,
  };
}

/** The next page of candidates by id (no locks). */
export async function listProactiveCandidates(
  db: DbOrTx,
  params: { now: Date; afterId: string | null; limit: number },
): Promise<ProactiveCandidate[]> {
  const rows = await queryRows(db, candidateQuery({ ...params, lock: false }));
  return rows.map(toCandidate);
}

/** One candidate, re-read and locked for the decision (null when another run holds it or it no longer qualifies). */
export async function lockProactiveCandidate(
  db: DbOrTx,
  params: { now: Date; playerId: string },
): Promise<ProactiveCandidate | null> {
  const rows = await queryRows(db, candidateQuery({ ...params, limit: 1, lock: true }));
  return rows[0] ? toCandidate(rows[0]) : null;
}

/** Records the decision: the window drawn, and the send time when she writes. */
export async function recordProactiveDecision(
  db: DbOrTx,
  params: { playerId: string; window: string | null; sentAt: Date | null },
): Promise<void> {
  const sent = params.sentAt ? sql`, last_proactive_at = ${tstzParam(params.sentAt)}` : sql``;
  await db.execute(
    sql`update players set last_proactive_window = ${params.window} ${sent} where id = ${params.playerId}::uuid`,
  );
}
