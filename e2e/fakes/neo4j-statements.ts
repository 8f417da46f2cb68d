/**
 * What the fake Neo4j executes: each statement the memory store sends (lib/memory/neo4j-cypher.ts,
 * the schema in neo4j-schema.ts, PING), recognised by its exact text and implemented in JS
 * with the semantics Neo4j gives it. This is a fake of this store's statements, not a Cypher
 * engine: any other text is refused with Neo.ClientError.Statement.SyntaxError.
 *
 * Full-text relevance (db.index.fulltext.queryRelationships over subject/predicate/object):
 * the Lucene query is terms joined by OR, a term `foo*` matching words that start with foo; a
 * fact's relevance is the number of query terms matching at least one of its words (words are
 * lower-cased runs of letters and digits). Simpler than Lucene's BM25, same order for the
 * store's queries: more matched terms first.
 */
import * as Q from "@/lib/memory/neo4j-cypher";
import { FACT_TEXT_INDEX, SCHEMA_STATEMENTS } from "@/lib/memory/neo4j-schema";
import { entityLock, type GraphRel, type Props, type Transaction } from "./neo4j-graph";
import type { PackValue } from "./neo4j-packstream";
import {
  createFact,
  deletePlayer,
  entityAt,
  isNull,
  num,
  outgoingFacts,
  type Params,
  type Row,
  refreshFact,
} from "./neo4j-writes";

export type { Params, Row } from "./neo4j-writes";

export class CypherFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export type Statement = {
  fields: string[];
  /** Bolt result type: read, write, schema. */
  type: "r" | "w" | "s";
  /** Entity locks to hold before running (taken together, kept until the transaction ends). */
  locks?: (tx: Transaction, p: Params) => string[];
  run: (tx: Transaction, p: Params) => Row[];
};

/** ORDER BY … DESC over numbers (ints and floats compare by value, like Cypher). */
const desc =
  (...keys: ((r: GraphRel) => PackValue | undefined)[]) =>
  (a: GraphRel, b: GraphRel) => {
    for (const key of keys) {
      const x = num(key(a));
      const y = num(key(b));
      if (x === null || y === null || x === y) continue;
      return x < y ? 1 : x > y ? -1 : 0;
    }
    return 0;
  };

/** The VALID fragment: current facts, or those valid at $asOf. */
function isValid(r: GraphRel, asOf: PackValue | undefined): boolean {
  const { validAt, invalidAt } = r.props;
  if (isNull(asOf)) return isNull(invalidAt);
  const at = num(asOf);
  const from = num(validAt);
  const until = num(invalidAt);
  if (at === null || from === null) return false;
  return from <= at && (until === null || until > at);
}

const isAbout = (r: GraphRel, about: PackValue | undefined) => isNull(about) || r.props.about === about;

/** The WEIGHT fragment: confidence 0–1 → 0.5–1, halved every $halfLifeMs since the last update. */
function weight(r: GraphRel, p: Params): number {
  const reference = num(p.reference);
  const updatedAt = num(r.props.updatedAt);
  const age =
    reference !== null && updatedAt !== null && reference > updatedAt
      ? Number(reference) - Number(updatedAt)
      : 0;
  return (0.5 + 0.5 * Number(r.props.confidence)) / (1.0 + age / Number(p.halfLifeMs));
}

function playerFacts(tx: Transaction, p: Params): GraphRel[] {
  return tx
    .rels("FACT")
    .filter((r) => r.props.playerId === p.playerId && isValid(r, p.asOf) && isAbout(r, p.about));
}

const factRow = (r: GraphRel, score: number): Row => [{ ...r.props }, score];
const limit = (p: Params) => Number(p.limit);

type Term = { word: string; isPrefix: boolean };

function parseLucene(query: PackValue | undefined): Term[] {
  if (typeof query !== "string")
    throw new CypherFailure("Neo.ClientError.Statement.ArgumentError", "$lucene must be a string");
  return query
    .split(/\s+/)
    .filter((part) => part && part !== "OR")
    .map((part) => {
      const term = /^([\p{L}\p{N}]+)(\*?)$/u.exec(part);
      if (!term?.[1]) {
        throw new CypherFailure(
          "Neo.ClientError.Procedure.ProcedureCallFailed",
          `the fake's full-text index understands only "word" and "word*" joined by OR, not ${JSON.stringify(part)}`,
        );
      }
      return { word: term[1].toLowerCase(), isPrefix: term[2] === "*" };
    });
}

function relevance(r: GraphRel, terms: Term[]): number {
  const text = [r.props.subject, r.props.predicate, r.props.object]
    .filter((v) => typeof v === "string")
    .join(" ");
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return terms.filter((t) => words.some((w) => (t.isPrefix ? w.startsWith(t.word) : w === t.word))).length;
}

const noRows = (): Row[] => [];

/** The index or constraint a schema statement creates, by name (IF NOT EXISTS: idempotent). */
function schemaStatement(text: string): Statement {
  const name = /(?:CONSTRAINT|INDEX) (\w+) IF NOT EXISTS/.exec(text)?.[1] ?? text;
  return {
    fields: [],
    type: "s",
    run: (tx) => {
      tx.graph.indexes.add(name);
      return [];
    },
  };
}

