import { Neo4jStore } from "../../src/store/neo4j/neo4j-store.js";
import { clearDatabase, describeNeo4j, neo4jTarget, testDriver } from "../support/neo4j.js";
import { apiContract } from "./api-contract.js";

describeNeo4j("API on Neo4j", () => {
  apiContract("neo4j", async () => {
    const driver = testDriver();
    await clearDatabase(driver);
    await driver.close();
    return Neo4jStore.open(neo4jTarget as NonNullable<typeof neo4jTarget>);
  });
});
