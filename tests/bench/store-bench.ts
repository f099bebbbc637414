// npm run bench:store — write throughput of both stores on the same synthetic extractions: the batched
// path (UNWIND batches, one transaction per batch) against a naive path (the same code and cypher files,
// one article per transaction), then a restart of the embedded store holding 50,000 articles.
// Neo4j: NEO4J_URI when set, else Neo4j Community started from the Maven jars (tests/neo4j).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import type { Extraction } from "../../src/domain/extraction.js";
import { EmbeddedStore } from "../../src/store/embedded/embedded-store.js";
import type { GraphStore } from "../../src/store/graph-store.js";
import { Neo4jStore } from "../../src/store/neo4j/neo4j-store.js";
import { startLocalNeo4j } from "../neo4j/local-server.js";
import { clearDatabase } from "../support/clear-neo4j.js";
import { syntheticExtractions } from "../support/synthetic.js";

const N = Number(process.env.BENCH_ARTICLES ?? 5000);
const NAIVE = Number(process.env.BENCH_NAIVE_ARTICLES ?? 1000);
const BATCH = Number(process.env.BENCH_BATCH ?? 500);
const RESTART = Number(process.env.BENCH_RESTART_ARTICLES ?? 50_000);

interface Rate {
  articlesPerS: number;
  relationshipsPerS: number;
}

async function load(store: GraphStore, articles: Extraction[], batch: number): Promise<Rate> {
  let relationships = 0;
  const t0 = performance.now();
  for (let i = 0; i < articles.length; i += batch)
    relationships += (await store.upsert(articles.slice(i, i + batch))).relationshipsCreated;
  const s = (performance.now() - t0) / 1000;
  return { articlesPerS: articles.length / s, relationshipsPerS: relationships / s };
}

const fmt = (r: Rate) => `${r.articlesPerS.toFixed(0)} articles/s, ${r.relationshipsPerS.toFixed(0)} relationships/s`;
const tmp = (name: string) => mkdtempSync(join(tmpdir(), `diplograph-bench-${name}-`));

async function neo4jTarget() {
  if (process.env.NEO4J_URI)
    return {
      target: {
        uri: process.env.NEO4J_URI,
        user: process.env.NEO4J_USER ?? "neo4j",
        password: process.env.NEO4J_PASSWORD ?? "",
      },
      stop: async () => {},
    };
  const server = await startLocalNeo4j({ log: () => {} });
  return { target: server, stop: () => server.dispose() };
}

async function emptyNeo4j(target: { uri: string; user: string; password: string }) {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
  await clearDatabase(driver);
  await driver.close();
  return Neo4jStore.open(target);
}

const articles = syntheticExtractions(N);
const naiveSet = articles.slice(0, NAIVE);
console.log(
  `data: ${N} synthetic articles (5,000 persons, 500 places, skewed); naive path on the first ${NAIVE}; batches of ${BATCH}`,
);

// Embedded store.
{
  const batched = await EmbeddedStore.open({ dataDir: tmp("emb") });
  const rate = await load(batched, articles, BATCH);
  await batched.close();
  const naive = await EmbeddedStore.open({ dataDir: tmp("emb-naive") });
  const naiveRate = await load(naive, naiveSet, 1);
  await naive.close();
  console.log(`embedded batched: ${fmt(rate)}`);
  console.log(`embedded naive (one article per write): ${fmt(naiveRate)}`);
  console.log(`embedded batched/naive: ${(rate.articlesPerS / naiveRate.articlesPerS).toFixed(1)}x`);
}

// Neo4j.
{
  const { target, stop } = await neo4jTarget();
  try {
    // Warm up the server (JIT, page cache) on data that is then cleared, so neither path pays for it.
    const warm = await emptyNeo4j(target);
    await load(warm, syntheticExtractions(500, { seed: 99 }), BATCH);
    await warm.close();
    const batched = await emptyNeo4j(target);
    const rate = await load(batched, articles, BATCH);
    await batched.close();
    const naive = await emptyNeo4j(target);
    const naiveRate = await load(naive, naiveSet, 1);
    await naive.close();
    console.log(`neo4j batched: ${fmt(rate)}`);
    console.log(`neo4j naive (one article per transaction): ${fmt(naiveRate)}`);
    console.log(`neo4j batched/naive: ${(rate.articlesPerS / naiveRate.articlesPerS).toFixed(1)}x`);
  } finally {
    await stop();
  }
}

// Restart of the embedded store holding RESTART articles.
{
  const dir = tmp("restart");
  const store = await EmbeddedStore.open({ dataDir: dir });
  const big = syntheticExtractions(RESTART, { seed: 3 });
  for (let i = 0; i < big.length; i += 1000) await store.upsert(big.slice(i, i + 1000));
  await store.close();
  big.length = 0;
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const reopened = await EmbeddedStore.open({ dataDir: dir });
  const ms = performance.now() - t0;
  globalThis.gc?.();
  const heap = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  const stats = await reopened.stats();
  await reopened.close();
  rmSync(dir, { recursive: true, force: true });
  console.log(
    `embedded restart holding ${stats.articles} articles (${stats.persons} persons, ${stats.events.meeting + stats.events.visit + stats.events.call} events): ${(ms / 1000).toFixed(2)} s, graph heap ${heap.toFixed(0)} MB`,
  );
}