const STATEMENTS = new Map<string, Statement>([
  ...SCHEMA_STATEMENTS.map((text): [string, Statement] => [text, schemaStatement(text)]),
  [Q.PING, { fields: ["ok"], type: "r", run: () => [[1n]] }],
  [
    Q.RECENT_FACTS,
    {
      fields: ["fact", "score"],
      type: "r",
      run: (tx, p) =>
        playerFacts(tx, p)
          .sort(desc((r) => r.props.updatedAt))
          .slice(0, limit(p))
          .map((r) => factRow(r, weight(r, p))),
    },
  ],
  [
    Q.TEXT_FACTS,
    {
      fields: ["fact", "score"],
      type: "r",
      run: (tx, p) => {
        if (!tx.graph.indexes.has(FACT_TEXT_INDEX)) {
          throw new CypherFailure(
            "Neo.ClientError.Procedure.ProcedureCallFailed",
            `There is no such fulltext schema index: ${FACT_TEXT_INDEX}`,
          );
        }
        const terms = parseLucene(p.lucene);
        return playerFacts(tx, p)
          .map((r) => ({ r, score: relevance(r, terms) * weight(r, p) }))
          .filter((hit) => hit.score > 0)
          .sort((a, b) => b.score - a.score || desc((r) => r.props.updatedAt)(a.r, b.r))
          .slice(0, limit(p))
          .map((hit) => factRow(hit.r, hit.score));
      },
    },
  ],
  [
    Q.SUBSTRING_FACTS,
    {
      fields: ["fact", "score"],
      type: "r",
      run: (tx, p) => {
        const tokens = (Array.isArray(p.tokens) ? p.tokens : []).filter((t) => typeof t === "string");
        return playerFacts(tx, p)
          .filter((r) => {
            const text = `${r.props.subject} ${r.props.predicate} ${r.props.object}`.toLowerCase();
            return tokens.some((t) => text.includes(t));
          })
          .map((r) => ({ r, score: weight(r, p) }))
          .sort((a, b) => b.score - a.score)
          .slice(0, limit(p))
          .map((hit) => factRow(hit.r, hit.score));
      },
    },
  ],
  [
    Q.LIST_FACTS,
    {
      fields: ["fact"],
      type: "r",
      run: (tx, p) =>
        tx
          .rels("FACT")
          .filter(
            (r) =>
              r.props.playerId === p.playerId &&
              (p.includeAll === true || isNull(r.props.invalidAt)) &&
              isAbout(r, p.about),
          )
          .sort(
            desc(
              (r) => r.props.validAt,
              (r) => r.props.createdAt,
            ),
          )
          .map((r) => [{ ...r.props }]),
    },
  ],
  [
    Q.FACT_CANDIDATES,
    {
      fields: ["id", "predicateKey", "objectKey", "validAt"],
      type: "r",
      run: (tx, p) => {
        const s = entityAt(tx, p, p.subjectKey);
        if (!s) return [];
        return outgoingFacts(tx, s.id)
          .filter(
            (r) =>
              r.props.about === p.about &&
              isNull(r.props.invalidAt) &&
              (r.props.predicateKey === p.predicateKey || r.props.objectKey === p.objectKey),
          )
          .map((r) => [
            r.props.id ?? null,
            r.props.predicateKey ?? null,
            r.props.objectKey ?? null,
            r.props.validAt ?? null,
          ]);
      },
    },
  ],
  [
    Q.CREATE_FACT,
    {
      fields: ["id"],
      type: "w",
      locks: (_tx, p) => [
        entityLock(p.playerId, p.about, p.subjectKey),
        entityLock(p.playerId, p.about, p.objectKey),
      ],
      run: createFact,
    },
  ],
  [
    Q.REFRESH_FACT,
    {
      fields: ["id"],
      type: "w",
      locks: (_tx, p) => [entityLock(p.playerId, p.about, p.subjectKey)],
      run: refreshFact,
    },
  ],
  [
    Q.CREATE_EPISODE,
    {
      fields: ["episode"],
      type: "w",
      run: (tx, p) => {
        const { id, playerId, conversationId, summary, occurredAt, now } = p;
        const props = { id, playerId, conversationId, summary, occurredAt, createdAt: now } as Props;
        return [[{ ...tx.createNode("Episode", props).props }]];
      },
    },
  ],
  [
    Q.LIST_EPISODES,
    {
      fields: ["episode"],
      type: "r",
      run: (tx, p) =>
        tx
          .nodes("Episode", { playerId: p.playerId ?? null })
          .sort((a, b) => {
            const [x, y] = [num(a.props.occurredAt) ?? 0, num(b.props.occurredAt) ?? 0];
            return x < y ? 1 : x > y ? -1 : 0;
          })
          .map((e) => [{ ...e.props }]),
    },
  ],
  [
    Q.DELETE_PLAYER,
    {
      fields: ["facts", "episodes"],
      type: "w",
      locks: (tx, p) =>
        tx
          .nodes("Entity", { playerId: p.playerId ?? null })
          .map((e) => entityLock(e.props.playerId, e.props.group, e.props.key)),
      run: deletePlayer,
    },
  ],
]);

const AWAIT_INDEXES = /^CALL db\.awaitIndexes\(\d+\)$/;

/** The statement for a query text, or a SyntaxError naming what the fake does not know. */
export function findStatement(text: string): Statement {
  const known = STATEMENTS.get(text);
  if (known) return known;
  if (AWAIT_INDEXES.test(text)) return { fields: [], type: "r", run: noRows };
  throw new CypherFailure(
    "Neo.ClientError.Statement.SyntaxError",
    `The fake Neo4j server does not know this statement (it runs only the memory store's Cypher): ${text.slice(0, 120)}`,
  );
}
