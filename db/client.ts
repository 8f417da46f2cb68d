// The one `db` handle. Two drivers behind one type: postgres.js when DATABASE_URL is set
// (prepare: false on a transaction pooler such as Supabase's :6543), PGlite persisted under
// PGLITE_DIR otherwise. The handle is opened once per process; a failed open is not cached,
// so the next caller tries again instead of hanging on a broken instance.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** A database handle or an open transaction: repositories accept either. */
export type DbOrTx = Db | Tx;

/** A server that does not answer within this is reported down rather than waited on. */
const CONNECT_TIMEOUT_SECONDS = 5;

/** Called with each statement's text and how long it took (the slow-statement log). */
export type QueryTimer = (text: string, durationMs: number) => void;

export type DatabaseConfig = { url?: string; pgliteDir?: string; poolMax?: number; onQuery?: QueryTimer };

export type DatabaseHandle = {
  db: Db;
  driver: "postgres" | "pglite";
  /** The server URL when driver is postgres. */
  url?: string;
  close(): Promise<void>;
  /** Runs raw SQL text (several statements allowed on PGlite; one on postgres). */
  exec(sqlText: string): Promise<void>;
};

/** Supabase's transaction pooler (and PgBouncer in general) cannot use prepared statements. */
export function isPoolerUrl(url: string): boolean {
  const parsed = new URL(url);
  return parsed.port === "6543" || /pooler|pgbouncer/i.test(parsed.hostname + parsed.search);
}

export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  if (config.url) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const client = postgres(config.url, {
      prepare: !isPoolerUrl(config.url),
      max: config.poolMax ?? 10,
      onnotice: () => {},
      connect_timeout: CONNECT_TIMEOUT_SECONDS,
      connection: { application_name: "nikita" },
    });
    const db = drizzle({
      client: config.onQuery ? timedPostgres(client, config.onQuery) : client,
      schema,
    }) as unknown as Db;
    // Fail now, not on the first player message, when the server is unreachable.
    await client`select 1`;
    return {
      db,
      driver: "postgres",
      url: config.url,
      close: () => client.end({ timeout: 5 }),
      exec: async (text) => {
        await client.unsafe(text);
      },
    };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  // pgvector ships with PGlite as an extension bundle: memory search can use embeddings offline.
  const { vector } = await import("@electric-sql/pglite-pgvector");
  const extensions = { vector };
  let client: PGlite;
  if (config.pgliteDir) {
    const dir = path.resolve(config.pgliteDir);
    mkdirSync(dir, { recursive: true });
    client = new PGlite(dir, { extensions });
  } else {
    client = new PGlite({ extensions });
  }
  await client.waitReady;
  const db = drizzle({ client: withStandingParsers(client, config.onQuery), schema }) as unknown as Db;
  return {
    db,
    driver: "pglite",
    close: () => client.close(),
    exec: async (text) => {
      await client.exec(text);
    },
  };
}

/**
 * drizzle sends the same parsers with every PGlite query (dates, intervals and their arrays,
 * numeric[] — all returned as text for drizzle to map), and PGlite copies its whole table of
 * about 300 parsers to merge them in, per statement. Installing them once on the instance and
 * passing queries on without them gives identical results for a fraction of the CPU; this
 * process reaches PGlite only through drizzle (db/query-rows.ts included).
 */
function withStandingParsers(client: PGlite, onQuery?: QueryTimer): PGlite {
  const asText = (value: string) => value;
  for (const type of [1082, 1114, 1184, 1186, 1115, 1182, 1185, 1187, 1231]) client.parsers[type] = asText;
  const lean = <T extends Pick<PGlite, "query">>(target: T): T =>
    new Proxy(target, {
      get(t, prop) {
        if (prop === "query") {
          return async (query: string, params?: unknown[], options?: Parameters<PGlite["query"]>[2]) => {
            const started = performance.now();
            try {
              return await t.query(
                query,
                params,
                options?.parsers ? { ...options, parsers: undefined } : options,
              );
            } finally {
              onQuery?.(query, performance.now() - started);
            }
          };
        }
        if (prop === "transaction" && "transaction" in t) {
          return (fn: (tx: Parameters<Parameters<PGlite["transaction"]>[0]>[0]) => Promise<unknown>) =>
            (t as unknown as PGlite).transaction((tx) => fn(lean(tx)));
        }
        const value = Reflect.get(t, prop, t);
        return typeof value === "function" ? value.bind(t) : value;
      },
    });
  return lean(client);
}

type PostgresClient = import("postgres").Sql;

/**
 * Times every statement drizzle sends through postgres.js (`unsafe`, in and out of
 * transactions): the clock starts when the query is awaited — that is when postgres.js sends it.
 */
function timedPostgres(client: PostgresClient, onQuery: QueryTimer): PostgresClient {
  const timedQuery = <Q extends object>(query: Q, text: string): Q =>
    new Proxy(query, {
      get(q, prop) {
        const value = Reflect.get(q, prop, q);
        if (prop === "values" || prop === "raw") {
          return (...args: unknown[]) =>
            timedQuery((value as (...a: unknown[]) => object).apply(q, args), text);
        }
        if (prop === "then") {
          return (resolve?: (v: unknown) => unknown, reject?: (e: unknown) => unknown) => {
            const started = performance.now();
            const done = () => onQuery(text, performance.now() - started);
            return (value as Promise<unknown>["then"]).call(
              q,
              (v) => {
                done();
                return resolve ? resolve(v) : v;
              },
              (e) => {
                done();
                if (reject) return reject(e);
                throw e;
              },
            );
          };
        }
        return typeof value === "function" ? value.bind(q) : value;
      },
    });
  const wrap = (sql: PostgresClient): PostgresClient =>
    new Proxy(sql, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target);
        if (prop === "unsafe") {
          return (text: string, ...rest: unknown[]) =>
            timedQuery((value as (...a: unknown[]) => object).call(target, text, ...rest), text);
        }
        if (prop === "begin") {
          return (...args: unknown[]) => {
            const fn = args.at(-1) as (tx: PostgresClient) => unknown;
            return (value as (...a: unknown[]) => unknown).call(
              target,
              ...args.slice(0, -1),
              (tx: PostgresClient) => fn(wrap(tx)),
            );
          };
        }
        if (prop === "savepoint") {
          return (...args: unknown[]) => {
            const fn = args.at(-1) as (tx: PostgresClient) => unknown;
            return (value as (...a: unknown[]) => unknown).call(
              target,
              ...args.slice(0, -1),
              (tx: PostgresClient) => fn(wrap(tx)),
            );
          };
        }
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  return wrap(client);
}
