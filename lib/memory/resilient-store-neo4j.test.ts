// The resilient store with the real neo4j-driver against the fake Bolt server: while Neo4j
// answers, memory lives there; when it goes down (connections dropped, new ones never
// answered) the player's facts go to Postgres within the timeout and health says `degraded`;
// once Neo4j is back and the cooldown has passed, memory goes to Neo4j again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDatabaseForProcess } from "@/db";
import { players } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-db";
import { type FakeNeo4j, startFakeNeo4j } from "@/e2e/fakes/neo4j";
import { checkHealth } from "@/lib/observability/health";
import { registerMemoryHealth } from "./health";
import { createNeo4jDriver } from "./neo4j-driver";
import { createNeo4jMemoryStore } from "./neo4j-store";
import { createPostgresMemoryStore } from "./postgres-store";
import { resilientMemoryStore } from "./resilient-store";

const TIMEOUT_MS = 1_500;
/** Scheduling slack on a loaded CI machine on top of the timeout. */
const SLACK_MS = 700;
const COOLDOWN_MS = 10_000;

const fact = (predicate: string, object: string) => ({
  subject: "user",
  predicate,
  object,
  about: "user" as const,
  confidence: 0.9,
});

describe("memory with the real driver when the fake Neo4j goes down and comes back", () => {
  let t: TestDatabase;
  let fake: FakeNeo4j;

  beforeAll(async () => {
    t = await createTestDatabase("pglite");
    setDatabaseForProcess(t);
    fake = await startFakeNeo4j();
  }, 120_000);

  afterAll(async () => {
    registerMemoryHealth({ mode: "postgres", embeddings: "none", timeoutMs: TIMEOUT_MS });
    setDatabaseForProcess(undefined);
    await fake?.close();
    await t?.close();
  });

  it("writes to Neo4j while up, to Postgres while down, and to Neo4j again after the cooldown", async () => {
    const driver = createNeo4jDriver({ uri: fake.url, user: fake.user, password: fake.password });
    registerMemoryHealth({ mode: "neo4j", embeddings: "none", timeoutMs: TIMEOUT_MS, driver: () => driver });
    const neo4j = createNeo4jMemoryStore(driver);
    const postgres = createPostgresMemoryStore(t.db);
    let now = 0;
    const memory = resilientMemoryStore(neo4j, postgres, {
      timeoutMs: TIMEOUT_MS,
      cooldownMs: COOLDOWN_MS,
      clock: () => now,
    });
    const [row] = await t.db.insert(players).values({ status: "active" }).returning({ id: players.id });
    const player = row?.id ?? "";
    try {
      await memory.addFacts({ playerId: player, facts: [fact("loves", "jazz")] });
      expect((await neo4j.listFacts({ playerId: player })).map((f) => f.object)).toEqual(["jazz"]);
      expect((await checkHealth()).components.memory).toMatchObject({ status: "healthy", mode: "neo4j" });

      fake.setDown(true);
      const started = performance.now();
      const [during] = await memory.addFacts({ playerId: player, facts: [fact("dances to", "techno")] });
      expect(during?.outcome).toBe("created");
      expect(performance.now() - started).toBeLessThan(TIMEOUT_MS + SLACK_MS);
      expect(memory.primaryStatus().healthy).toBe(false);
      expect((await postgres.listFacts({ playerId: player })).map((f) => f.object)).toEqual(["techno"]);
      expect((await checkHealth()).components.memory).toMatchObject({ status: "degraded", mode: "neo4j" });

      fake.setDown(false);
      now = COOLDOWN_MS + 1;
      await memory.addFacts({ playerId: player, facts: [fact("sings", "opera")] });
      expect(memory.primaryStatus().healthy).toBe(true);
      expect((await neo4j.listFacts({ playerId: player })).map((f) => f.object).sort()).toEqual([
        "jazz",
        "opera",
      ]);

      // Deleting reaches both stores: the outage's fact in Postgres and the rest in Neo4j.
      expect(await memory.deletePlayer(player)).toEqual({ facts: 3, episodes: 0 });
    } finally {
      await driver.close();
    }
  }, 30_000);
});
