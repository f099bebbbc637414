import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, expect, it } from "vitest";
import { clearDatabase, describeNeo4j, testDriver } from "../../../tests/support/neo4j.js";
import { applySchema } from "./schema.js";

describeNeo4j("Neo4j schema (real server)", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await driver.verifyConnectivity();
    await clearDatabase(driver);
  });
  afterAll(async () => {
    await clearDatabase(driver);
    await driver.close();
  });

  it("talks to a real Neo4j 5.26 server", async () => {
    const { records } = await driver.executeQuery(
      "CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS version",
    );
    expect(records[0]?.get("name")).toBe("Neo4j Kernel");
    expect(String(records[0]?.get("version"))).toMatch(/^5\.26\./);
  });

  it("applies the schema twice without change", async () => {
    const first = await applySchema(driver);
    const constraintsAfterFirst = await driver.executeQuery("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name");
    const second = await applySchema(driver);
    const constraintsAfterSecond = await driver.executeQuery("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name");
    expect(second).toBe(first);
    const names = constraintsAfterSecond.records.map((r) => r.get("name"));
    expect(names).toEqual(constraintsAfterFirst.records.map((r) => r.get("name")));
    expect(names).toEqual(
      expect.arrayContaining(["article_id", "event_id", "location_id", "organization_id", "person_id"]),
    );
    const indexes = await driver.executeQuery("SHOW INDEXES YIELD name, type, state RETURN name, type, state");
    const fulltext = indexes.records.find((r) => r.get("name") === "entity_names");
    expect(fulltext?.get("type")).toBe("FULLTEXT");
    expect(fulltext?.get("state")).toBe("ONLINE");
  });

  it("writes and reads a node, and the uniqueness constraint rejects a duplicate id", async () => {
    await applySchema(driver);
    await driver.executeQuery("CREATE (:Person {id: $id, name: $name})", { id: "p:test", name: "Test Person" });
    const { records } = await driver.executeQuery("MATCH (p:Person {id: $id}) RETURN p.name AS name", {
      id: "p:test",
    });
    expect(records.map((r) => r.get("name"))).toEqual(["Test Person"]);
    await expect(
      driver.executeQuery("CREATE (:Person {id: $id, name: $name})", { id: "p:test", name: "Someone Else" }),
    ).rejects.toMatchObject({ code: "Neo.ClientError.Schema.ConstraintValidationFailed" });
  });
});
