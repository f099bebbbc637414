// npm run bench:ingest — end-to-end ingestion (read, extract in worker threads, write, resolve) of
// 20,000 article texts varied from the dev corpus, into the embedded store and into Neo4j, with 1 and 2
// extraction workers; prints how the wall time splits between extraction and writing (they overlap).
// With 2 workers each store runs again with posts off (BENCH_POSTS=on skips that run), so the cost of
// keeping HELD spans and resolving office references shows against a baseline of the same run.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import neo4j from "neo4j-driver";
import { ExtractPool } from "../../src/ingest/extract-pool.js";
import { runIngest } from "../../src/ingest/pipeline.js";
import type { SourceItem } from "../../src/ingest/records.js";
import { EmbeddedStore } from "../../src/store/embedded/embedded-store.js";
import type { GraphStore } from "../../src/store/graph-store.js";
import { Neo4jStore } from "../../src/store/neo4j/neo4j-store.js";
import { startLocalNeo4j } from "../neo4j/local-server.js";
import { clearDatabase } from "../support/clear-neo4j.js";
import { devArticles, variedCorpus } from "./corpus.js";
import { withoutPosts } from "./without-posts.js";

const shared = resolve(process.env.DIPLOGRAPH_SHARED ?? join(import.meta.dirname, "../../../shared"));
const COUNT = Number(process.env.BENCH_ARTICLES ?? 20_000);
const BATCH = Number(process.env.BENCH_BATCH ?? 500);
const POST_RUNS = process.env.BENCH_POSTS === "on" ? [true] : [true, false];
/** Which runs to make: posts on with 1 and 2 workers, and off with 2. */
const RUNS = [...POST_RUNS.map((posts) => ({ workers: 2, posts })), { workers: 1, posts: true }];

const dev = devArticles(shared);
const devMean = dev.reduce((n, t) => n + Buffer.byteLength(t), 0) / dev.length;
const texts = variedCorpus(shared, COUNT * devMean * 1.2, 17).slice(0, COUNT);
const mean = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / texts.length;
console.log(
  `corpus: ${texts.length} articles varied from the dev set, mean ${(mean / 1024).toFixed(2)} KB (dev set mean ${(devMean / 1024).toFixed(2)} KB)`,
);

async function* records(): AsyncGenerator<SourceItem> {
  for (const [i, text] of texts.entries())
    yield { ok: true, record: { text, url: `bench:${i}` }, origin: { file: "bench", line: i + 1 } };
}

async function run(label: string, store: GraphStore, workers: number, posts = true) {
  const pool = new ExtractPool(workers);
  try {
    const s = await runIngest(records(), { store: posts ? store : withoutPosts(store), pool, batchSize: BATCH });
    const seconds = s.timings.totalMs / 1000;
    console.log(
      `${label}, ${workers} worker${workers > 1 ? "s" : ""}, posts ${posts ? "on" : "off"}: ${(s.articles.read / seconds).toFixed(0)} articles/s end to end ` +
        `(${s.articles.new} new, ${s.articles.unchanged} repeated texts, ${s.articles.failed} failed; wall ${seconds.toFixed(1)} s, ` +
        `batches busy in extraction ${(s.timings.extractMs / 1000).toFixed(1)} s and in writing ${(s.timings.writeMs / 1000).toFixed(1)} s, overlapping)`,
    );
  } finally {
    await pool.close();
  }
}

for (const { workers, posts } of RUNS) {
  const dir = mkdtempSync(join(tmpdir(), "diplograph-bench-ingest-"));
  const store = await EmbeddedStore.open({ dataDir: dir });
  await run("embedded", store, workers, posts);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

if (process.env.BENCH_STORES === "embedded") process.exit(0);
const server = process.env.NEO4J_URI ? null : await startLocalNeo4j({ log: () => {} });
const target = server ?? {
  uri: process.env.NEO4J_URI as string,
  user: process.env.NEO4J_USER ?? "neo4j",
  password: process.env.NEO4J_PASSWORD ?? "",
};
try {
  for (const { workers, posts } of RUNS) {
    const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
    await clearDatabase(driver);
    await driver.close();
    const store = await Neo4jStore.open(target);
    await run("neo4j", store, workers, posts);
    await store.close();
  }
} finally {
  await server?.dispose();
}
