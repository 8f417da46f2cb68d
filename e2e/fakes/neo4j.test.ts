// The fake Neo4j server driven by the real neo4j-driver: Bolt handshake and authentication,
// refusal of statements it does not implement, atomic transactions (ROLLBACK and a dropped
// connection leave nothing), the entity write lock that queues a second writer, PackStream
// integers coming back as Neo4j integers, and the store's schema bootstrap.
import { randomUUID } from "node:crypto";
import neo4j, { type Driver, Neo4jError } from "neo4j-driver";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as Q from "@/lib/memory/neo4j-cypher";
import { ensureNeo4jSchema, SCHEMA_STATEMENTS } from "@/lib/memory/neo4j-schema";
import { type FakeNeo4j, startFakeNeo4j } from "./neo4j";

/** Long enough that a RUN the lock did not hold back would have answered by then. */
const LOCK_WAIT_PROBE_MS = 300;

const DAY = 86_400_000;

function factParams(playerId: string, object: string, expectedCurrent: string[] = []) {
  const id = randomUUID();
  const now = neo4j.int(Date.now());
  return {
    playerId,
    about: "user",
    subjectKey: "user",
    predicateKey: "lives in",
    objectKey: object.toLowerCase(),
    subject: "user",
    object,
    now,
    validAt: now,
    expectedCurrent,
    closeCurrent: expectedCurrent.length > 0,
    episodeId: null,
    props: {
      id,
      playerId,
      about: "user",
      subject: "user",
      predicate: "lives in",
      object,
      subjectKey: "user",
      predicateKey: "lives in",
      objectKey: object.toLowerCase(),
      confidence: 0.8,
      validAt: now,
      createdAt: now,
      updatedAt: now,
    },
  };
}

const episodeParams = (playerId: string, summary: string) => ({
  id: randomUUID(),
  playerId,
  conversationId: null,
  summary,
  occurredAt: neo4j.int(Date.now() - DAY),
  now: neo4j.int(Date.now()),
});

