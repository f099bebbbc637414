// Empties a Neo4j database: relationships first, in small transactions (deleting a node with thousands
// of edges at once can exceed the server's transaction memory), then nodes.
import type { Driver } from "neo4j-driver";

export async function clearDatabase(driver: Driver): Promise<void> {
  // CALL ... IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run, not executeQuery.
  const session = driver.session();
  try {
    await session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS");
    await session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
}
