// npm run neo4j:init — creates the Neo4j memory graph's constraints and indexes (see
// neo4j-schema.ts) on NEO4J_URI. Idempotent: every statement is `IF NOT EXISTS`, so it is
// safe to run on every deploy. Prints what it did, never the password.
import { env } from "@/lib/env";
import { createNeo4jDriver } from "./neo4j-driver";
import { ensureNeo4jSchema, SCHEMA_STATEMENTS } from "./neo4j-schema";

async function main(): Promise<void> {
  if (!env.NEO4J_URI) {
    console.error("NEO4J_URI is not set: memory uses the Postgres store, nothing to initialise.");
    process.exit(1);
  }
  const driver = createNeo4jDriver({
    uri: env.NEO4J_URI,
    user: env.NEO4J_USER,
    password: env.NEO4J_PASSWORD ?? "",
  });
  const started = performance.now();
  try {
    await driver.verifyConnectivity();
    await ensureNeo4jSchema(driver);
    console.log(
      `neo4j memory schema ready (${SCHEMA_STATEMENTS.length} constraints and indexes) in ${Math.round(performance.now() - started)} ms`,
    );
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  console.error("neo4j init failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
