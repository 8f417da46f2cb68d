// The Neo4j memory graph's schema, created idempotently (`IF NOT EXISTS`) by
// `npm run neo4j:init` and, once per process, by the store before its first query:
//   (:Entity {playerId, group, key, name})   group = user | nikita | relationship
//   (:Entity)-[:FACT {id, playerId, about, subject, predicate, object, …keys, confidence,
//                     validAt, invalidAt, supersededBy, createdAt, updatedAt}]->(:Entity)
//   (:Episode {id, playerId, conversationId, summary, occurredAt})-[:MENTIONS]->(:Entity)
// Every node and relationship carries playerId; entities are unique per (player, group, key),
// so each player has separate user / nikita / relationship groups.
import type { Driver } from "neo4j-driver";

export const FACT_TEXT_INDEX = "memory_fact_text";
/** How long init waits for new indexes to come online. */
const AWAIT_INDEXES_SECONDS = 60;

export const SCHEMA_STATEMENTS = [
  "CREATE CONSTRAINT memory_entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE (e.playerId, e.group, e.key) IS UNIQUE",
  "CREATE CONSTRAINT memory_episode_id IF NOT EXISTS FOR (e:Episode) REQUIRE e.id IS UNIQUE",
  "CREATE CONSTRAINT memory_fact_id IF NOT EXISTS FOR ()-[r:FACT]-() REQUIRE r.id IS UNIQUE",
  "CREATE INDEX memory_entity_player IF NOT EXISTS FOR (e:Entity) ON (e.playerId)",
  "CREATE INDEX memory_episode_player IF NOT EXISTS FOR (e:Episode) ON (e.playerId)",
  "CREATE INDEX memory_fact_player IF NOT EXISTS FOR ()-[r:FACT]-() ON (r.playerId)",
  `CREATE FULLTEXT INDEX ${FACT_TEXT_INDEX} IF NOT EXISTS FOR ()-[r:FACT]-() ON EACH [r.subject, r.predicate, r.object]`,
] as const;

export async function ensureNeo4jSchema(driver: Driver, database?: string): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery(`CALL db.awaitIndexes(${AWAIT_INDEXES_SECONDS})`, {}, { database });
}
