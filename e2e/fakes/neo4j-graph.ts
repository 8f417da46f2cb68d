/**
 * The fake Neo4j's in-memory property graph, its transactions and its entity write locks.
 *
 * A transaction sees the committed graph plus its own changes (read committed, like Neo4j):
 * writes go to a private overlay that COMMIT applies at once and ROLLBACK, RESET or a dropped
 * connection simply forget. Writing an entity takes that entity's lock, keyed by its identity
 * (player, group, key) so even a MERGE that is about to create it queues; the lock is held until
 * the transaction ends, and a second writer waits for it exactly as it would on Neo4j.
 */
import type { PackValue } from "./neo4j-packstream";

export type Props = { [key: string]: PackValue };
export type GraphNode = { kind: "node"; id: string; label: "Entity" | "Episode"; props: Props };
export type GraphRel = {
  kind: "rel";
  id: string;
  type: "FACT" | "MENTIONS";
  from: string;
  to: string;
  props: Props;
};
type Item = GraphNode | GraphRel;

export class Graph {
  readonly items = new Map<string, Item>();
  readonly indexes = new Set<string>();
  private nextId = 0;
  newId(prefix: string): string {
    this.nextId += 1;
    return `${prefix}${this.nextId}`;
  }
}

/** Cypher assignment: setting a property to null removes it. */
export function setProp(props: Props, key: string, value: PackValue | undefined) {
  if (value === null || value === undefined) delete props[key];
  else props[key] = value;
}

export class Transaction {
  /** Changed items by id; null marks a deletion. */
  private readonly overlay = new Map<string, Item | null>();
  readonly held = new Set<string>();
  wrote = false;

  constructor(readonly graph: Graph) {}

  private get(id: string): Item | undefined {
    if (this.overlay.has(id)) return this.overlay.get(id) ?? undefined;
    return this.graph.items.get(id);
  }

  private *all(): Generator<Item> {
    for (const [id, item] of this.graph.items) {
      if (!this.overlay.has(id)) yield item;
    }
    for (const item of this.overlay.values()) if (item) yield item;
  }

  nodes(label: GraphNode["label"], match: Props = {}): GraphNode[] {
    const found: GraphNode[] = [];
    for (const item of this.all()) {
      if (item.kind === "node" && item.label === label && matches(item.props, match)) found.push(item);
    }
    return found;
  }

  rels(type: GraphRel["type"], match: Props = {}): GraphRel[] {
    const found: GraphRel[] = [];
    for (const item of this.all()) {
      if (item.kind === "rel" && item.type === type && matches(item.props, match)) found.push(item);
    }
    return found;
  }

  node(id: string): GraphNode | undefined {
    const item = this.get(id);
    return item?.kind === "node" ? item : undefined;
  }

  /** A private copy of an item to change; the change is visible to this transaction only. */
  edit<T extends Item>(item: T): T {
    const own = this.overlay.get(item.id);
    if (own) return own as T;
    const copy = { ...item, props: { ...item.props } };
    this.overlay.set(item.id, copy);
    this.wrote = true;
    return copy;
  }

  createNode(label: GraphNode["label"], props: Props): GraphNode {
    const node: GraphNode = { kind: "node", id: this.graph.newId("n"), label, props: {} };
    for (const [key, value] of Object.entries(props)) setProp(node.props, key, value);
    this.overlay.set(node.id, node);
    this.wrote = true;
    return node;
  }

  createRel(type: GraphRel["type"], from: string, to: string): GraphRel {
    const rel: GraphRel = { kind: "rel", id: this.graph.newId("r"), type, from, to, props: {} };
    this.overlay.set(rel.id, rel);
    this.wrote = true;
    return rel;
  }

  /** DETACH DELETE: the node and every relationship touching it. */
  detachDelete(node: GraphNode) {
    for (const item of [...this.all()]) {
      if (item.kind === "rel" && (item.from === node.id || item.to === node.id))
        this.overlay.set(item.id, null);
    }
    this.overlay.set(node.id, null);
    this.wrote = true;
  }

  commit() {
    for (const [id, item] of this.overlay) {
      if (item) this.graph.items.set(id, item);
      else this.graph.items.delete(id);
    }
    this.overlay.clear();
  }

  discard() {
    this.overlay.clear();
  }
}

function matches(props: Props, match: Props): boolean {
  return Object.entries(match).every(([key, value]) => value !== null && props[key] === value);
}

/** The identity an entity's write lock is keyed by. */
export const entityLock = (
  playerId: PackValue | undefined,
  group: PackValue | undefined,
  key: PackValue | undefined,
) => `entity:${String(playerId)}|${String(group)}|${String(key)}`;

/** Exclusive locks held by transactions until they end; waiters are served first come. */
export class LockTable {
  private readonly owners = new Map<string, Transaction>();
  private waiters: { tx: Transaction; keys: string[]; grant: () => void; cancel: (e: Error) => void }[] = [];

  private free(tx: Transaction, keys: string[]) {
    return keys.every((key) => {
      const owner = this.owners.get(key);
      return owner === undefined || owner === tx;
    });
  }

  private take(tx: Transaction, keys: string[]) {
    for (const key of keys) {
      this.owners.set(key, tx);
      tx.held.add(key);
    }
  }

  /** Resolves once `tx` holds every key; all are taken together, so one statement cannot deadlock. */
  acquire(tx: Transaction, keys: string[]): Promise<void> {
    if (this.free(tx, keys) && !this.waiters.some((w) => w.keys.some((k) => keys.includes(k)))) {
      this.take(tx, keys);
      return Promise.resolve();
    }
    return new Promise((grant, cancel) => this.waiters.push({ tx, keys, grant, cancel }));
  }

  isLocked(key: string) {
    return this.owners.has(key);
  }

  /** Ends `tx`'s hold on its locks (and any wait) and wakes whoever can go next. */
  release(tx: Transaction) {
    for (const key of tx.held) this.owners.delete(key);
    tx.held.clear();
    for (const waiter of this.waiters.filter((w) => w.tx === tx)) {
      waiter.cancel(new Error("transaction ended while waiting for a lock"));
    }
    this.waiters = this.waiters.filter((w) => w.tx !== tx);
    const waiting = this.waiters;
    this.waiters = [];
    for (const waiter of waiting) {
      if (this.free(waiter.tx, waiter.keys)) {
        this.take(waiter.tx, waiter.keys);
        waiter.grant();
      } else this.waiters.push(waiter);
    }
  }
}
