// The helpers the message pipeline uses, on a real database: facts from an analysis are
// remembered with their source message, recalled as short lines for her prompt, and
// forgotten with the account. A broken store costs her the memory, not the reply.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conversations, messages, players } from "@/db/schema";
import { createTestDatabase, type TestDatabase, testDrivers } from "@/db/testing/test-db";
import { analysisSchema } from "@/lib/engine/analysis";
import { forgetPlayer } from "./forget-player";
import { createPostgresMemoryStore } from "./postgres-store";
import { factLine, recallForPrompt } from "./recall-for-prompt";
import { rememberFacts } from "./remember-facts";
import type { MemoryStore } from "./types";

const analysis = analysisSchema.parse({
  deltas: { intimacy: 1, passion: 0, trust: 1, secureness: 0 },
  confidence: 0.8,
  explanation: "shared something personal",
  facts: [
    { subject: "user", predicate: "has a dog named", object: "Rex", about: "user", confidence: 0.9 },
    { subject: "sister", predicate: "lives in", object: "Munich", about: "user", confidence: 0.7 },
    {
      subject: "first date",
      predicate: "was at",
      object: "Berghain",
      about: "relationship",
      confidence: 0.8,
    },
  ],
});

describe.each(testDrivers())("memory helpers on %s", (driver) => {
  let t: TestDatabase;
  let store: MemoryStore;
  let player: string;
  let messageId: number;

  beforeAll(async () => {
    t = await createTestDatabase(driver);
    store = createPostgresMemoryStore(t.db);
    const [p] = await t.db
      .insert(players)
      .values({ status: "active", name: "Sam" })
      .returning({ id: players.id });
    player = p!.id;
    const [c] = await t.db
      .insert(conversations)
      .values({ playerId: player, platform: "web" })
      .returning({ id: conversations.id });
    const [m] = await t.db
      .insert(messages)
      .values({ playerId: player, conversationId: c!.id, role: "player", content: "my dog Rex..." })
      .returning({ id: messages.id });
    messageId = m!.id;
  }, 120_000);
  afterAll(async () => t?.close());

  it("remembers an analysis's facts with the message they came from, and recalls them as lines", async () => {
    const now = new Date();
    const writes = await rememberFacts(store, {
      playerId: player,
      facts: analysis.facts,
      sourceMessageId: messageId,
      now,
    });
    expect(writes.map((w) => w.outcome)).toEqual(["created", "created", "created"]);
    const stored = await store.listFacts({ playerId: player });
    expect(
      stored.every((f) => f.sourceMessageId === messageId && f.validAt.getTime() === now.getTime()),
    ).toBe(true);

    expect(await recallForPrompt(store, { playerId: player, query: "how is your dog doing?" })).toEqual([
      "He has a dog named Rex",
    ]);
    expect(await recallForPrompt(store, { playerId: player, query: "remember our first date?" })).toEqual([
      "Your first date was at Berghain",
    ]);
    const everything = await recallForPrompt(store, { playerId: player, query: "", limit: 10 });
    expect(everything).toHaveLength(3);
    expect(everything).toContain("His sister lives in Munich");
  });

  it("does nothing for an analysis without facts", async () => {
    expect(
      await rememberFacts(store, { playerId: player, facts: [], sourceMessageId: null, now: new Date() }),
    ).toEqual([]);
  });

  it("answers without memory when the store fails", async () => {
    const broken: MemoryStore = { ...store, search: () => Promise.reject(new Error("connection reset")) };
    expect(await recallForPrompt(broken, { playerId: player, query: "dog" })).toEqual([]);
  });

  it("forgets the player's memory with the account", async () => {
    expect(await forgetPlayer(store, player)).toEqual({ facts: 3, episodes: 0 });
    expect(await recallForPrompt(store, { playerId: player, query: "" })).toEqual([]);
  });
});

describe("factLine", () => {
  it.each([
    [{ about: "user", subject: "User", predicate: "works as", object: "a nurse" }, "He works as a nurse"],
    [{ about: "user", subject: "mother", predicate: "is from", object: "Lyon" }, "His mother is from Lyon"],
    [
      { about: "nikita", subject: "Nikita", predicate: "hates", object: "small talk" },
      "Nikita hates small talk",
    ],
    [
      { about: "relationship", subject: "we", predicate: "joke about", object: "pineapple pizza" },
      "You two joke about pineapple pizza",
    ],
  ] as const)("%o → %j", (fact, line) => expect(factLine(fact)).toBe(line));

  it("keeps a long fact to one short line", () => {
    const line = factLine({ about: "user", subject: "user", predicate: "said", object: "x".repeat(500) });
    expect(line.length).toBeLessThanOrEqual(200);
  });
});
