// The in-process server can be stopped and started again on the same port and data directory
// (the API's outage test relies on it). Runs where java and mvn are available.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { hasJavaAndMaven, type Neo4jServer, startLocalNeo4j } from "./local-server.js";

const canRun = await hasJavaAndMaven();

describe.skipIf(!canRun)("local Neo4j server restart", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "diplograph-restart-"));
  let server: Neo4jServer | undefined;
  afterAll(async () => {
    await server?.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("stops, refuses connections, and starts again on the same port with its data", async () => {
    server = await startLocalNeo4j({ dataDir });
    const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password));
    try {
      await driver.executeQuery("CREATE (:Marker {id: 'kept'})");
      await server.stop();
      await expect(driver.verifyConnectivity()).rejects.toThrow();
      await server.start();
      const { records } = await driver.executeQuery("MATCH (m:Marker) RETURN m.id AS id");
      expect(records.map((r) => r.get("id"))).toEqual(["kept"]);
    } finally {
      await driver.close();
    }
  });
});
