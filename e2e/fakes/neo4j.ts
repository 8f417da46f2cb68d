/**
 * Fake Neo4j server speaking Bolt 5 on a local TCP port, so the memory store's real
 * neo4j-driver code runs in tests without a Neo4j. It is a fake of this store's statements
 * (lib/memory/neo4j-cypher.ts, the schema, PING), not a Cypher engine: anything else fails
 * with Neo.ClientError.Statement.SyntaxError. Transactions are atomic and writers of one
 * entity queue on its lock, as on Neo4j (see neo4j-graph.ts, neo4j-statements.ts).
 *
 *   const neo = await startFakeNeo4j();
 *   const driver = neo4j.driver(neo.url, neo4j.auth.basic(neo.user, neo.password));
 *   neo.setDown(true);      // drops connections; new ones are accepted and never answered
 *   neo.statements;         // every RUN: query text, parameters (ints as bigint), database
 */
import net from "node:net";
import type { ListenOptions } from "./http";
import { BoltConnection, type RecordedStatement } from "./neo4j-bolt";
import { entityLock, Graph, LockTable } from "./neo4j-graph";

export type { RecordedStatement } from "./neo4j-bolt";

export interface FakeNeo4jOptions extends ListenOptions {
  /** Accepted basic-auth user. Default "neo4j". */
  user?: string;
  /** Accepted basic-auth password. Default "fake-neo4j-password". */
  password?: string;
}

export interface FakeNeo4j {
  /** bolt://127.0.0.1:PORT */
  url: string;
  port: number;
  user: string;
  password: string;
  /** Every RUN received, in order. */
  statements: RecordedStatement[];
  /** Forgets all data and recorded statements; the schema (indexes, constraints) stays, as after `MATCH (n) DETACH DELETE n`. */
  reset(): void;
  /** Down: open connections are dropped and new ones hang unanswered; up: normal service. */
  setDown(isDown: boolean): void;
  /** Drops every open connection (the driver sees them die mid-use). */
  dropConnections(): void;
  /** Whether a transaction currently holds the write lock of an entity. */
  isEntityLocked(playerId: string, group: string, key: string): boolean;
  /** Names of the indexes and constraints created so far. */
  schema(): string[];
  close(): Promise<void>;
}

export async function startFakeNeo4j(options: FakeNeo4jOptions = {}): Promise<FakeNeo4j> {
  const graph = new Graph();
  const locks = new LockTable();
  const statements: RecordedStatement[] = [];
  const connections = new Set<BoltConnection>();
  const hung = new Set<net.Socket>();
  let isDown = false;
  let counter = 0;
  const user = options.user ?? "neo4j";
  const password = options.password ?? "fake-neo4j-password";

  const server = net.createServer((socket) => {
    if (isDown) {
      hung.add(socket);
      socket.on("close", () => hung.delete(socket));
      socket.on("error", () => hung.delete(socket));
      return;
    }
    const connection = new BoltConnection(socket, {
      graph,
      locks,
      user,
      password,
      port: () => port,
      record: (statement) => statements.push(statement),
      nextConnectionId: () => `bolt-${++counter}`,
      nextBookmark: () => `FB:fake-neo4j:${++counter}`,
    });
    connections.add(connection);
    socket.on("close", () => connections.delete(connection));
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const port = (server.address() as net.AddressInfo).port;

  const dropConnections = () => {
    for (const connection of connections) connection.drop();
    connections.clear();
  };

  return {
    url: `bolt://${host}:${port}`,
    port,
    user,
    password,
    statements,
    reset() {
      graph.items.clear();
      statements.length = 0;
    },
    setDown(down) {
      isDown = down;
      if (down) dropConnections();
      else for (const socket of hung) socket.destroy();
    },
    dropConnections,
    isEntityLocked: (playerId, group, key) => locks.isLocked(entityLock(playerId, group, key)),
    schema: () => [...graph.indexes],
    async close() {
      dropConnections();
      for (const socket of hung) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
