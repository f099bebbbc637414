import { Neo4jStore } from "../../src/store/neo4j/neo4j-store.js";
import { clearDatabase, describeNeo4j, neo4jTarget, testDriver } from "../support/neo4j.js";
import { inventedCorpusSuite } from "./invented-corpus.js";

describeNeo4j("invented reports on Neo4j", () => {
  inventedCorpusSuite("neo4j", async () => {
    const driver = testDriver();
    await clearDatabase(driver);
    await driver.close();
    if (!neo4jTarget) throw new Error("no Neo4j");
    return Neo4jStore.open(neo4jTarget);
  });
});
