import { Neo4jStore } from "../../src/store/neo4j/neo4j-store.js";
import { clearDatabase, describeNeo4j, neo4jTarget, testDriver } from "../support/neo4j.js";
import { ingestContract } from "./ingest-contract.js";

describeNeo4j("ingestion on Neo4j", () => {
  const target = neo4jTarget as NonNullable<typeof neo4jTarget>;
  ingestContract({
    name: "neo4j",
    emptyEnv: async () => {
      const driver = testDriver();
      await clearDatabase(driver);
      await driver.close();
      return { NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password };
    },
    open: async () => Neo4jStore.open(target),
    articlesWhileRunning: async () => {
      const driver = testDriver();
      try {
        const { records } = await driver.executeQuery("MATCH (a:Article) RETURN count(a) AS n");
        return records[0]?.get("n").toNumber() ?? 0;
      } finally {
        await driver.close();
      }
    },
  });
});
