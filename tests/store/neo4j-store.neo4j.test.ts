import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { EmbeddedStore } from "../../src/store/embedded/embedded-store.js";
import { Neo4jStore } from "../../src/store/neo4j/neo4j-store.js";
import { clearDatabase, describeNeo4j, neo4jTarget, testDriver } from "../support/neo4j.js";
import { dumpAnswers, graphStoreContract } from "./contract.js";
import { devCorpusExtractions } from "./fixtures.js";

const openEmpty = async () => {
  const driver = testDriver();
  await clearDatabase(driver);
  await driver.close();
  if (!neo4jTarget) throw new Error("no Neo4j");
  return Neo4jStore.open(neo4jTarget);
};

describeNeo4j("Neo4j store", () => {
  graphStoreContract("neo4j", openEmpty);

  describeNeo4j("against the embedded store", () => {
    let neo: Neo4jStore;
    let embedded: EmbeddedStore;
    beforeAll(async () => {
      neo = await openEmpty();
      embedded = await EmbeddedStore.open({ dataDir: mkdtempSync(join(tmpdir(), "diplograph-same-")) });
    });
    afterAll(async () => {
      await neo?.close();
      await embedded?.close();
    });

    it("gives the same answers on the development corpus, before and after resolution", async () => {
      const corpus = devCorpusExtractions();
      const half = Math.ceil(corpus.length / 2);
      for (const batch of [corpus.slice(0, half), corpus.slice(half)]) {
        const [a, b] = [await neo.upsert(batch), await embedded.upsert(batch)];
        expect(a).toEqual(b);
      }
      expect(await dumpAnswers(neo)).toEqual(await dumpAnswers(embedded));
      const [ra, rb] = [await neo.resolve(), await embedded.resolve()];
      expect(ra).toEqual(rb);
      expect(await dumpAnswers(neo)).toEqual(await dumpAnswers(embedded));
      const someone = (await embedded.searchPersons("", { limit: 1, offset: 0 })).items[0]?.id as string;
      expect(await neo.egoNetwork(someone, 2, { limit: 300 })).toEqual(
        await embedded.egoNetwork(someone, 2, { limit: 300 }),
      );
      expect(await neo.timeline(someone, { includeUndated: true })).toEqual(
        await embedded.timeline(someone, { includeUndated: true }),
      );
    });
  });
});
