// A writer child process for the reliability tests: loads a slice of the synthetic articles into a store
// in batches, after a barrier file appears, and says "batch N" after each batch is stored.
import { existsSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { EmbeddedStore } from "../../src/store/embedded/embedded-store.js";
import type { GraphStore } from "../../src/store/graph-store.js";
import { Neo4jStore } from "../../src/store/neo4j/neo4j-store.js";
import { syntheticExtractions } from "../support/synthetic.js";

const [kind, target, from, to, batchSize, barrier, snapshotBytes] = process.argv.slice(2) as string[];
const articles = syntheticExtractions(Number(to)).slice(Number(from));
const store: GraphStore =
  kind === "neo4j"
    ? await Neo4jStore.open({ uri: target as string, user: "neo4j", password: "" })
    : await EmbeddedStore.open({ dataDir: target as string, snapshotAfterBytes: Number(snapshotBytes || 1 << 30) });
console.log("ready");
while (barrier && barrier !== "-" && !existsSync(barrier)) await sleep(5);
const size = Number(batchSize);
for (let i = 0; i * size < articles.length; i++) {
  await store.upsert(articles.slice(i * size, (i + 1) * size));
  console.log(`batch ${i}`);
}
await store.close();
console.log("done");
