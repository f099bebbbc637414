// npm run bench:ingest — end-to-end ingestion (read, extract in worker threads, write, join persons) of
// 20,000 article texts varied from the dev corpus: in-process into the embedded store and into Neo4j, and
// through the Redis queue into Neo4j with 1 and 2 `diplograph worker` processes, all in the same run.
// Each path runs BENCH_RUNS times (default 3) and its median is reported; then the per-article costs
// docs/scale.md works from: extraction CPU, Neo4j write time and the queue's overhead. The in-process paths
// also run with posts off (BENCH_POSTS=on skips them), so the cost of posts shows against the same run.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Redis } from "ioredis";
import neo4j from "neo4j-driver";
import { ExtractPool } from "../../src/ingest/extract-pool.js";
import { runIngest } from "../../src/ingest/pipeline.js";
import { submitToQueue } from "../../src/ingest/queue/submit.js";
import type { SourceItem } from "../../src/ingest/records.js";
import { EmbeddedStore } from "../../src/store/embedded/embedded-store.js";
import type { GraphStore } from "../../src/store/graph-store.js";
import { Neo4jStore } from "../../src/store/neo4j/neo4j-store.js";
import { startLocalNeo4j } from "../neo4j/local-server.js";
import { startRedis } from "../redis/local-redis.js";
import { type Child, runTs } from "../support/child.js";
import { clearDatabase } from "../support/clear-neo4j.js";
import { devArticles, variedCorpus } from "./corpus.js";
import { childPids, cpuMs } from "./process-cpu.js";
import { withoutPosts } from "./without-posts.js";

const shared = resolve(process.env.DIPLOGRAPH_SHARED ?? join(import.meta.dirname, "../../../shared"));
const COUNT = Number(process.env.BENCH_ARTICLES ?? 20_000);
const BATCH = Number(process.env.BENCH_BATCH ?? 500);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** Each in-process path runs again with posts off (BENCH_POSTS=on skips it): the cost of HELD spans and office resolution. */
const POSTS_OFF = process.env.BENCH_POSTS !== "on";
/** Extraction threads per path (in-process pool, or shared by the worker processes). */
const THREADS = Number(process.env.BENCH_THREADS ?? 2);
const CLI = join(import.meta.dirname, "../../src/cli/main.ts");

const dev = devArticles(shared);
const devMean = dev.reduce((n, t) => n + Buffer.byteLength(t), 0) / dev.length;
const texts = variedCorpus(shared, COUNT * devMean * 1.2, 17).slice(0, COUNT);
const mean = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / texts.length;
console.log(
  `corpus: ${texts.length} articles varied from the dev set, mean ${(mean / 1024).toFixed(2)} KB (dev set mean ${(devMean / 1024).toFixed(2)} KB); ` +
    `${RUNS} runs per path, ${THREADS} extraction threads per path, batches of ${BATCH}`,
);

async function* records(n = texts.length): AsyncGenerator<SourceItem> {
  for (const [i, text] of texts.slice(0, n).entries())
    yield { ok: true, record: { text, url: `bench:${i}` }, origin: { file: "bench", line: i + 1 } };
}

