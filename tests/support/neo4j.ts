// Database suites: `describeNeo4j` runs them against the server the global setup chose, or skips them.
import neo4j, { type Driver } from "neo4j-driver";
import { describe, inject } from "vitest";

export const neo4jTarget = inject("neo4j");
export const describeNeo4j: typeof describe = neo4jTarget ? describe : (describe.skip as typeof describe);

export function testDriver(): Driver {
  if (!neo4jTarget) throw new Error(`no Neo4j for this suite: ${inject("neo4jSkipReason")}`);
  return neo4j.driver(neo4jTarget.uri, neo4j.auth.basic(neo4jTarget.user, neo4jTarget.password));
}

/** Removes every node and relationship, so a suite never depends on what another one left behind. */
export async function clearDatabase(driver: Driver): Promise<void> {
  // CALL ... IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run, not executeQuery.
  const session = driver.session();
  try {
    // Relationships first, in small transactions: deleting a node with thousands of edges at once
    // can exceed the server's transaction memory.
    await session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS");
    await session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
}
