// Every analyst example query in cypher/analyst/ runs against a Neo4j seeded with the development
// corpus, with the example parameters written in its header, and answers something.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, expect, it } from "vitest";
import { cypherDir } from "../../src/config/paths.js";
import { Neo4jStore } from "../../src/store/neo4j/neo4j-store.js";
import { fromNeo4j } from "../../src/store/neo4j/values.js";
import { devCorpusExtractions } from "../store/fixtures.js";
import { clearDatabase, describeNeo4j, neo4jTarget, testDriver } from "../support/neo4j.js";

const dir = join(cypherDir, "analyst");
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".cypher"))
  .sort();

describeNeo4j("analyst queries", () => {
  let driver: Driver;
  const rows = new Map<string, Record<string, unknown>[]>();

  beforeAll(async () => {
    driver = testDriver();
    await clearDatabase(driver);
    const store = await Neo4jStore.open(neo4jTarget as NonNullable<typeof neo4jTarget>);
    await store.upsert(devCorpusExtractions());
    await store.resolve();
    await store.close();
  });
  afterAll(() => driver?.close());

  it("has at least ten, each with its intent and example parameters", () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const f of files) {
      const text = readFileSync(join(dir, f), "utf8");
      expect(text.startsWith("// "), f).toBe(true);
      expect(text, f).toMatch(/^\/\/ example: \{.*\}$/m);
    }
  });

  it.each(files)("%s runs with its example parameters and finds something", async (file) => {
    const text = readFileSync(join(dir, file), "utf8");
    const params = JSON.parse(/^\/\/ example: (\{.*\})$/m.exec(text)?.[1] ?? "{}");
    const { records } = await driver.executeQuery(text.trim().replace(/;$/, ""), params);
    const found = records.map((r) => fromNeo4j(r.toObject()) as Record<string, unknown>);
    rows.set(file, found);
    expect(found.length, file).toBeGreaterThan(0);
  });

  it("answers what the examples ask", () => {
    const counterparts = rows.get("who-met-person.cypher")?.map((r) => r.counterpart);
    expect(counterparts).toContain("Ali Khamenei");
    expect(rows.get("name-search.cypher")?.[0]?.name).toBe("Sergei Lavrov");
    expect(rows.get("calls-of-person.cypher")?.every((r) => typeof r.spokeWith === "string")).toBe(true);
    expect(rows.get("path-between.cypher")?.[0]?.chain).toEqual(["Ismail Haniyeh", "Ali Khamenei"]);
    const timeline = rows.get("person-timeline.cypher") ?? [];
    expect(timeline.some((r) => r.kind === "meeting" && r.date === "2024-03-26")).toBe(true);
    // Iran's foreign minister changed during 2024: the December holder is not the February one.
    expect(rows.get("post-holders-on-date.cypher")?.map((r) => r.holder)).toEqual(["Abbas Araghchi"]);
    // The dev articles are all independent: each is a source of its own.
    for (const r of rows.get("corroborated-meetings.cypher") ?? []) expect(r.sources).toBe(r.articles);
    expect(rows.get("syndicated-stories.cypher")?.every((r) => r.articles === 1)).toBe(true);
    const pairs = rows.get("meetings-between-posts.cypher") ?? [];
    expect(pairs.every((r) => r.holderA === "Abbas Araghchi" && r.holderB === "Sergei Lavrov")).toBe(true);
  });
});
