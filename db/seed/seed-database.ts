// Writes the demo world into a database: the admin, then each demo player played through
// the engine. Idempotent: the auth users are upserted, an existing demo player is skipped.
import { eq, sql } from "drizzle-orm";
import { localDayKey } from "@/lib/engine";
import type { Db } from "../client";
import { insertScoreHistory, saveEngineState } from "../queries/engine-state";
import { conversations, dailySummaries, messages, players } from "../schema";
import { DEMO_ADMIN, DEMO_PLAYERS, type DemoPlayer, DIARY_LINES } from "./demo-data";
import { playDemo } from "./play-demo";

async function upsertAuthUser(
  db: Db,
  user: { id: string; email: string; appMetadata: Record<string, unknown> },
) {
  await db.execute(sql`
    insert into auth.users (id, email, email_confirmed_at, raw_app_meta_data)
    values (${user.id}, ${user.email}, now(), ${JSON.stringify(user.appMetadata)}::jsonb)
    on conflict (id) do update set raw_app_meta_data = excluded.raw_app_meta_data`);
}

async function seedPlayer(db: Db, demo: DemoPlayer, now: Date, index: number): Promise<boolean> {
  const [existing] = await db.select({ id: players.id }).from(players).where(eq(players.id, demo.id));
  if (existing) return false;
  await upsertAuthUser(db, { id: demo.authUserId, email: demo.email, appMetadata: { provider: "email" } });
  const play = playDemo(demo, now, 1000 + index);
  await db.transaction(async (tx) => {
    await tx.insert(players).values({
      id: demo.id,
      authUserId: demo.authUserId,
      email: demo.email,
      name: demo.name,
      timezone: demo.timezone,
      darkness: demo.darkness,
      ageConfirmedAt: play.startedAt,
      telegramId: demo.telegram?.id ?? null,
      telegramChatId: demo.telegram?.id ?? null,
      telegramUsername: demo.telegram?.username ?? null,
      createdAt: play.startedAt,
    });
    await saveEngineState(tx, { playerId: demo.id, state: play.state, now });
    await insertScoreHistory(tx, { playerId: demo.id, entries: play.history });
    for (const day of play.days) {
      if (day.messages.length === 0) continue;
      const first = day.messages[0]!.at;
      const last = day.messages[day.messages.length - 1]!.at;
      const [conversation] = await tx
        .insert(conversations)
        .values({
          playerId: demo.id,
          platform: demo.telegram && day.day % 2 === 0 ? "telegram" : "web",
          startedAt: first,
          lastMessageAt: last,
          closedAt: last,
          minedAt: last,
          messageCount: day.messages.length,
        })
        .returning({ id: conversations.id });
      await tx.insert(messages).values(
        day.messages.map((m) => ({
          playerId: demo.id,
          conversationId: conversation!.id,
          role: m.role,
          content: m.content,
          createdAt: m.at,
          explanation: m.explanation ?? null,
          scoreDelta: m.delta === undefined ? null : Math.round(m.delta * 100) / 100,
        })),
      );
      await tx
        .insert(dailySummaries)
        .values({
          playerId: demo.id,
          localDate: localDayKey(first, demo.timezone),
          text: DIARY_LINES[(day.day + index) % DIARY_LINES.length]!,
          scoreStart: day.scoreStart,
          scoreEnd: day.scoreEnd,
          conversationCount: 1,
          messageCount: day.messages.length,
        })
        .onConflictDoNothing();
    }
  });
  return true;
}

export async function seedDatabase(
  db: Db,
  now: Date,
  onProgress?: (done: number, total: number, label: string) => void,
) {
  await upsertAuthUser(db, {
    id: DEMO_ADMIN.id,
    email: DEMO_ADMIN.email,
    appMetadata: { provider: "email", role: "admin" },
  });
  let created = 0;
  for (const [index, demo] of DEMO_PLAYERS.entries()) {
    onProgress?.(index, DEMO_PLAYERS.length, demo.name);
    if (await seedPlayer(db, demo, now, index)) created += 1;
  }
  onProgress?.(DEMO_PLAYERS.length, DEMO_PLAYERS.length, "done");
  return { created, skipped: DEMO_PLAYERS.length - created };
}
