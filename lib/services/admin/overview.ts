// The admin overview's data: the overview queries over the last N days, shaped for the
// charts (status × chapter pivot, days without activity filled with zero).
import type { DbOrTx } from "@/db";
import {
  bossPassRates,
  dailyActivePlayers,
  messagesPerDay,
  modelCostPerDay,
  playersByStatusAndChapter,
} from "@/db/queries/admin-overview";
import { CHAPTERS, PLAYER_STATUSES, TIME } from "@/lib/engine";

export const OVERVIEW_DAYS = 30;

/** The last `days` UTC dates, oldest first, as YYYY-MM-DD. */
export function dayKeys(now: Date, days: number): string[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: days }, (_, i) =>
    new Date(today - (days - 1 - i) * TIME.msPerDay).toISOString().slice(0, 10),
  );
}

export async function loadOverview(db: DbOrTx, now: Date, days = OVERVIEW_DAYS) {
  const keys = dayKeys(now, days);
  const since = new Date(`${keys[0]}T00:00:00Z`);
  const [byStatus, active, msgs, cost, boss] = await Promise.all([
    playersByStatusAndChapter(db),
    dailyActivePlayers(db, { since }),
    messagesPerDay(db, { since }),
    modelCostPerDay(db, { since }),
    bossPassRates(db),
  ]);
  const byChapter = CHAPTERS.map((chapter) => {
    const row: Record<string, number | string> = { chapter: `Ch ${chapter}` };
    for (const status of PLAYER_STATUSES) {
      row[status] = byStatus.find((r) => r.chapter === chapter && r.status === status)?.players ?? 0;
    }
    return row;
  });
  const totals = Object.fromEntries(
    PLAYER_STATUSES.map((s) => [
      s,
      byStatus.filter((r) => r.status === s).reduce((n, r) => n + r.players, 0),
    ]),
  ) as Record<(typeof PLAYER_STATUSES)[number], number>;
  const daily = keys.map((day) => {
    const m = msgs.find((r) => r.day === day);
    return {
      day: day.slice(5),
      active: active.find((r) => r.day === day)?.value ?? 0,
      player: m?.player ?? 0,
      nikita: m?.nikita ?? 0,
      cost: Number((cost.find((r) => r.day === day)?.value ?? 0).toFixed(4)),
    };
  });
  const bossRows = boss.map((b) => ({
    chapter: `Ch ${b.chapter}`,
    pass: b.pass,
    fail: b.fail,
    partial: b.partial,
    passRate: b.passRate === null ? null : Math.round(b.passRate * 100),
  }));
  return { totals, byChapter, daily, boss: bossRows };
}
