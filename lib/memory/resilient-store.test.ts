// A Neo4j outage must not cost the player her reply or her memory: with Neo4j unreachable
// (a closed port, or a server that accepts connections and never answers) the resilient store
// answers from Postgres within its timeout, stops waiting on Neo4j for a cooldown, comes back
// to Neo4j when it recovers, and /api/health's memory line says `degraded`.
import net from "node:net";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDatabaseForProcess } from "@/db";
import { players } from "@/db/schema";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-db";
import { isAppError } from "@/lib/errors";
import { checkHealth } from "@/lib/observability/health";
import { registerMemoryHealth } from "./health";
import { createNeo4jDriver } from "./neo4j-driver";
import { createNeo4jMemoryStore } from "./neo4j-store";
import { createPostgresMemoryStore } from "./postgres-store";
import { resilientMemoryStore } from "./resilient-store";
import type { MemoryStore } from "./types";

const TIMEOUT_MS = 800;
/** Scheduling slack on a loaded CI machine on top of the timeout. */
const SLACK_MS = 700;

const jazz = { subject: "user", predicate: "loves", object: "jazz", about: "user" as const, confidence: 0.9 };

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await run();
  return { value, ms: performance.now() - started };
}

async function newPlayer(t: TestDatabase): Promise<string> {
  const [row] = await t.db.insert(players).values({ status: "active" }).returning({ id: players.id });
  if (!row) throw new Error("no player");
  return row.id;
}

describe("memory during a Neo4j outage", () => {
  let t: TestDatabase;
  let blackHole: net.Server;
  const sockets: net.Socket[] = [];
  const drivers: Driver[] = [];

  beforeAll(async () => {
    t = await createTestDatabase("pglite");
    setDatabaseForProcess(t);
    blackHole = net.createServer((socket) => {
      sockets.push(socket);
    });
    await new Promise<void>((resolve) => blackHole.listen(0, "127.0.0.1", resolve));
  }, 120_000);

  afterAll(async () => {
    setDatabaseForProcess(undefined);
    for (const s of sockets) s.destroy();
    await new Promise((resolve) => blackHole?.close(resolve));
    await Promise.all(drivers.map((d) => d.close()));
    await t?.close();
  });

  const neo4jAt = (uri: string) => {
    const driver = createNeo4jDriver({ uri, user: "neo4j", password: "not-a-real-password" });
    drivers.push(driver);
    return { driver, store: createNeo4jMemoryStore(driver) };
  };

  it.each([
    ["a closed port", () => "bolt://127.0.0.1:1"],
    [
      "a server that never answers",
      () => `bolt://127.0.0.1:${(blackHole.address() as net.AddressInfo).port}`,
    ],
  ])("answers from Postgres within the timeout when Neo4j is %s", async (_name, uri) => {
    const { store: neo4j } = neo4jAt(uri());
    const postgres = createPostgresMemoryStore(t.db);
    const memory = resilientMemoryStore(neo4j, postgres, { timeoutMs: TIMEOUT_MS });
    const player = await newPlayer(t);

    const write = await timed(() => memory.addFacts({ playerId: player, facts: [jazz] }));
    expect(write.value.map((w) => w.outcome)).toEqual(["created"]);
    expect(write.ms).toBeLessThan(TIMEOUT_MS + SLACK_MS);
    expect(memory.primaryStatus().healthy).toBe(false);

    // Cooling down: the next call does not wait on Neo4j at all.
    const search = await timed(() => memory.search({ playerId: player, query: "jazz" }));
    expect(search.value.map((f) => f.object)).toEqual(["jazz"]);
    expect(search.ms).toBeLessThan(TIMEOUT_MS / 2);

    // The fact really is in Postgres.
    expect((await postgres.listFacts({ playerId: player })).map((f) => f.object)).toEqual(["jazz"]);
  });

  it("reports memory as degraded in health while Neo4j is unreachable", async () => {
    const { driver } = neo4jAt("bolt://127.0.0.1:1");
    registerMemoryHealth({ mode: "neo4j", embeddings: "none", timeoutMs: TIMEOUT_MS, driver: () => driver });
    const report = await checkHealth();
    expect(report.components.memory).toMatchObject({ status: "degraded", mode: "neo4j" });
    expect(report.components.database?.status).toBe("healthy");
    expect(report.status).toBe("degraded");

    registerMemoryHealth({ mode: "postgres", embeddings: "none", timeoutMs: TIMEOUT_MS });
    expect((await checkHealth()).components.memory).toMatchObject({ status: "healthy", mode: "postgres" });
  });

  it("refuses to report a deletion done while Neo4j may still hold the player's memory", async () => {
    const { store: neo4j } = neo4jAt("bolt://127.0.0.1:1");
    const postgres = createPostgresMemoryStore(t.db);
    const memory = resilientMemoryStore(neo4j, postgres, { timeoutMs: TIMEOUT_MS });
    const player = await newPlayer(t);
    await memory.addFacts({ playerId: player, facts: [jazz] });

    const failure = await memory.deletePlayer(player).catch((error: unknown) => error);
    expect(isAppError(failure) && failure.code).toBe("unavailable:memory");
    expect(await postgres.listFacts({ playerId: player, include: "all" })).toEqual([]);
  });

  it("goes back to the primary once it recovers and the cooldown has passed", async () => {
    const primaryDb = await createTestDatabase("pglite");
    try {
      const real = createPostgresMemoryStore(primaryDb.db);
      let isDown = true;
      const flaky: MemoryStore = {
        ...real,
        kind: "flaky",
        addFacts: (input) =>
          isDown ? Promise.reject(new Error("connection refused")) : real.addFacts(input),
      };
      let now = 0;
      const fallback = createPostgresMemoryStore(t.db);
      const memory = resilientMemoryStore(flaky, fallback, {
        timeoutMs: TIMEOUT_MS,
        cooldownMs: 10_000,
        clock: () => now,
      });
      const player = await newPlayer(t);
      const [inPrimary] = await primaryDb.db
        .insert(players)
        .values({ id: player, status: "active" })
        .returning();
      expect(inPrimary?.id).toBe(player);

      await memory.addFacts({ playerId: player, facts: [jazz] });
      expect(memory.primaryStatus().healthy).toBe(false);
      isDown = false;
      now = 5_000;
      await memory.addFacts({ playerId: player, facts: [{ ...jazz, object: "techno" }] });
      expect(await real.listFacts({ playerId: player })).toEqual([]);

      now = 11_000;
      await memory.addFacts({ playerId: player, facts: [{ ...jazz, object: "opera" }] });
      expect(memory.primaryStatus().healthy).toBe(true);
      expect((await real.listFacts({ playerId: player })).map((f) => f.object)).toEqual(["opera"]);
      expect((await fallback.listFacts({ playerId: player })).map((f) => f.object)).toEqual(["techno"]);
    } finally {
      await primaryDb.close();
    }
  });

  it("rejects malformed input instead of blaming the primary", async () => {
    const { store: neo4j } = neo4jAt("bolt://127.0.0.1:1");
    const memory = resilientMemoryStore(neo4j, createPostgresMemoryStore(t.db), { timeoutMs: TIMEOUT_MS });
    await expect(memory.search({ playerId: "nope", query: "x" })).rejects.toThrow();
    expect(memory.primaryStatus().healthy).toBe(true);
  });
});