/** CPU ms per article of each path, split by process: this one (or the workers), Neo4j, Redis. */
const cpuPerArticle: Record<string, { client: number[]; neo4j: number[]; redis: number[] }> = {};
let neo4jPids: number[] = [];
let redisPid: number | null = null;
const serverCpu = () => ({
  neo4j: neo4jPids.reduce((n, pid) => n + cpuMs(pid), 0),
  redis: redisPid === null ? 0 : cpuMs(redisPid),
});
const noteCpu = (label: string, articles: number, client: number, before: ReturnType<typeof serverCpu>) => {
  const after = serverCpu();
  const row = cpuPerArticle[label] ?? { client: [], neo4j: [], redis: [] };
  cpuPerArticle[label] = row;
  row.client.push(client / articles);
  row.neo4j.push((after.neo4j - before.neo4j) / articles);
  row.redis.push((after.redis - before.redis) / articles);
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const rates: Record<string, number[]> = {};
const writeMsPerArticle: number[] = [];
const note = (label: string, rate: number, detail: string) => {
  rates[label] = [...(rates[label] ?? []), rate];
  console.log(`${label}: ${rate.toFixed(0)} articles/s end to end (${detail})`);
};

async function inProcess(label: string, store: GraphStore) {
  const pool = new ExtractPool(THREADS);
  try {
    const before = serverCpu();
    const cpu = process.cpuUsage();
    const s = await runIngest(records(), { store, pool, batchSize: BATCH });
    const used = process.cpuUsage(cpu);
    noteCpu(label, s.articles.read, (used.user + used.system) / 1000, before);
    const seconds = s.timings.totalMs / 1000;
    if (store.kind === "neo4j") writeMsPerArticle.push(s.timings.writeMs / Math.max(1, s.articles.new));
    note(
      label,
      s.articles.read / seconds,
      `${s.articles.new} new, ${s.articles.unchanged} repeated texts, ${s.articles.failed} failed; wall ${seconds.toFixed(1)} s, ` +
        `batches busy in extraction ${(s.timings.extractMs / 1000).toFixed(1)} s and in writing ${(s.timings.writeMs / 1000).toFixed(1)} s, overlapping`,
    );
  } finally {
    await pool.close();
  }
}

/** Starts the worker processes first (not timed), then times queueing until the job is finished. */
async function queued(label: string, workers: number, env: Record<string, string>) {
  const threads = String(Math.max(1, Math.floor(THREADS / workers)));
  const children: Child[] = [];
  for (let i = 0; i < workers; i++) children.push(runTs(CLI, ["worker", "--concurrency", threads], { env }));
  try {
    await Promise.all(children.map((c) => c.waitFor((l) => l.startsWith("worker: ready"))));
    const pids = children.map((c) => c.process.pid as number);
    const workersBefore = pids.reduce((n, pid) => n + cpuMs(pid), 0);
    const before = serverCpu();
    const cpu = process.cpuUsage();
    const started = performance.now();
    const job = await submitToQueue(env.REDIS_URL as string, records(), { batchSize: BATCH, wait: true });
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const workersCpu = pids.reduce((n, pid) => n + cpuMs(pid), 0) - workersBefore;
    noteCpu(label, job.counts.read, workersCpu + (used.user + used.system) / 1000, before);
    const c = job.counts;
    note(
      label,
      c.read / seconds,
      `${workers} worker process${workers > 1 ? "es" : ""} with ${threads} extraction thread${threads === "1" ? "" : "s"} each; ` +
        `${c.new} new, ${c.unchanged} unchanged, ${c.failed} failed, job ${job.state}; wall ${seconds.toFixed(1)} s`,
    );
  } finally {
    for (const c of children) c.process.kill("SIGTERM");
    await Promise.all(children.map((c) => c.exit));
  }
}

// Extraction alone, one thread, nothing written: the CPU an article costs.
{
  const n = Math.min(COUNT, 4000);
  const pool = new ExtractPool(1);
  // CPU time of the whole process (its threads included): what an article costs on an idle core.
  const cpu = process.cpuUsage();
  const s = await runIngest(records(n), { store: null, pool, batchSize: BATCH, dryRun: true });
  const used = process.cpuUsage(cpu);
  await pool.close();
  console.log(
    `extraction only, 1 thread: ${(s.timings.totalMs / n).toFixed(2)} ms of wall time and ` +
      `${((used.user + used.system) / 1000 / n).toFixed(2)} ms of CPU per article (${n} articles)`,
  );
  rates["extraction only, 1 thread"] = [n / (s.timings.totalMs / 1000)];
}

const server = process.env.NEO4J_URI ? null : await startLocalNeo4j({ log: () => {} });
const target = server ?? {
  uri: process.env.NEO4J_URI as string,
  user: process.env.NEO4J_USER ?? "neo4j",
  password: process.env.NEO4J_PASSWORD ?? "",
};
neo4jPids = childPids("java");
const redisServer = process.env.REDIS_URL ? null : await startRedis();
redisPid = redisServer?.server.pid ?? null;
const redisUrl = process.env.REDIS_URL ?? (redisServer?.url as string);
const env = { REDIS_URL: redisUrl, NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password };
const emptyNeo4j = async () => {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
  await clearDatabase(driver);
  await driver.close();
  const redis = new Redis(redisUrl);
  await redis.flushall();
  redis.disconnect();
};

try {
  // Untimed: the first writes into a fresh Neo4j pay for its JIT warm-up, which no path should carry.
  {
    await emptyNeo4j();
    const store = await Neo4jStore.open(target);
    const pool = new ExtractPool(THREADS);
    await runIngest(records(Math.min(COUNT, 500)), { store, pool, batchSize: BATCH });
    await pool.close();
    await store.close();
  }
  for (let run = 1; run <= RUNS; run++) {
    console.log(`-- run ${run} of ${RUNS}`);
    const dir = mkdtempSync(join(tmpdir(), "diplograph-bench-ingest-"));
    const embedded = await EmbeddedStore.open({ dataDir: dir });
    await inProcess("embedded, in-process", embedded);
    await embedded.close();
    rmSync(dir, { recursive: true, force: true });
    if (POSTS_OFF) {
      const bare = mkdtempSync(join(tmpdir(), "diplograph-bench-ingest-"));
      const plain = await EmbeddedStore.open({ dataDir: bare });
      await inProcess("embedded, in-process, posts off", withoutPosts(plain));
      await plain.close();
      rmSync(bare, { recursive: true, force: true });
    }

    await emptyNeo4j();
    const store = await Neo4jStore.open(target);
    await inProcess("neo4j, in-process", store);
    if (POSTS_OFF) {
      await emptyNeo4j();
      await inProcess("neo4j, in-process, posts off", withoutPosts(store));
    }
    await store.close();

    await emptyNeo4j();
    await queued("neo4j, queue, 1 worker", 1, env);
    await emptyNeo4j();
    await queued("neo4j, queue, 2 workers", 2, env);
  }
} finally {
  redisServer?.server.kill("SIGTERM");
  await server?.dispose();
}

console.log(`-- medians of ${RUNS} runs`);
for (const [label, xs] of Object.entries(rates))
  console.log(`${label}: ${median(xs).toFixed(0)} articles/s (runs: ${xs.map((x) => x.toFixed(0)).join(", ")})`);
const inproc = median(rates["neo4j, in-process"] ?? [0]);
const one = median(rates["neo4j, queue, 1 worker"] ?? [0]);
const cost = ((inproc - one) / inproc) * 100;
console.log(`queue cost at 1 worker: ${cost.toFixed(1)}% of the in-process Neo4j rate (target at most 15%)`);
console.log(
  `targets: neo4j in-process ${inproc.toFixed(0)} (at least 300), embedded ${median(rates["embedded, in-process"] ?? [0]).toFixed(0)} (at least 800)`,
);
console.log(
  `per article: Neo4j write ${median(writeMsPerArticle).toFixed(2)} ms (writer busy time, in-process), ` +
    `queue overhead ${((1 / one - 1 / inproc) * 1000).toFixed(2)} ms of wall time`,
);
console.log(
  `-- CPU per article (ms, medians; this process or the workers incl. extraction threads / Neo4j server${neo4jPids.length ? "" : " (not measured: NEO4J_URI)"} / Redis server${redisPid === null ? " (not measured: REDIS_URL)" : ""})`,
);
for (const [label, c] of Object.entries(cpuPerArticle))
  console.log(
    `${label}: ${median(c.client).toFixed(2)} / ${median(c.neo4j).toFixed(2)} / ${median(c.redis).toFixed(2)}`,
  );
