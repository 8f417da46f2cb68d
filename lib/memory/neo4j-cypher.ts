// The Cypher the Neo4j memory store runs. Every value is a bound parameter ($name); the only
// text built at run time is the Lucene query, made of letters and digits (normalize.ts).
// Times are epoch milliseconds (integers). `$asOf` null means "valid now".
import { FACT_TEXT_INDEX } from "./neo4j-schema";

const VALID = `(CASE WHEN $asOf IS NULL THEN r.invalidAt IS NULL
  ELSE r.validAt <= $asOf AND (r.invalidAt IS NULL OR r.invalidAt > $asOf) END)`;
const ABOUT = "($about IS NULL OR r.about = $about)";
/** confidence 0–1 → weight 0.5–1; halves every $halfLifeMs since last confirmation. */
const WEIGHT = `(0.5 + 0.5 * r.confidence) /
  (1.0 + toFloat(CASE WHEN $reference > r.updatedAt THEN $reference - r.updatedAt ELSE 0 END) / $halfLifeMs)`;

export const RECENT_FACTS = `
MATCH ()-[r:FACT]->()
WHERE r.playerId = $playerId AND ${VALID} AND ${ABOUT}
RETURN properties(r) AS fact, ${WEIGHT} AS score
ORDER BY r.updatedAt DESC
LIMIT $limit`;

export const TEXT_FACTS = `
CALL db.index.fulltext.queryRelationships('${FACT_TEXT_INDEX}', $lucene) YIELD relationship, score
WITH relationship AS r, score AS relevance
WHERE r.playerId = $playerId AND ${VALID} AND ${ABOUT}
WITH r, relevance * ${WEIGHT} AS score
RETURN properties(r) AS fact, score
ORDER BY score DESC, r.updatedAt DESC
LIMIT $limit`;

export const SUBSTRING_FACTS = `
MATCH ()-[r:FACT]->()
WHERE r.playerId = $playerId AND ${VALID} AND ${ABOUT}
  AND any(t IN $tokens WHERE toLower(r.subject + ' ' + r.predicate + ' ' + r.object) CONTAINS t)
WITH r, ${WEIGHT} AS score
RETURN properties(r) AS fact, score
ORDER BY score DESC
LIMIT $limit`;

export const LIST_FACTS = `
MATCH ()-[r:FACT]->()
WHERE r.playerId = $playerId AND ($includeAll OR r.invalidAt IS NULL) AND ${ABOUT}
RETURN properties(r) AS fact
ORDER BY r.validAt DESC, r.createdAt DESC`;

/** The valid facts a new fact could restate or contradict (same about and subject). */
export const FACT_CANDIDATES = `
MATCH (s:Entity {playerId: $playerId, group: $about, key: $subjectKey})-[r:FACT]->()
WHERE r.about = $about AND r.invalidAt IS NULL
  AND (r.predicateKey = $predicateKey OR r.objectKey = $objectKey)
RETURN r.id AS id, r.predicateKey AS predicateKey, r.objectKey AS objectKey, r.validAt AS validAt`;

/**
 * Creates a fact — new, superseding, or historical — only if the valid facts under its key
 * are still exactly `$expectedCurrent` (optimistic check; no row back = re-decide). Setting a
 * property on the subject first takes its write lock, so writers of one subject queue.
 */
export const CREATE_FACT = `
MERGE (s:Entity {playerId: $playerId, group: $about, key: $subjectKey})
  ON CREATE SET s.name = $subject, s.createdAt = $now
SET s.lockedAt = $now
WITH s
OPTIONAL MATCH (s)-[cur:FACT]->()
  WHERE cur.about = $about AND cur.predicateKey = $predicateKey AND cur.invalidAt IS NULL
WITH s, collect(cur) AS current
WHERE [c IN current | c.id] = $expectedCurrent
MERGE (o:Entity {playerId: $playerId, group: $about, key: $objectKey})
  ON CREATE SET o.name = $object, o.createdAt = $now
CREATE (s)-[r:FACT]->(o)
SET r = $props
FOREACH (c IN CASE WHEN $closeCurrent THEN current ELSE [] END |
  SET c.invalidAt = $validAt, c.supersededBy = $props.id)
WITH s, r
OPTIONAL MATCH (ep:Episode {id: $episodeId, playerId: $playerId})
FOREACH (e IN CASE WHEN ep IS NULL THEN [] ELSE [ep] END | MERGE (e)-[:MENTIONS]->(s) SET r.episodeId = e.id)
RETURN r.id AS id`;

/** A restatement: the higher confidence wins, the updated time moves forward. */
export const REFRESH_FACT = `
MATCH (s:Entity {playerId: $playerId, group: $about, key: $subjectKey})-[r:FACT {id: $id}]->()
WHERE r.invalidAt IS NULL
SET s.lockedAt = $now,
  r.confidence = CASE WHEN $confidence > r.confidence THEN $confidence ELSE r.confidence END,
  r.updatedAt = CASE WHEN $now > r.updatedAt THEN $now ELSE r.updatedAt END,
  r.validAt = CASE WHEN $validAt < r.validAt THEN $validAt ELSE r.validAt END
RETURN r.id AS id`;

export const CREATE_EPISODE = `
CREATE (e:Episode {id: $id, playerId: $playerId, conversationId: $conversationId,
  summary: $summary, occurredAt: $occurredAt, createdAt: $now})
RETURN properties(e) AS episode`;

export const LIST_EPISODES = `
MATCH (e:Episode {playerId: $playerId})
RETURN properties(e) AS episode
ORDER BY e.occurredAt DESC`;

export const DELETE_PLAYER = `
OPTIONAL MATCH ()-[r:FACT {playerId: $playerId}]->()
WITH count(r) AS facts
OPTIONAL MATCH (ep:Episode {playerId: $playerId})
WITH facts, collect(ep) AS episodes
OPTIONAL MATCH (en:Entity {playerId: $playerId})
WITH facts, episodes, collect(en) AS entities
FOREACH (n IN episodes | DETACH DELETE n)
FOREACH (n IN entities | DETACH DELETE n)
RETURN facts, size(episodes) AS episodes`;

export const PING = "RETURN 1 AS ok";
