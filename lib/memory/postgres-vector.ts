// pgvector similarity for the Postgres memory store, switched on by EMBEDDINGS_PROVIDER.
// The vector column lives in its own table, created by the store on first use (not by a
// migration), so databases without the `vector` extension — PGlite without the pgvector
// bundle, a plain server — run every migration and simply search by text alone. Rows are
// player data: RLS on, and no grant to anon/authenticated (the portal never reads vectors).
import { type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { queryRows } from "@/db/query-rows";
import { createLogger } from "@/lib/observability/logger";
import { type EmbeddingProvider, toVectorLiteral } from "./embeddings";

const log = createLogger("memory.vector");

export const EMBEDDINGS_TABLE = "memory_fact_embeddings";
/** Serialises the one-time DDL when several processes start using embeddings at once. */
const VECTOR_DDL_LOCK_KEY = 7_314_159_266;
/** Below this cosine similarity a fact is not considered related to the query. */
export const MIN_SIMILARITY = 0.2;
/** At or above this cosine similarity a new fact restates a stored one (near-duplicate). */
export const NEAR_DUPLICATE_SIMILARITY = 0.95;

/** A ready vector path: the schema-qualified pgvector names for this database. */
export type VectorPath = { provider: EmbeddingProvider; typeName: string; distanceOp: string };

/** Only identifiers Postgres itself reported are interpolated; this keeps it that way. */
const assertIdentifier = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error("unexpected schema name for pgvector");
  return name;
};

/**
 * Creates the extension and table when possible. Returns undefined (and logs once, without
 * player data) when this database cannot do vectors; callers then search by text alone.
 */
export async function prepareVectorPath(
  db: DbOrTx,
  provider: EmbeddingProvider,
): Promise<VectorPath | undefined> {
  try {
    const [available] = await queryRows<{ ok: boolean }>(
      db,
      sql`select exists(select 1 from pg_available_extensions where name = 'vector') as ok`,
    );
    if (!available?.ok) {
      log.warn("pgvector not available; memory search uses full text only", { provider: provider.name });
      return undefined;
    }
    const schema = await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${VECTOR_DDL_LOCK_KEY})`);
      await tx.execute(sql`create extension if not exists vector`);
      const [ext] = await queryRows<{ schema: string }>(
        tx,
        sql`select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'vector'`,
      );
      const extSchema = assertIdentifier(ext?.schema ?? "public");
      // Untyped `vector` (no fixed dimension): each row records its provider, and searches
      // compare only vectors of the same provider, so switching providers never mixes sizes.
      await tx.execute(
        sql.raw(`create table if not exists public.${EMBEDDINGS_TABLE} (
          fact_id uuid primary key references public.memory_facts(id) on delete cascade,
          player_id uuid not null references public.players(id) on delete cascade,
          provider text not null,
          embedding ${extSchema}.vector not null
        )`),
      );
      await tx.execute(
        sql.raw(
          `create index if not exists ${EMBEDDINGS_TABLE}_player_idx on public.${EMBEDDINGS_TABLE} (player_id, provider)`,
        ),
      );
      await tx.execute(sql.raw(`alter table public.${EMBEDDINGS_TABLE} enable row level security`));
      await tx.execute(sql.raw(`revoke all on public.${EMBEDDINGS_TABLE} from anon, authenticated`));
      return extSchema;
    });
    return { provider, typeName: `${schema}.vector`, distanceOp: `operator(${schema}.<=>)` };
  } catch (error) {
    log.warn("pgvector setup failed; memory search uses full text only", { error, provider: provider.name });
    return undefined;
  }
}

export async function saveEmbeddings(
  tx: DbOrTx,
  path: VectorPath,
  rows: { factId: string; playerId: string; vector: number[] }[],
): Promise<void> {
  if (rows.length === 0) return;
  const values = rows.map(
    (r) =>
      sql`(${r.factId}::uuid, ${r.playerId}::uuid, ${path.provider.name}, ${toVectorLiteral(r.vector)}::${sql.raw(path.typeName)})`,
  );
  await tx.execute(
    sql`insert into ${sql.raw(`public.${EMBEDDINGS_TABLE}`)} (fact_id, player_id, provider, embedding)
        values ${sql.join(values, sql`, `)}
        on conflict (fact_id) do update set provider = excluded.provider, embedding = excluded.embedding`,
  );
}

/**
 * The player's facts nearest to the query vector, among those valid under `validity`.
 * An exact scan of one player's rows: with per-player filtering an approximate index would
 * drop matches, and a player's memory is thousands of rows, not millions.
 */
export async function nearestFacts(
  db: DbOrTx,
  path: VectorPath,
  params: { playerId: string; vector: number[]; validity: SQL; limit: number },
): Promise<{ factId: string; similarity: number }[]> {
  const literal = sql`${toVectorLiteral(params.vector)}::${sql.raw(path.typeName)}`;
  const distance = sql`e.embedding ${sql.raw(path.distanceOp)} ${literal}`;
  const rows = await queryRows<{ fact_id: string; similarity: number | string }>(
    db,
    sql`select e.fact_id, 1 - (${distance}) as similarity
        from ${sql.raw(`public.${EMBEDDINGS_TABLE}`)} e
        join public.memory_facts f on f.id = e.fact_id
        where e.player_id = ${params.playerId} and e.provider = ${path.provider.name} and ${params.validity}
        order by ${distance}
        limit ${params.limit}`,
  );
  return rows
    .map((r) => ({ factId: r.fact_id, similarity: Number(r.similarity) }))
    .filter((r) => r.similarity >= MIN_SIMILARITY);
}
