// Writing facts to Postgres with their history (the rules are in fact-rules.ts). One
// transaction per call, serialised per player by an advisory lock; the unique partial index
// on the keys keeps "one valid fact per key" true even if that lock were bypassed.
import { randomUUID } from "node:crypto";
import { and, eq, isNull, or, sql } from "drizzle-orm";
import type { DbOrTx, Tx } from "@/db";
import { memoryEpisodes, memoryFacts } from "@/db/schema";
import { decideWrite, type KeyedFact, type StoredKey } from "./fact-rules";
import type { FactWrite } from "./types";

/** Namespace for the per-player write lock (pg_advisory_xact_lock(hashtextextended(id, ns))). */
const WRITE_LOCK_SEED = 1_070;

export type FactWriteContext = {
  playerId: string;
  episodeId: string | null;
  now: Date;
};

export async function lockPlayerMemory(tx: Tx, playerId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${playerId}, ${WRITE_LOCK_SEED}))`);
}

/**
 * The episode id to link facts to, if it is this player's episode in this database; null
 * otherwise (another player's id, or an episode the Neo4j store holds while Postgres is
 * standing in for it — the facts are still worth keeping).
 */
export async function ownEpisodeId(
  tx: DbOrTx,
  playerId: string,
  episodeId: string | null | undefined,
): Promise<string | null> {
  if (!episodeId) return null;
  const [row] = await tx
    .select({ id: memoryEpisodes.id })
    .from(memoryEpisodes)
    .where(and(eq(memoryEpisodes.id, episodeId), eq(memoryEpisodes.playerId, playerId)));
  return row?.id ?? null;
}

async function refresh(tx: DbOrTx, id: string, fact: KeyedFact, ctx: FactWriteContext): Promise<void> {
  await tx
    .update(memoryFacts)
    .set({
      confidence: sql`greatest(${memoryFacts.confidence}, ${fact.confidence})`,
      updatedAt: sql`greatest(${memoryFacts.updatedAt}, ${ctx.now.toISOString()}::timestamptz)`,
      validAt: sql`least(${memoryFacts.validAt}, ${fact.validAt.toISOString()}::timestamptz)`,
    })
    .where(and(eq(memoryFacts.id, id), eq(memoryFacts.playerId, ctx.playerId)));
}

async function insertFact(
  tx: DbOrTx,
  fact: KeyedFact,
  ctx: FactWriteContext,
  closed?: { invalidAt: Date; supersededBy: string },
): Promise<string> {
  const id = randomUUID();
  await tx.insert(memoryFacts).values({
    id,
    playerId: ctx.playerId,
    about: fact.about,
    subject: fact.subject,
    predicate: fact.predicate,
    object: fact.object,
    subjectKey: fact.subjectKey,
    predicateKey: fact.predicateKey,
    objectKey: fact.objectKey,
    confidence: fact.confidence,
    sourceMessageId: fact.sourceMessageId ?? null,
    episodeId: ctx.episodeId,
    validAt: fact.validAt,
    invalidAt: closed?.invalidAt ?? null,
    supersededBy: closed?.supersededBy ?? null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
  return id;
}

type StoredState = StoredKey & { about: string; subjectKey: string };

/** The valid facts any of `facts` could restate or contradict, in one query. */
async function loadStored(tx: DbOrTx, facts: KeyedFact[], playerId: string): Promise<StoredState[]> {
  const tuple = (a: string, b: string, c: string) => sql`(${a}, ${b}, ${c})`;
  const byPredicate = sql.join(
    facts.map((f) => tuple(f.about, f.subjectKey, f.predicateKey)),
    sql`, `,
  );
  const byObject = sql.join(
    facts.map((f) => tuple(f.about, f.subjectKey, f.objectKey)),
    sql`, `,
  );
  return tx
    .select({
      id: memoryFacts.id,
      about: memoryFacts.about,
      subjectKey: memoryFacts.subjectKey,
      predicateKey: memoryFacts.predicateKey,
      objectKey: memoryFacts.objectKey,
      validAt: memoryFacts.validAt,
    })
    .from(memoryFacts)
    .where(
      and(
        eq(memoryFacts.playerId, playerId),
        isNull(memoryFacts.invalidAt),
        or(
          sql`(${memoryFacts.about}, ${memoryFacts.subjectKey}, ${memoryFacts.predicateKey}) in (${byPredicate})`,
          sql`(${memoryFacts.about}, ${memoryFacts.subjectKey}, ${memoryFacts.objectKey}) in (${byObject})`,
        ),
      ),
    );
}

/** Optional steps of a write, used by the vector path (postgres-store.ts). */
export type WriteHooks = {
  /**
   * A valid fact that says the same as this new one in other words (a vector near-duplicate),
   * or null. Asked only for facts the key rules would create: a near-duplicate is refreshed
   * instead of stored twice.
   */
  nearDuplicateOf?: (index: number) => Promise<string | null>;
  /** After each inserted fact row (so its embedding exists before the next fact is checked). */
  onInserted?: (index: number, id: string) => Promise<void>;
};

/**
 * Writes facts in order inside the caller's locked transaction and says what happened to
 * each. The valid facts they touch are read once; the in-memory copy is kept in step with
 * every write, so a later fact in the batch sees what an earlier one did.
 */
export async function writeFacts(
  tx: DbOrTx,
  facts: KeyedFact[],
  ctx: FactWriteContext,
  hooks: WriteHooks = {},
): Promise<FactWrite[]> {
  if (facts.length === 0) return [];
  let stored = await loadStored(tx, facts, ctx.playerId);
  const writes: FactWrite[] = [];
  const inserted = async (index: number, id: string) => {
    await hooks.onInserted?.(index, id);
    return id;
  };
  for (const [index, fact] of facts.entries()) {
    const related = stored.filter(
      (f) =>
        f.about === fact.about &&
        f.subjectKey === fact.subjectKey &&
        (f.predicateKey === fact.predicateKey || f.objectKey === fact.objectKey),
    );
    const decision = decideWrite(fact, related);
    const added = (id: string): StoredState => ({ ...fact, id });
    switch (decision.kind) {
      case "refresh": {
        await refresh(tx, decision.id, fact, ctx);
        stored = stored.map((f) =>
          f.id === decision.id && fact.validAt < f.validAt ? { ...f, validAt: fact.validAt } : f,
        );
        writes.push({ id: decision.id, outcome: "refreshed" });
        break;
      }
      case "create": {
        const twin = await hooks.nearDuplicateOf?.(index);
        if (twin) {
          await refresh(tx, twin, fact, ctx);
          writes.push({ id: twin, outcome: "refreshed" });
          break;
        }
        const id = await inserted(index, await insertFact(tx, fact, ctx));
        stored.push(added(id));
        writes.push({ id, outcome: "created" });
        break;
      }
      case "historical": {
        const closed = { invalidAt: decision.closesAt, supersededBy: decision.currentId };
        const id = await inserted(index, await insertFact(tx, fact, ctx, closed));
        writes.push({ id, outcome: "historical" });
        break;
      }
      case "supersede": {
        // Close first (frees the unique "current" slot), insert, then link old → new.
        await tx
          .update(memoryFacts)
          .set({ invalidAt: fact.validAt })
          .where(eq(memoryFacts.id, decision.currentId));
        const id = await inserted(index, await insertFact(tx, fact, ctx));
        await tx.update(memoryFacts).set({ supersededBy: id }).where(eq(memoryFacts.id, decision.currentId));
        stored = [...stored.filter((f) => f.id !== decision.currentId), added(id)];
        writes.push({ id, outcome: "superseded" });
        break;
      }
    }
  }
  return writes;
}
