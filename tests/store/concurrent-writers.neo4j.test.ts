// Two processes, released together, load overlapping batches into one Neo4j: nothing may be duplicated,
// and the graph must equal what one writer alone builds.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { EmbeddedStore } from "../../src/store/embedded/embedded-store.js";
import { Neo4jStore } from "../../src/store/neo4j/neo4j-store.js";
import { runTs } from "../support/child.js";
import { clearDatabase, describeNeo4j, neo4jTarget, testDriver } from "../support/neo4j.js";
import { syntheticExtractions } from "../support/synthetic.js";

const WRITER = join(import.meta.dirname, "writer-process.ts");
const TOTAL = 1500;

describeNeo4j("concurrent writers on Neo4j", () => {
  it("two overlapping loads released together duplicate nothing", { timeout: 300_000 }, async () => {
    const driver = testDriver();
    await clearDatabase(driver);
    const store = await Neo4jStore.open(neo4jTarget as NonNullable<typeof neo4jTarget>);
    await store.close(); // schema in place before the race
    const barrier = join(mkdtempSync(join(tmpdir(), "diplograph-barrier-")), "go");
    const uri = neo4jTarget?.uri as string;
    // Writer A loads articles 0..1000, writer B 500..1500: 500 articles and their persons overlap.
    const a = runTs(WRITER, ["neo4j", uri, "0", "1000", "100", barrier]);
    const b = runTs(WRITER, ["neo4j", uri, "500", String(TOTAL), "100", barrier]);
    await Promise.all([a.waitFor((l) => l === "ready"), b.waitFor((l) => l === "ready")]);
    writeFileSync(barrier, "go");
    const [ea, eb] = await Promise.all([a.exit, b.exit]);
    expect(ea.code, ea.stderr).toBe(0);
    expect(eb.code, eb.stderr).toBe(0);

    const count = async (query: string) => {
      const { records } = await driver.executeQuery(query);
      return records[0]?.get(0).toNumber() as number;
    };
    for (const label of ["Person", "Organization", "Location", "Event", "Article"])
      expect(await count(`MATCH (n:${label}) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN count(*)`)).toBe(0);
    for (const type of ["MET_WITH", "SPOKE_WITH", "VISITED"])
      expect(
        await count(`MATCH (a)-[r:${type}]->(b) WITH a, b, r.eventId AS e, count(*) AS c WHERE c > 1 RETURN count(*)`),
      ).toBe(0);
    for (const type of ["PARTICIPATED_IN", "REPORTED_IN", "TOOK_PLACE_IN", "AFFILIATED_WITH"])
      expect(await count(`MATCH (a)-[r:${type}]->(b) WITH a, b, count(*) AS c WHERE c > 1 RETURN count(*)`)).toBe(0);
    expect(await count("MATCH (a:Article) RETURN count(a)")).toBe(TOTAL);

    // The same articles loaded by one writer give the same graph.
    const alone = await EmbeddedStore.open({ dataDir: mkdtempSync(join(tmpdir(), "diplograph-alone-")) });
    await alone.upsert(syntheticExtractions(TOTAL));
    const neo = await Neo4jStore.open(neo4jTarget as NonNullable<typeof neo4jTarget>);
    expect(await neo.stats()).toEqual(await alone.stats());
    const busiest = (await alone.searchPersons("", { limit: 3, offset: 0 })).items.map((p) => p.id);
    for (const id of busiest)
      expect(await neo.counterparts(id, { includeUndated: true })).toEqual(
        await alone.counterparts(id, { includeUndated: true }),
      );
    await Promise.all([neo.close(), alone.close(), driver.close()]);
  });
});
