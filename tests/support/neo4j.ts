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
export { clearDatabase } from "./clear-neo4j.js";
