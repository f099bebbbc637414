// The same graph gives the same picture in any process and on either store: two server processes, one
// on the embedded store and one on Neo4j, both loaded with the seeds, cache off.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { personId } from "../../src/store/identity.js";
import { type Child, runTs } from "../support/child.js";
import { clearDatabase, describeNeo4j, neo4jTarget, testDriver } from "../support/neo4j.js";

const CLI = join(import.meta.dirname, "../../src/cli/main.ts");

async function server(env: Record<string, string>): Promise<{ child: Child; base: string }> {
  const child = runTs(CLI, ["serve"], {
    env: { PORT: "0", HOST: "127.0.0.1", DIPLOGRAPH_LAYOUT_CACHE_MB: "0", ...env },
  });
  const line = await child.waitFor((l) => l.includes("diplograph listening"));
  return { child, base: `http://127.0.0.1:${(JSON.parse(line) as { port: number }).port}` };
}

describeNeo4j("layouts across processes and stores", () => {
  const children: Child[] = [];
  afterAll(async () => {
    for (const c of children) c.process.kill("SIGTERM");
    await Promise.all(children.map((c) => c.exit));
  });

  it("gives identical coordinates from an embedded-store process and a Neo4j process", {
    timeout: 180_000,
  }, async () => {
    const driver = testDriver();
    await clearDatabase(driver);
    await driver.close();
    const target = neo4jTarget as NonNullable<typeof neo4jTarget>;
    const embedded = await server({ DIPLOGRAPH_DATA: mkdtempSync(join(tmpdir(), "diplograph-proc-")), NEO4J_URI: "" });
    const neo = await server({ NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password });
    children.push(embedded.child, neo.child);
    const haniyeh = personId("Ismail Haniyeh");
    for (const path of [
      "/layout",
      `/layout?center=${haniyeh}&depth=2`,
      "/layout?iterations=300&linLogMode=true&sizeBy=pagerank",
    ]) {
      const [a, b] = await Promise.all([embedded, neo].map(async (s) => (await fetch(`${s.base}${path}`)).json()));
      expect(a.nodes.length, path).toBeGreaterThan(2);
      expect(b.nodes, path).toEqual(a.nodes);
      expect(b.edges, path).toEqual(a.edges);
      const { durationMs: _a, ...metaA } = a.meta;
      const { durationMs: _b, ...metaB } = b.meta;
      expect(metaB, path).toEqual({ ...metaA });
      expect(metaA.cached).toBe(false);
    }
  });
});
