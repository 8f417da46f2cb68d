// The one behaviour every memory store must show, run against each real store (Postgres on
// PGlite and on a server, Neo4j when NEO4J_URI is set): what she remembers, what a
// contradiction does to history, what she can find from a player's question, and that a
// deleted account leaves nothing behind.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MemoryStore } from "./types";

export type ContractHarness = {
  store: MemoryStore;
  /** A player the store may hold memory for (the Postgres store needs a players row). */
  newPlayer(): Promise<string>;
  close(): Promise<void>;
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A fixed past moment, so facts' times are explicit and recency is measurable. */
const T0 = new Date(Date.now() - 30 * DAY);
const at = (offsetMs: number) => new Date(T0.getTime() + offsetMs);

const fact = (
  subject: string,
  predicate: string,
  object: string,
  extra: {
    about?: "user" | "nikita" | "relationship";
    confidence?: number;
    validAt?: Date;
    sourceMessageId?: number;
  } = {},
) => ({
  subject,
  predicate,
  object,
  about: extra.about ?? "user",
  confidence: extra.confidence ?? 0.8,
  ...extra,
});

export function describeMemoryStoreContract(name: string, open: () => Promise<ContractHarness>): void {
  describe(`memory store contract: ${name}`, () => {
    let h: ContractHarness;
    let store: MemoryStore;

    beforeAll(async () => {
      h = await open();
      store = h.store;
    }, 120_000);
    afterAll(async () => h?.close());

    it("finds a remembered fact from the words of a question", async () => {
      const player = await h.newPlayer();
      await store.addFacts({
        playerId: player,
        facts: [
          fact("user", "has a dog named", "Rex", { sourceMessageId: 42 }),
          fact("user", "works as", "nurse"),
        ],
        now: at(0),
      });
      const hits = await store.search({ playerId: player, query: "what's my dog called again?" });
      expect(hits.map((h) => h.object)).toEqual(["Rex"]);
      expect(hits[0]).toMatchObject({
        about: "user",
        subject: "user",
        predicate: "has a dog named",
        sourceMessageId: 42,
      });
      expect(hits[0]?.invalidAt).toBeNull();
    });

    it("finds facts from the first letters of a word and from inside a word", async () => {
      const player = await h.newPlayer();
      await store.addFacts({
        playerId: player,
        facts: [fact("user", "loves", "jazz"), fact("user", "listens to", "punk")],
        now: at(0),
      });
      expect((await store.search({ playerId: player, query: "ja" })).map((f) => f.object)).toEqual(["jazz"]);
      expect((await store.search({ playerId: player, query: "p" })).map((f) => f.object)).toEqual(["punk"]);
      expect((await store.search({ playerId: player, query: "azz" })).map((f) => f.object)).toEqual(["jazz"]);
      expect(await store.search({ playerId: player, query: "opera" })).toEqual([]);
    });

    it("keeps one row when a fact is restated, with the higher confidence and a fresh time", async () => {
      const player = await h.newPlayer();
      const [first] = await store.addFacts({
        playerId: player,
        facts: [fact("user", "has a dog named", "Rex", { confidence: 0.6 })],
        now: at(0),
      });
      const again = await store.addFacts({
        playerId: player,
        facts: [
          fact("User", "has dog named", "rex.", { confidence: 0.9 }),
          fact("user", "owns a dog named", "Rex", { confidence: 0.7 }),
        ],
        now: at(DAY),
      });
      expect(again).toEqual([
        { id: first?.id, outcome: "refreshed" },
        { id: first?.id, outcome: "refreshed" },
      ]);
      const other = await store.addFacts({
        playerId: player,
        facts: [fact("user", "neighbour has a dog named", "Rex")],
        now: at(DAY),
      });
      expect(other.map((w) => w.outcome)).toEqual(["created"]);
      const all = await store.listFacts({ playerId: player, include: "all" });
      expect(all.map((f) => f.predicate).sort()).toEqual(["has a dog named", "neighbour has a dog named"]);
      const rex = all.find((f) => f.id === first?.id);
      expect(rex?.confidence).toBeCloseTo(0.9, 5);
      expect(rex?.updatedAt).toEqual(at(DAY));
      expect(rex?.validAt).toEqual(at(0));
    });

    it("closes a contradicted fact, keeps it as history and answers with the new one", async () => {
      const player = await h.newPlayer();
      const [berlin] = await store.addFacts({
        playerId: player,
        facts: [fact("user", "lives in", "Berlin")],
        now: at(0),
      });
      const [hamburg] = await store.addFacts({
        playerId: player,
        facts: [fact("user", "lives in", "Hamburg")],
        now: at(10 * DAY),
      });
      expect(hamburg?.outcome).toBe("superseded");

      expect(
        (await store.search({ playerId: player, query: "where do I live" })).map((f) => f.object),
      ).toEqual(["Hamburg"]);
      const history = await store.listFacts({ playerId: player, include: "all" });
      expect(history.map((f) => [f.object, f.invalidAt, f.supersededBy])).toEqual([
        ["Hamburg", null, null],
        ["Berlin", at(10 * DAY), hamburg?.id],
      ]);
      expect(history[1]?.id).toBe(berlin?.id);
      expect((await store.listFacts({ playerId: player })).map((f) => f.object)).toEqual(["Hamburg"]);

      const before = await store.search({ playerId: player, query: "live", asOf: at(5 * DAY) });
      expect(before.map((f) => f.object)).toEqual(["Berlin"]);
      const beforeAnything = await store.search({ playerId: player, query: "live", asOf: at(-DAY) });
      expect(beforeAnything).toEqual([]);
    });

    it("stores an older contradiction as history without replacing the current fact", async () => {
      const player = await h.newPlayer();
      const [current] = await store.addFacts({
        playerId: player,
        facts: [fact("user", "works as", "nurse")],
        now: at(5 * DAY),
      });
      const [late] = await store.addFacts({
        playerId: player,
        facts: [fact("user", "works as", "barista", { validAt: at(0) })],
        now: at(6 * DAY),
      });
      expect(late?.outcome).toBe("historical");
      expect((await store.listFacts({ playerId: player })).map((f) => f.object)).toEqual(["nurse"]);
      const asThen = await store.search({ playerId: player, query: "work", asOf: at(DAY) });
      expect(asThen.map((f) => [f.object, f.supersededBy])).toEqual([["barista", current?.id]]);
    });

    it("lets a later fact in the same batch supersede an earlier one", async () => {
      const player = await h.newPlayer();
      const writes = await store.addFacts({
        playerId: player,
        facts: [fact("user", "favourite colour is", "green"), fact("user", "favourite colour is", "red")],
        now: at(0),
      });
      expect(writes.map((w) => w.outcome)).toEqual(["created", "superseded"]);
      expect((await store.listFacts({ playerId: player })).map((f) => f.object)).toEqual(["red"]);
    });

    it("keeps facts about her, about him and about them apart", async () => {
      const player = await h.newPlayer();
      const writes = await store.addFacts({
        playerId: player,
        facts: [
          fact("user", "likes", "techno"),
          fact("nikita", "likes", "techno", { about: "nikita" }),
          fact("us", "first date at", "Berghain", { about: "relationship" }),
        ],
        now: at(0),
      });
      expect(writes.map((w) => w.outcome)).toEqual(["created", "created", "created"]);
      const hers = await store.search({ playerId: player, query: "techno", about: "nikita" });
      expect(hers.map((f) => f.about)).toEqual(["nikita"]);
      const ours = await store.listFacts({ playerId: player, about: "relationship" });
      expect(ours.map((f) => f.object)).toEqual(["Berghain"]);
    });

    it("ranks the better match and the more recently confirmed fact first", async () => {
      const player = await h.newPlayer();
      await store.addFacts({
        playerId: player,
        facts: [fact("user", "sister lives in", "Munich"), fact("user", "sister studies", "medicine")],
        now: at(0),
      });
      await store.addFacts({
        playerId: player,
        facts: [fact("user", "brother lives in", "Munich")],
        now: at(20 * DAY),
      });

      const brother = await store.search({ playerId: player, query: "brother munich" });
      expect(brother[0]?.subject + brother[0]!.predicate).toBe("userbrother lives in");
      const munich = await store.search({ playerId: player, query: "munich" });
      expect(munich.map((f) => f.predicate)).toEqual(["brother lives in", "sister lives in"]);
      expect(munich[0]!.score).toBeGreaterThan(munich[1]!.score);
    });

    it("returns the most recently confirmed facts for an empty query, up to the limit", async () => {
      const player = await h.newPlayer();
      for (let i = 0; i < 5; i += 1) {
        await store.addFacts({
          playerId: player,
          facts: [fact("user", `hobby ${i} is`, `thing${i}`)],
          now: at(i * HOUR),
        });
      }
      const recent = await store.search({ playerId: player, query: "", limit: 3 });
      expect(recent.map((f) => f.object)).toEqual(["thing4", "thing3", "thing2"]);
    });

    it("never shows one player's memory to another", async () => {
      const alex = await h.newPlayer();
      const blake = await h.newPlayer();
      await store.addFacts({
        playerId: alex,
        facts: [fact("user", "secret crush on", "Nikita")],
        now: at(0),
      });
      await store.addEpisode({ playerId: alex, summary: "Alex confessed a crush", occurredAt: at(0) });
      expect(await store.search({ playerId: blake, query: "crush" })).toEqual([]);
      expect(await store.search({ playerId: blake, query: "" })).toEqual([]);
      expect(await store.listFacts({ playerId: blake, include: "all" })).toEqual([]);
      expect(await store.listEpisodes(blake)).toEqual([]);
    });

    it("lists episodes newest first", async () => {
      const player = await h.newPlayer();
      await store.addEpisode({
        playerId: player,
        summary: "First chat: he  asked about Berlin",
        occurredAt: at(0),
      });
      const second = await store.addEpisode({
        playerId: player,
        summary: "Talked about work",
        occurredAt: at(DAY),
      });
      expect(second).toMatchObject({ playerId: player, summary: "Talked about work", occurredAt: at(DAY) });
      const episodes = await store.listEpisodes(player);
      expect(episodes.map((e) => e.summary)).toEqual([
        "Talked about work",
        "First chat: he asked about Berlin",
      ]);
    });

    it("links facts to the player's own episode only", async () => {
      const player = await h.newPlayer();
      const stranger = await h.newPlayer();
      const episode = await store.addEpisode({
        playerId: player,
        summary: "talked about pets",
        occurredAt: at(0),
      });
      const theirs = await store.addEpisode({ playerId: stranger, summary: "their chat", occurredAt: at(0) });
      await store.addFacts({
        playerId: player,
        episodeId: episode.id,
        facts: [fact("user", "has a cat named", "Mochi")],
      });
      await store.addFacts({
        playerId: player,
        episodeId: theirs.id,
        facts: [fact("user", "has a parrot named", "Kiwi")],
      });
      const facts = await store.listFacts({ playerId: player });
      expect(Object.fromEntries(facts.map((f) => [f.object, f.episodeId]))).toEqual({
        Mochi: episode.id,
        Kiwi: null,
      });
    });

    it("forgets everything about a deleted player and nothing about anyone else", async () => {
      const leaving = await h.newPlayer();
      const staying = await h.newPlayer();
      for (const player of [leaving, staying]) {
        await store.addEpisode({ playerId: player, summary: "a chat", occurredAt: at(0) });
        await store.addFacts({
          playerId: player,
          facts: [fact("user", "lives in", "Berlin"), fact("user", "lives in", "Paris")],
          now: at(0),
        });
      }
      expect(await store.deletePlayer(leaving)).toEqual({ facts: 2, episodes: 1 });
      expect(await store.listFacts({ playerId: leaving, include: "all" })).toEqual([]);
      expect(await store.listEpisodes(leaving)).toEqual([]);
      expect(await store.search({ playerId: leaving, query: "Paris" })).toEqual([]);
      expect(await store.listFacts({ playerId: staying, include: "all" })).toHaveLength(2);
      expect(await store.deletePlayer(leaving)).toEqual({ facts: 0, episodes: 0 });
    });

    it("rejects malformed facts before storing anything", async () => {
      const player = await h.newPlayer();
      await expect(
        store.addFacts({
          playerId: player,
          facts: [fact("user", "likes", "cats"), fact("user", "likes", "dogs", { confidence: 1.5 })],
        }),
      ).rejects.toThrow();
      await expect(
        store.addFacts({
          playerId: player,
          facts: [{ ...fact("user", "likes", "cats"), about: "neighbour" as "user" }],
        }),
      ).rejects.toThrow();
      await expect(store.search({ playerId: "not-a-uuid", query: "x" })).rejects.toThrow();
      expect(await store.listFacts({ playerId: player, include: "all" })).toEqual([]);
    });
  });
}
