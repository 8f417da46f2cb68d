// Seeds a player with a long, plausible history straight into the tables the portal reads
// (no engine replay, so a year takes seconds): an auth user, the player in chapter 3,
// metrics, engagement, conflict, discovered and undiscovered vices, one conversation per day
// across Telegram, web and voice, scored exchanges with score_history rows, and a diary
// entry per day. Used by the portal's DB tests, `npm run bench:portal` and the Playwright spec.
import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import {
  conflictState,
  conversations,
  dailySummaries,
  engagementState,
  messages,
  playerMetrics,
  players,
  scoreHistory,
  vicePreferences,
} from "@/db/schema";
import { compositeScore, type Metrics, PLATFORMS, round2, TIME } from "@/lib/engine";

export type SeededHistory = {
  playerId: string;
  authUserId: string;
  email: string;
  conversationIds: string[];
};

export type SeedHistoryOptions = {
  authUserId: string;
  email: string;
  name?: string;
  days: number;
  messages: number;
  now: Date;
  /** Hours since the player's last message (drives the decay countdown). */
  lastMessageHoursAgo?: number;
};

const INSERT_BATCH = 1_000;
const START_METRIC = 50;
const SCORE_FLOOR = 25;
const SCORE_CEILING = 64;
const PLAYER_LINES = [
  "ran a CTF all night, lost to a teenager. humbling.",
  "my landlord found out about the server rack. long story.",
  "honestly? i've been thinking about what you said yesterday.",
  "ok the cat sent me a threat. is root yours?",
];
const HER_LINES = [
  "a teenager. of course. they have no jobs and no fear.",
  "a server rack in a rented flat. i'm listening.",
  "careful. that almost sounded sincere.",
  "root has never threatened anyone. he just lets them know.",
];
const EXPLANATIONS = [
  "funny and self-aware; she likes that",
  "shared something real",
  "a bit needy",
  "teased her back, she enjoyed it",
];

/** A deterministic pseudo-random walk so runs are comparable. */
function walk(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
    return x / 2_147_483_648;
  };
}

async function insertInBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += INSERT_BATCH) await insert(rows.slice(i, i + INSERT_BATCH));
}

