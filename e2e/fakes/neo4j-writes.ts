/**
 * The fake Neo4j's implementations of the memory store's writes (CREATE_FACT, REFRESH_FACT,
 * DELETE_PLAYER) and the entity lookups they share with the reads, with Neo4j's semantics:
 * MERGE … ON CREATE, the optimistic `$expectedCurrent` check (the subject is merged and marked
 * even when it fails, as the Cypher runs in that order), FOREACH closing the current facts,
 * MENTIONS merged only to the player's own episode, and DETACH DELETE counting what it removed.
 */
import { type Props, setProp, type Transaction } from "./neo4j-graph";
import type { PackValue } from "./neo4j-packstream";

export type Params = { [key: string]: PackValue };
export type Row = PackValue[];

export const isNull = (v: PackValue | undefined) => v === null || v === undefined;
export const num = (v: PackValue | undefined) => (typeof v === "bigint" || typeof v === "number" ? v : null);

export function entityAt(tx: Transaction, p: Params, key: PackValue | undefined) {
  return tx.nodes("Entity", { playerId: p.playerId ?? null, group: p.about ?? null, key: key ?? null })[0];
}

/** MERGE (n:Entity {playerId, group: $about, key}) ON CREATE SET n.name, n.createdAt. */
function mergeEntity(tx: Transaction, p: Params, key: PackValue | undefined, name: PackValue | undefined) {
  return (
    entityAt(tx, p, key) ??
    tx.createNode("Entity", {
      playerId: p.playerId ?? null,
      group: p.about ?? null,
      key: key ?? null,
      name: name ?? null,
      createdAt: p.now ?? null,
    })
  );
}

export const outgoingFacts = (tx: Transaction, nodeId: string) =>
  tx.rels("FACT").filter((r) => r.from === nodeId);

export function createFact(tx: Transaction, p: Params): Row[] {
  const s = tx.edit(mergeEntity(tx, p, p.subjectKey, p.subject));
  setProp(s.props, "lockedAt", p.now);
  const current = outgoingFacts(tx, s.id).filter(
    (c) => c.props.about === p.about && c.props.predicateKey === p.predicateKey && isNull(c.props.invalidAt),
  );
  const expected = Array.isArray(p.expectedCurrent) ? p.expectedCurrent : [];
  const ids = current.map((c) => c.props.id);
  if (ids.length !== expected.length || ids.some((id, i) => id !== expected[i])) return [];

  const o = mergeEntity(tx, p, p.objectKey, p.object);
  const r = tx.createRel("FACT", s.id, o.id);
  const props = (p.props ?? {}) as Props;
  for (const [key, value] of Object.entries(props)) setProp(r.props, key, value);
  if (p.closeCurrent === true) {
    for (const c of current) {
      const closing = tx.edit(c);
      setProp(closing.props, "invalidAt", p.validAt);
      setProp(closing.props, "supersededBy", props.id);
    }
  }
  const episode = isNull(p.episodeId)
    ? undefined
    : tx.nodes("Episode", { id: p.episodeId ?? null, playerId: p.playerId ?? null })[0];
  if (episode) {
    const linked = tx.rels("MENTIONS").some((m) => m.from === episode.id && m.to === s.id);
    if (!linked) tx.createRel("MENTIONS", episode.id, s.id);
    setProp(r.props, "episodeId", episode.props.id);
  }
  return [[r.props.id ?? null]];
}

export function refreshFact(tx: Transaction, p: Params): Row[] {
  const s = entityAt(tx, p, p.subjectKey);
  if (!s) return [];
  const rows: Row[] = [];
  for (const found of outgoingFacts(tx, s.id).filter(
    (r) => r.props.id === p.id && isNull(r.props.invalidAt),
  )) {
    setProp(tx.edit(s).props, "lockedAt", p.now);
    const r = tx.edit(found);
    const { confidence, updatedAt, validAt } = r.props;
    const [newConfidence, now, newValidAt] = [num(p.confidence), num(p.now), num(p.validAt)];
    if (newConfidence !== null && num(confidence) !== null && newConfidence > (num(confidence) ?? 0)) {
      setProp(r.props, "confidence", newConfidence);
    }
    if (now !== null && (num(updatedAt) === null || now > (num(updatedAt) ?? 0)))
      setProp(r.props, "updatedAt", now);
    if (newValidAt !== null && num(validAt) !== null && newValidAt < (num(validAt) ?? 0)) {
      setProp(r.props, "validAt", newValidAt);
    }
    rows.push([r.props.id ?? null]);
  }
  return rows;
}

export function deletePlayer(tx: Transaction, p: Params): Row[] {
  const facts = tx.rels("FACT", { playerId: p.playerId ?? null }).length;
  const episodes = tx.nodes("Episode", { playerId: p.playerId ?? null });
  for (const node of [...episodes, ...tx.nodes("Entity", { playerId: p.playerId ?? null })])
    tx.detachDelete(node);
  return [[BigInt(facts), BigInt(episodes.length)]];
}
