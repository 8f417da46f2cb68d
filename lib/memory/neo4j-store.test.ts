// The Neo4j memory store against a real Neo4j server. It needs one, so it runs only when
// NEO4J_URI (with NEO4J_USER / NEO4J_PASSWORD) is set — e.g. in CI with a Neo4j 5 service;
// the outage behaviour without a server is covered by resilient-store.test.ts.
import { randomUUID } from "node:crypto";
import { describe } from "vitest";
import { env } from "@/lib/env";
import { describeMemoryStoreContract } from "./contract";
import { createNeo4jDriver } from "./neo4j-driver";
import { createNeo4jMemoryStore } from "./neo4j-store";

describe.runIf(Boolean(env.NEO4J_URI))("neo4j memory store", () => {
  describeMemoryStoreContract("neo4j", async () => {
    const driver = createNeo4jDriver({
      uri: env.NEO4J_URI ?? "",
      user: env.NEO4J_USER,
      password: env.NEO4J_PASSWORD ?? "",
    });
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
  });
});