export async function seedPlayerHistory(db: Db, options: SeedHistoryOptions): Promise<SeededHistory> {
  const { now, days } = options;
  const rand = walk(days * 7 + options.messages);
  await db.execute(sql`
    insert into auth.users (id, email, email_confirmed_at, raw_app_meta_data)
    values (${options.authUserId}, ${options.email}, now(), '{"provider":"email","providers":["email"]}'::jsonb)
    on conflict (id) do nothing`);
  const start = new Date(now.getTime() - days * TIME.msPerDay);
  const lastMessageAt = new Date(now.getTime() - (options.lastMessageHoursAgo ?? 1) * TIME.msPerHour);
  const exchanges = Math.floor(options.messages / 2);

  let metrics: Metrics = {
    intimacy: START_METRIC,
    passion: START_METRIC,
    trust: START_METRIC,
    secureness: START_METRIC,
  };
  let score = compositeScore(metrics);
  const [player] = await db
    .insert(players)
    .values({
      authUserId: options.authUserId,
      email: options.email,
      name: options.name ?? "Sam",
      status: "active",
      chapter: 3,
      darkness: 3,
      onboardingStep: null,
      ageConfirmedAt: start,
      gameStartedAt: start,
      createdAt: start,
      lastPlayerMessageAt: lastMessageAt,
    })
    .returning({ id: players.id });
  const playerId = player!.id;

  const convRows: (typeof conversations.$inferInsert)[] = [];
  const dayPlans: { conversationIndex: number; day: number; at: Date; count: number }[] = [];
  for (let day = 0; day < days; day++) {
    // Spread evenly to the last day: floor((d+1)·n/days) − floor(d·n/days) exchanges on day d.
    const count = Math.floor(((day + 1) * exchanges) / days) - Math.floor((day * exchanges) / days);
    if (count === 0) continue;
    const at = new Date(start.getTime() + day * TIME.msPerDay + 18 * TIME.msPerHour);
    dayPlans.push({ conversationIndex: convRows.length, day, at, count });
    convRows.push({
      playerId,
      platform: PLATFORMS[day % PLATFORMS.length]!,
      startedAt: at,
      lastMessageAt: new Date(at.getTime() + count * TIME.msPerMinute * 2),
      closedAt: new Date(at.getTime() + count * TIME.msPerMinute * 2),
      messageCount: count * 2,
      summary: `Day ${day + 1}: ${EXPLANATIONS[day % EXPLANATIONS.length]}.`,
    });
  }
  const conversationIds: string[] = [];
  await insertInBatches(convRows, async (batch) => {
    const ids = await db.insert(conversations).values(batch).returning({ id: conversations.id });
    conversationIds.push(...ids.map((r) => r.id));
  });

  const summaryRows: (typeof dailySummaries.$inferInsert)[] = [];
  const historyRows: (typeof scoreHistory.$inferInsert)[] = [];
  for (const plan of dayPlans) {
    const conversationId = conversationIds[plan.conversationIndex]!;
    const scoreStart = score;
    const messageRows: (typeof messages.$inferInsert)[] = [];
    const deltas: { delta: number; metricDeltas: Metrics; explanation: string; before: number; at: Date }[] =
      [];
    for (let i = 0; i < plan.count; i++) {
      const at = new Date(plan.at.getTime() + i * TIME.msPerMinute * 2);
      const drift = score > SCORE_CEILING ? -0.6 : score < SCORE_FLOOR ? 0.6 : 0;
      const raw = round2((rand() - 0.45) * 2 + drift);
      const metricDeltas: Metrics = { intimacy: raw, passion: raw, trust: raw, secureness: raw };
      const before = score;
      metrics = {
        intimacy: round2(metrics.intimacy + raw),
        passion: round2(metrics.passion + raw),
        trust: round2(metrics.trust + raw),
        secureness: round2(metrics.secureness + raw),
      };
      score = compositeScore(metrics);
      const line = (plan.day + i) % PLAYER_LINES.length;
      const explanation = EXPLANATIONS[line]!;
      messageRows.push(
        {
          playerId,
          conversationId,
          role: "player",
          content: PLAYER_LINES[line]!,
          createdAt: at,
          scoreDelta: round2(score - before),
          explanation,
        },
        {
          playerId,
          conversationId,
          role: "nikita",
          content: HER_LINES[line]!,
          createdAt: new Date(at.getTime() + 45_000),
        },
      );
      deltas.push({ delta: round2(score - before), metricDeltas, explanation, before, at });
    }
    const inserted = await db
      .insert(messages)
      .values(messageRows)
      .returning({ id: messages.id, role: messages.role });
    const playerMessageIds = inserted.filter((m) => m.role === "player").map((m) => m.id);
    deltas.forEach((d, i) => {
      historyRows.push({
        playerId,
        kind: "conversation",
        scoreBefore: d.before,
        scoreAfter: round2(d.before + d.delta),
        chapter: 3,
        deltas: d.metricDeltas,
        multiplier: 1,
        explanation: d.explanation,
        messageId: playerMessageIds[i] ?? null,
        conversationId,
        createdAt: d.at,
      });
    });
    summaryRows.push({
      playerId,
      localDate: plan.at.toISOString().slice(0, 10),
      text: `He ${plan.count > 10 ? "wouldn't stop texting" : "kept it short"} today. ${EXPLANATIONS[plan.day % EXPLANATIONS.length]}.`,
      scoreStart,
      scoreEnd: score,
      conversationCount: 1,
      messageCount: plan.count * 2,
    });
  }
  await insertInBatches(historyRows, (batch) => db.insert(scoreHistory).values(batch));
  await insertInBatches(summaryRows, (batch) => db.insert(dailySummaries).values(batch));

  await db
    .update(players)
    .set({ relationshipScore: score, messagesExchanged: exchanges * 2, daysPlayed: dayPlans.length })
    .where(sql`id = ${playerId}`);
  await db.insert(playerMetrics).values({ playerId, ...metrics });
  await db.insert(engagementState).values({ playerId, state: "IN_ZONE", data: { daysInState: 4 } });
  await db.insert(conflictState).values({ playerId, temperature: 30, lastCooledAt: now });
  await db.insert(vicePreferences).values([
    { playerId, category: "dark_humor", engagement: 4.2, discoveredAt: start },
    { playerId, category: "intellectual_dominance", engagement: 2, discoveredAt: start },
    { playerId, category: "substances", engagement: 3 },
  ]);
  return { playerId, authUserId: options.authUserId, email: options.email, conversationIds };
}