describe("fake Neo4j server", () => {
  let fake: FakeNeo4j;
  let driver: Driver;
  const drivers: Driver[] = [];
  const connect = (password = fake.password, lossless = false) => {
    const d = neo4j.driver(fake.url, neo4j.auth.basic(fake.user, password), {
      disableLosslessIntegers: !lossless,
      connectionTimeout: 2_000,
      maxTransactionRetryTime: 0,
    });
    drivers.push(d);
    return d;
  };
  const episodes = async (playerId: string) =>
    (await driver.executeQuery(Q.LIST_EPISODES, { playerId })).records.map((r) => r.get("episode").summary);

  beforeAll(async () => {
    fake = await startFakeNeo4j();
    driver = connect();
    await ensureNeo4jSchema(driver);
  });
  afterEach(() => fake.setDown(false));
  afterAll(async () => {
    await Promise.all(drivers.map((d) => d.close()));
    await fake?.close();
  });

  it("shakes hands as a Neo4j 5 server and accepts the configured credentials", async () => {
    const info = await driver.getServerInfo();
    expect(info.agent).toMatch(/^Neo4j\/5\./);
    expect(String(info.protocolVersion)).toBe("5.4");
    const { records } = await driver.executeQuery(Q.PING);
    expect(records[0]?.get("ok")).toBe(1);
  });

  it("refuses a wrong password with Neo4j's Unauthorized error", async () => {
    const failure = await connect("wrong-password")
      .verifyConnectivity()
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Neo4jError);
    expect((failure as Neo4jError).code).toBe("Neo.ClientError.Security.Unauthorized");
  });

  it("rejects a statement it does not implement with a SyntaxError naming the fake", async () => {
    const failure = await driver.executeQuery("MATCH (n) RETURN n").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Neo4jError);
    expect((failure as Neo4jError).code).toBe("Neo.ClientError.Statement.SyntaxError");
    expect((failure as Neo4jError).message).toContain("fake Neo4j server does not know this statement");
    // The connection recovers (RESET) and serves the next query.
    expect((await driver.executeQuery(Q.PING)).records).toHaveLength(1);
  });

  it("creates the store's schema and records every statement it ran", async () => {
    expect(fake.schema().sort()).toEqual(
      SCHEMA_STATEMENTS.map((s) => /(?:CONSTRAINT|INDEX) (\w+)/.exec(s)?.[1]).sort(),
    );
    await ensureNeo4jSchema(driver);
    const queries = fake.statements.map((s) => s.query);
    expect(queries).toContain(SCHEMA_STATEMENTS[6]);
    expect(queries.some((q) => q.startsWith("CALL db.awaitIndexes("))).toBe(true);
  });

  it("discards a rolled-back transaction and applies a committed one atomically", async () => {
    const player = randomUUID();
    const session = driver.session();
    try {
      const rolledBack = await session.beginTransaction();
      await rolledBack.run(Q.CREATE_EPISODE, episodeParams(player, "never happened"));
      const inside = await rolledBack.run(Q.LIST_EPISODES, { playerId: player });
      expect(inside.records).toHaveLength(1);
      await rolledBack.rollback();
      expect(await episodes(player)).toEqual([]);

      const committed = await session.beginTransaction();
      await committed.run(Q.CREATE_EPISODE, episodeParams(player, "first"));
      await committed.run(Q.CREATE_EPISODE, episodeParams(player, "second"));
      expect(await episodes(player)).toEqual([]); // not visible to others before COMMIT
      await committed.commit();
      expect((await episodes(player)).sort()).toEqual(["first", "second"]);
    } finally {
      await session.close();
    }
  });

  it("makes a second writer of the same entity wait for the first one's commit", async () => {
    const player = randomUUID();
    const session = driver.session();
    try {
      const first = await session.beginTransaction();
      await first.run(Q.CREATE_FACT, factParams(player, "Berlin"));
      expect(fake.isEntityLocked(player, "user", "user")).toBe(true);

      // Decided before the first commit that nothing is current: must not win.
      let isAnswered = false;
      const second = driver.executeQuery(Q.CREATE_FACT, factParams(player, "Paris")).then((result) => {
        isAnswered = true;
        return result;
      });
      await new Promise((resolve) => setTimeout(resolve, LOCK_WAIT_PROBE_MS));
      expect(isAnswered).toBe(false);

      await first.commit();
      expect((await second).records).toEqual([]); // the optimistic check saw Berlin
      const facts = await driver.executeQuery(Q.LIST_FACTS, {
        playerId: player,
        includeAll: true,
        about: null,
      });
      expect(facts.records.map((r) => r.get("fact").object)).toEqual(["Berlin"]);
      expect(fake.isEntityLocked(player, "user", "user")).toBe(false);
    } finally {
      await session.close();
    }
  });

  it("forgets an open transaction's writes and frees its locks when the connection drops", async () => {
    const player = randomUUID();
    const other = connect();
    const session = other.session();
    const tx = await session.beginTransaction();
    await tx.run(Q.CREATE_FACT, factParams(player, "Rome"));
    expect(fake.isEntityLocked(player, "user", "user")).toBe(true);

    fake.dropConnections();
    await expect(tx.commit()).rejects.toThrow();
    await session.close().catch(() => undefined);
    expect(fake.isEntityLocked(player, "user", "user")).toBe(false);
    const facts = await driver.executeQuery(Q.LIST_FACTS, {
      playerId: player,
      includeAll: true,
      about: null,
    });
    expect(facts.records).toEqual([]);
  });

  it("returns integers as PackStream INTs and fractions as floats", async () => {
    const player = randomUUID();
    const params = factParams(player, "Oslo");
    await driver.executeQuery(Q.CREATE_FACT, params);
    const lossless = connect(fake.password, true);
    const { records } = await lossless.executeQuery(Q.LIST_FACTS, {
      playerId: player,
      includeAll: true,
      about: null,
    });
    const fact = records[0]?.get("fact");
    expect(neo4j.isInt(fact.validAt)).toBe(true);
    expect(fact.validAt.toString()).toBe(params.now.toString());
    expect(fact.confidence).toBe(0.8);
    const counts = await lossless.executeQuery(Q.DELETE_PLAYER, { playerId: player });
    expect(counts.records[0]?.get("facts").toNumber()).toBe(1);
  });

  it("stops answering while down and serves again once up", async () => {
    fake.setDown(true);
    const down = connect();
    const failure = await Promise.race([
      down.executeQuery(Q.PING).then(() => "answered"),
      new Promise((resolve) => setTimeout(() => resolve("no answer"), LOCK_WAIT_PROBE_MS)),
    ]);
    expect(failure).toBe("no answer");
    fake.setDown(false);
    expect((await connect().executeQuery(Q.PING)).records[0]?.get("ok")).toBe(1);
  });
});
