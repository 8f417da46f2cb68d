// The Neo4j memory store through the real neo4j-driver: always against the fake Bolt server
// (e2e/fakes/neo4j.ts), and also against a real Neo4j when NEO4J_URI (with NEO4J_USER /
// NEO4J_PASSWORD) is set — e.g. in CI with a Neo4j 5 service. Beyond the shared contract:
// concurrent writers of one fact key leave exactly one valid fact, because the subject's
// write lock queues them. Outage behaviour is in resilient-store*.test.ts.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeNeo4j, startFakeNeo4j } from "@/e2e/fakes/neo4j";
import { env } from "@/lib/env";
import { type ContractHarness, describeMemoryStoreContract } from "./contract";
import { createNeo4jDriver, type Neo4jConfig } from "./neo4j-driver";
import { createNeo4jMemoryStore } from "./neo4j-store";

function openStore(config: Neo4jConfig): ContractHarness {
  const driver = createNeo4jDriver(config);
  const store = createNeo4jMemoryStore(driver);
  // Players here exist only in this run: random ids, all forgotten again at the end.
  const created: string[] = [];
  return {
    store,
    newPlayer: async () => {
      const id = randomUUID();
      created.push(id);
      return id;
    },
    close: async () => {
      for (const id of created) await store.deletePlayer(id);
      await driver.close();
    },
  };
}

/** Writers racing on one fact key: the lock and the optimistic check leave one valid fact. */
function describeConcurrentWrites(open: () => Promise<ContractHarness>) {
  it("keeps exactly one current fact when writers of one key race", async () => {
    const h = await open();
    try {
      const player = await h.newPlayer();
      const cities = ["Berlin", "Paris", "Rome"];
      const writes = await Promise.all(
        cities.map((city) =>
          h.store.addFacts({
            playerId: player,
            facts: [{ subject: "user", predicate: "lives in", object: city, about: "user", confidence: 0.8 }],
          }),
        ),
      );
      // One creates the key; the others supersede it or, decided with an earlier time, become history.
      expect(writes.flat().filter((w) => w.outcome === "created")).toHaveLength(1);
      expect(await h.store.listFacts({ playerId: player })).toHaveLength(1);
      const history = await h.store.listFacts({ playerId: player, include: "all" });
      expect(history.map((f) => f.object).sort()).toEqual(cities);
    } finally {
      await h.close();
    }
  });
}

describe("neo4j memory store (fake Bolt server)", () => {
  let fake: FakeNeo4j;
  beforeAll(async () => {
    fake = await startFakeNeo4j();
  });
  afterAll(async () => fake?.close());

  const open = async () => openStore({ uri: fake.url, user: fake.user, password: fake.password });
  describeMemoryStoreContract("neo4j (fake Bolt server)", open);
  describeConcurrentWrites(open);
});

// Registered only with a server to talk to, so a run without one reports nothing skipped.
if (env.NEO4J_URI) {
  describe("neo4j memory store (real server)", () => {
    const open = async () =>
      openStore({ uri: env.NEO4J_URI ?? "", user: env.NEO4J_USER, password: env.NEO4J_PASSWORD ?? "" });
    describeMemoryStoreContract("neo4j", open);
    describeConcurrentWrites(open);
  });
}
