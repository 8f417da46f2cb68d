// One Neo4j driver per process (drivers own connection pools and are expensive), created on
// first use from NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD. Integers come back as JS numbers
// (`disableLosslessIntegers`): every integer stored is an epoch-millisecond time, a message
// id or a count, all far below 2^53. Timeouts are short: an unreachable server must fail fast
// so the player's message is answered from the Postgres store instead.
import neo4j, { type Driver } from "neo4j-driver";
import { env } from "@/lib/env";

/** How long to wait for a TCP/TLS connection before calling Neo4j unreachable. */
const CONNECTION_TIMEOUT_MS = 3_000;
/** How long to wait for a pooled connection. */
const ACQUISITION_TIMEOUT_MS = 3_000;
/** executeQuery retries transient failures; this bounds the retries. */
const MAX_RETRY_TIME_MS = 2_000;
const MAX_POOL_SIZE = 20;

export type Neo4jConfig = { uri: string; user: string; password: string };

export function createNeo4jDriver(config: Neo4jConfig): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    disableLosslessIntegers: true,
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    connectionAcquisitionTimeout: ACQUISITION_TIMEOUT_MS,
    maxTransactionRetryTime: MAX_RETRY_TIME_MS,
    maxConnectionPoolSize: MAX_POOL_SIZE,
  });
}

type Holder = { driver?: Driver };
// Survives Next's dev-mode module reloading, like the database handle.
const scope = globalThis as { __nikitaNeo4j?: Holder };
scope.__nikitaNeo4j ??= {};
const holder: Holder = scope.__nikitaNeo4j;

/** The process's driver; only call when env.memoryMode is "neo4j". */
export function getNeo4jDriver(): Driver {
  if (!env.NEO4J_URI) throw new Error("NEO4J_URI is not set");
  holder.driver ??= createNeo4jDriver({
    uri: env.NEO4J_URI,
    user: env.NEO4J_USER,
    password: env.NEO4J_PASSWORD ?? "",
  });
  return holder.driver;
}

export async function closeNeo4jDriver(): Promise<void> {
  const driver = holder.driver;
  holder.driver = undefined;
  await driver?.close();
}
