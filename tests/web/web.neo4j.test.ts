// The web page's end-to-end suite (web-suite.ts) on a server whose store is Neo4j, emptied first so the
// server loads the seeds as it does on the embedded store.
import { clearDatabase, describeNeo4j, neo4jTarget, testDriver } from "../support/neo4j.js";
import { webPageSuite } from "./web-suite.js";

describeNeo4j("web page on Neo4j", () => {
  webPageSuite("neo4j", async () => {
    const driver = testDriver();
    await clearDatabase(driver);
    await driver.close();
    const target = neo4jTarget as NonNullable<typeof neo4jTarget>;
    return {
      NEO4J_URI: target.uri,
      NEO4J_USER: target.user,
      NEO4J_PASSWORD: target.password,
    };
  });
});
