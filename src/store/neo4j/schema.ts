import type { Driver } from "neo4j-driver";
import { cypher, statements } from "./cypher-files.js";

/** Applies cypher/schema.cypher; every statement is IF NOT EXISTS, so running it again changes nothing. */
export async function applySchema(driver: Driver, database?: string): Promise<number> {
  const list = statements(cypher("schema"));
  for (const statement of list) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery("CALL db.awaitIndexes(60)", {}, { database });
  return list.length;
}
