// npm run bench:api — the query API under load (autocannon) on a generated graph of 100,000 articles:
// GET counterparts and GET /graph?depth=2 for random persons, on the embedded store and on Neo4j; in the
// same run, (a) the same middleware stack serving a constant answer of the same size, and (b) the raw
// driver executing the same Cypher in a loop. Any non-2xx answer fails the bench.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import neo4j from "neo4j-driver";
import { EmbeddedStore } from "../../src/store/embedded/embedded-store.js";
import type { GraphStore } from "../../src/store/graph-store.js";
import { cypher } from "../../src/store/neo4j/cypher-files.js";
import { Neo4jStore } from "../../src/store/neo4j/neo4j-store.js";
import { startLocalNeo4j } from "../neo4j/local-server.js";
import { runTs } from "../support/child.js";
import { clearDatabase } from "../support/clear-neo4j.js";
import { syntheticExtractions } from "../support/synthetic.js";
import { seededRandom } from "./corpus.js";

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

async function load(store: GraphStore) {
  for (let start = 0; start < ARTICLES; start += 10_000) {
    const slice = syntheticExtractions(Math.min(ARTICLES, start + 10_000), { seed: 21 }).slice(start);
    for (let i = 0; i < slice.length; i += 1000) await store.upsert(slice.slice(i, i + 1000));
  }
  await store.resolve();
}

interface Result {
  rps: number;
  p50: number;
  p99: number;
  mean: number;
}

async function hammer(
  base: string,
  paths: () => string,
  connections = CONNECTIONS,
  seconds = SECONDS,
  timeout = 10,
): Promise<Result> {
  const result = await autocannon({
    url: base,
    connections,
    duration: seconds,
    timeout,
    requests: [{ setupRequest: (req) => ({ ...req, path: paths() }) }],
  });
  const bad = result.non2xx + result.errors + result.timeouts;
  if (bad > 0)
    throw new Error(
      `bench: ${bad} requests failed (non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts})`,
    );
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    mean: result.latency.average,
  };
}

const fmt = (r: Result) => `${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms`;

async function serveInChild(kind: string, target: string, constantFile: string) {
  const child = runTs(join(import.meta.dirname, "api-server.ts"), [kind, target, constantFile]);
  const line = await child.waitFor((l) => l.startsWith("port "));
  return {
    base: `http://127.0.0.1:${line.slice(5)}`,
    stop: async () => {
      child.process.kill("SIGTERM");
      await child.exit;
    },
  };
}

/**
 * What the bench asks about: every person id, and a counterparts answer of the mean size, written to
 * a file that the server's constant route (a) sends as it is: same size, same shape, no store.
 */
async function probe(store: GraphStore) {
  const ids = (await store.searchPersons("", { limit: 5000, offset: 0 })).items.map((p) => p.id);
  const answers: string[] = [];
  for (let i = 0; i < ids.length; i += Math.ceil(ids.length / 101))
    answers.push(JSON.stringify({ items: await store.counterparts(ids[i] as string, {}), nextCursor: null }));
  // The answer closest to the mean size, so (a) serialises as many bytes per request as the real route.
  const mean = answers.reduce((n, a) => n + a.length, 0) / answers.length;
  const typical = answers.reduce((best, a) => (Math.abs(a.length - mean) < Math.abs(best.length - mean) ? a : best));
  const file = join(mkdtempSync(join(tmpdir(), "diplograph-bench-constant-")), "answer.json");
  writeFileSync(file, typical);
  return { ids, constantFile: file, typicalBytes: Buffer.byteLength(typical) };
}

async function benchServer(kind: string, target: string, ids: string[], constantFile: string, typicalBytes: number) {
  const random = seededRandom(5);
  const pick = () => encodeURIComponent(ids[Math.floor(random() * ids.length)] as string);
  const { base, stop } = await serveInChild(kind, target, constantFile);
  try {
    await hammer(base, () => `/people/${pick()}/counterparts`, CONNECTIONS, 2); // warm-up
    const counterparts = await hammer(base, () => `/people/${pick()}/counterparts`);
    const constant = await hammer(base, () => "/bench/constant");
    const single = await hammer(base, () => `/people/${pick()}/counterparts`, 1, Math.ceil(SECONDS / 2));
    // Two-hop pictures of this dense graph take seconds each: fewer connections, a longer timeout.
    const graph = await hammer(base, () => `/graph?center=${pick()}&depth=2`, 4, SECONDS, 60);
    console.log(`${kind} GET counterparts: ${fmt(counterparts)}`);
    console.log(`${kind} GET /graph?depth=2: ${fmt(graph)}`);
    console.log(
      `${kind} (a) constant answer of ${typicalBytes} bytes (a counterparts answer of the mean size, served constant), same middleware: ${fmt(constant)}`,
    );
    console.log(`${kind} counterparts throughput is ${((100 * counterparts.rps) / constant.rps).toFixed(0)}% of (a)`);
    return single;
  } finally {
    await stop();
  }
}

// Embedded: loaded here, closed, then served by the child process (one writer holds the store).
{
  const dir = mkdtempSync(join(tmpdir(), "diplograph-bench-api-"));
  const store = await EmbeddedStore.open({ dataDir: dir });
  const t0 = performance.now();
  await load(store);
  const stats = await store.stats();
  console.log(
    `graph: ${stats.articles} articles, ${stats.persons} persons, ${stats.relationships.MET_WITH} MET_WITH edges (embedded load ${((performance.now() - t0) / 1000).toFixed(0)} s)`,
  );
  const { ids, constantFile, typicalBytes } = await probe(store);
  await store.close();
  await benchServer("embedded", dir, ids, constantFile, typicalBytes);
  rmSync(dir, { recursive: true, force: true });
}

// Neo4j: the same graph; then (b), the raw driver running the counterparts Cypher in a loop.
{
  const server = process.env.NEO4J_URI ? null : await startLocalNeo4j({ log: () => {} });
  const uri = server?.uri ?? (process.env.NEO4J_URI as string);
  try {
    const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", process.env.NEO4J_PASSWORD ?? ""), {
      disableLosslessIntegers: true,
    });
    await clearDatabase(driver);
    const store = await Neo4jStore.open({ uri, user: "neo4j", password: process.env.NEO4J_PASSWORD ?? "" });
    const t0 = performance.now();
    await load(store);
    console.log(`neo4j load ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    const { ids, constantFile, typicalBytes } = await probe(store);
    await store.close();
    const single = await benchServer("neo4j", uri, ids, constantFile, typicalBytes);

    const random = seededRandom(6);
    const query = cypher("store/counterparts");
    const params = () => ({ id: ids[Math.floor(random() * ids.length)], from: null, to: null, includeUndated: false });
    // The way the store runs a read: one auto-commit statement in a read session.
    const runOnce = async () => {
      const session = driver.session({ defaultAccessMode: neo4j.session.READ });
      try {
        await session.run(query, params());
      } finally {
        await session.close();
      }
    };
    for (let i = 0; i < 200; i++) await runOnce();
    let n = 0;
    const t1 = performance.now();
    while (performance.now() - t1 < (SECONDS / 2) * 1000) {
      await runOnce();
      n++;
    }
    const raw = (performance.now() - t1) / n;
    await driver.close();
    console.log(`neo4j (b) raw driver, same Cypher, one at a time: ${raw.toFixed(2)} ms per query`);
    console.log(
      `neo4j API counterparts one at a time: ${single.mean.toFixed(2)} ms per request = ${(single.mean / raw).toFixed(2)}x (b)`,
    );
  } finally {
    await server?.dispose();
  }
}
