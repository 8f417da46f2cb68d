// Row-level security through withPlayer: player A can neither read nor change player B's
// rows, on PGlite and on the PostgreSQL server.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { queryRows } from "./query-rows";
import { conversations, messages, playerMetrics, players, scoreHistory } from "./schema";
import { createTestDatabase, type TestDatabase, testDrivers } from "./testing/test-db";
import { withPlayerOn } from "./with-player";

const USER_A = "00000000-0000-4000-8000-00000000000a";
const USER_B = "00000000-0000-4000-8000-00000000000b";

describe.each(testDrivers())("row-level security on %s", (driver) => {
  let t: TestDatabase;
  let playerA: string;
  let playerB: string;
  let conversationB: string;

  beforeAll(async () => {
    t = await createTestDatabase(driver);
  }, 120_000);
  afterAll(async () => t?.close());

  beforeEach(async () => {
    await t.reset();
    const [a, b] = await t.db
      .insert(players)
      .values([
        { authUserId: USER_A, name: "Alex", status: "active" },
        { authUserId: USER_B, name: "Blake", status: "active" },
      ])
      .returning({ id: players.id });
    playerA = a!.id;
    playerB = b!.id;
    await t.db.insert(playerMetrics).values([{ playerId: playerA }, { playerId: playerB }]);
    const [conv] = await t.db
      .insert(conversations)
      .values({ playerId: playerB, platform: "web" })
      .returning({ id: conversations.id });
    conversationB = conv!.id;
    await t.db.insert(messages).values({
      playerId: playerB,
      conversationId: conversationB,
      role: "player",
      content: "a secret only Blake may read",
    });
    await t.db.insert(scoreHistory).values({
      playerId: playerB,
      kind: "conversation",
      scoreBefore: 50,
      scoreAfter: 51,
      chapter: 1,
    });
  });

  it("shows a player only their own player row", async () => {
    const seen = await withPlayerOn(t.db, USER_A, (tx) => tx.select({ id: players.id }).from(players));
    expect(seen).toEqual([{ id: playerA }]);
  });

  it("hides another player's conversations, messages and history even when asked by id", async () => {
    const result = await withPlayerOn(t.db, USER_A, async (tx) => ({
      conversations: await tx.select().from(conversations).where(eq(conversations.id, conversationB)),
      messages: await tx.select().from(messages).where(eq(messages.playerId, playerB)),
      history: await tx.select().from(scoreHistory).where(eq(scoreHistory.playerId, playerB)),
    }));
    expect(result).toEqual({ conversations: [], messages: [], history: [] });

    const own = await withPlayerOn(t.db, USER_B, (tx) =>
      tx.select({ content: messages.content }).from(messages),
    );
    expect(own).toEqual([{ content: "a secret only Blake may read" }]);
  });

  it("cannot change another player's settings", async () => {
    const updated = await withPlayerOn(t.db, USER_A, (tx) =>
      tx.update(players).set({ timezone: "Europe/Berlin" }).where(eq(players.id, playerB)).returning(),
    );
    expect(updated).toEqual([]);
    const [b] = await t.db
      .select({ timezone: players.timezone })
      .from(players)
      .where(eq(players.id, playerB));
    expect(b?.timezone).toBe("UTC");
  });

  it("may change its own settings but never its own score", async () => {
    await withPlayerOn(t.db, USER_A, (tx) =>
      tx.update(players).set({ timezone: "Europe/Berlin" }).where(eq(players.id, playerA)),
    );
    await expect(
      withPlayerOn(t.db, USER_A, (tx) =>
        tx.update(players).set({ relationshipScore: 100 }).where(eq(players.id, playerA)),
      ),
    ).rejects.toThrow();
    const [a] = await t.db
      .select({ timezone: players.timezone, score: players.relationshipScore })
      .from(players)
      .where(eq(players.id, playerA));
    expect(a).toEqual({ timezone: "Europe/Berlin", score: 50 });
  });

  it("cannot delete or insert another player's rows", async () => {
    await expect(
      withPlayerOn(t.db, USER_A, (tx) => tx.delete(messages).where(eq(messages.playerId, playerB))),
    ).rejects.toThrow();
    await expect(
      withPlayerOn(t.db, USER_A, (tx) =>
        tx
          .insert(messages)
          .values({ playerId: playerB, conversationId: conversationB, role: "player", content: "x" }),
      ),
    ).rejects.toThrow();
    const [row] = await queryRows<{ count: number }>(t.db, sql`select count(*)::int as count from messages`);
    expect(row?.count).toBe(1);
  });

  it("sees nothing of operational tables", async () => {
    await expect(
      withPlayerOn(t.db, USER_A, (tx) => tx.execute(sql`select * from llm_calls`)),
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/permission denied/) } });
  });
});
