import { afterAll, beforeAll, expect, it } from "vitest";
import { describeNeo4j, neo4jTarget } from "../../tests/support/neo4j.js";
import { loadConfig } from "../config/config.js";
import { createLogger } from "../config/logger.js";
import { type RunningServer, startServer } from "./server.js";

describeNeo4j("service on Neo4j", () => {
  let running: RunningServer;
  beforeAll(async () => {
    const config = loadConfig({
      PORT: "0",
      HOST: "127.0.0.1",
      NEO4J_URI: neo4jTarget!.uri,
      NEO4J_USER: neo4jTarget!.user,
      NEO4J_PASSWORD: neo4jTarget!.password,
    });
    running = await startServer(config, createLogger("silent"), "test");
  });
  afterAll(() => running.close());

  it("starts on the configured Neo4j and reports ready", async () => {
    const health = await (await fetch(`http://127.0.0.1:${running.port}/health`)).json();
    expect(health).toMatchObject({ status: "ok", store: "neo4j" });
    const ready = await fetch(`http://127.0.0.1:${running.port}/ready`);
    expect(ready.status).toBe(200);
  });
});
