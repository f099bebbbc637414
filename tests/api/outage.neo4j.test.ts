// A store outage: the real Neo4j process is stopped while the API runs. Requests get 503 problems and
// /ready says so; when Neo4j starts again on the same port and data, the API recovers without a restart.
// Runs where java and mvn are available (the in-process server can be stopped and started).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../../src/api/server.js";
import { loadConfig } from "../../src/config/config.js";
import { createLogger } from "../../src/config/logger.js";
import { hasJavaAndMaven, type Neo4jServer, startLocalNeo4j } from "../neo4j/local-server.js";

const canRun = await hasJavaAndMaven();

describe.skipIf(!canRun)("API during a Neo4j outage", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "diplograph-outage-"));
  let neo: Neo4jServer | undefined;
  let api: RunningServer | undefined;
  afterAll(async () => {
    await api?.close();
    await neo?.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("answers 503 while Neo4j is down and recovers when it is back", { timeout: 240_000 }, async () => {
    neo = await startLocalNeo4j({ dataDir });
    const config = loadConfig({ PORT: "0", HOST: "127.0.0.1", NEO4J_URI: neo.uri, DIPLOGRAPH_RATE_LIMIT: "0" });
    api = await startServer(config, createLogger("silent"), "test");
    const base = `http://127.0.0.1:${api.port}`;
    const people = async () => fetch(`${base}/people?q=haniyeh`);
    expect((await (await people()).json()).items[0].name).toBe("Ismail Haniyeh"); // the seeds were loaded

    await neo.stop();
    const down = await people();
    expect(down.status).toBe(503);
    expect(down.headers.get("content-type")).toMatch(/application\/problem\+json/);
    expect((await down.json()).type).toBe("urn:diplograph:problem:store-unavailable");
    expect((await fetch(`${base}/ready`)).status).toBe(503);
    expect((await fetch(`${base}/health`)).status).toBe(200);

    await neo.start();
    let ready = 503;
    for (let i = 0; i < 100 && ready !== 200; i++) {
      ready = (await fetch(`${base}/ready`)).status;
      if (ready !== 200) await new Promise((r) => setTimeout(r, 200));
    }
    expect(ready).toBe(200);
    const back = await people();
    expect(back.status).toBe(200);
    expect((await back.json()).items[0].name).toBe("Ismail Haniyeh");
  });
});
