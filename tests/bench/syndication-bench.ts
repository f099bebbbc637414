// npm run bench:syndication — what syndication grouping costs ingestion, with grouping off
// (DIPLOGRAPH_SYNDICATION=off: no fingerprints, so no lookups or band writes) as the same-run baseline:
// 1. end to end (read, extract and fingerprint in one worker thread, group, write, resolve) on the
//    bench:ingest corpus: varied copies of the dev articles, so most are grouped with an earlier copy;
// 2. store writes alone of synthetic articles that are each a new story (random fingerprints): every
//    one starts a group and has its 32 band keys written, the store's worst case.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import neo4j from "neo4j-driver";
import type { Extraction } from "../../src/domain/extraction.js";
import { ExtractPool } from "../../src/ingest/extract-pool.js";
import { runIngest } from "../../src/ingest/pipeline.js";
import type { SourceItem } from "../../src/ingest/records.js";
import { EmbeddedStore } from "../../src/store/embedded/embedded-store.js";
import type { GraphStore } from "../../src/store/graph-store.js";
import { Neo4jStore } from "../../src/store/neo4j/neo4j-store.js";
import { SIGNATURE_SIZE } from "../../src/syndication/minhash.js";
import { startLocalNeo4j } from "../neo4j/local-server.js";
import { clearDatabase } from "../support/clear-neo4j.js";
import { syntheticExtractions } from "../support/synthetic.js";
import { devArticles, seededRandom, variedCorpus } from "./corpus.js";

const shared = resolve(process.env.DIPLOGRAPH_SHARED ?? join(import.meta.dirname, "../../../shared"));
const COUNT = Number(process.env.BENCH_ARTICLES ?? 10_000);
const BATCH = Number(process.env.BENCH_BATCH ?? 500);
/** Off and on alternate this many times, so a busy machine weighs on both alike. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
// BENCH_PARTS=end-to-end or =writes runs one part only; BENCH_STORES=embedded skips Neo4j.

const dev = devArticles(shared);
const devMean = dev.reduce((n, t) => n + Buffer.byteLength(t), 0) / dev.length;
const texts = variedCorpus(shared, COUNT * devMean * 1.2, 17).slice(0, COUNT);

async function* records(): AsyncGenerator<SourceItem> {
  for (const [i, text] of texts.entries())
    yield { ok: true, record: { text, url: `bench:${i}` }, origin: { file: "bench", line: i + 1 } };
}

const grouping = (on: boolean) => {
  process.env.DIPLOGRAPH_SYNDICATION = on ? "on" : "off"; // read by the worker threads the pool starts
  return on ? "grouping on " : "grouping off";
};

/** CPU time of the whole process (worker threads included) per article, in µs. */
const cpuPerArticle = (since: NodeJS.CpuUsage, articles: number) => {
  const used = process.cpuUsage(since);
  return ((used.user + used.system) / articles).toFixed(0);
};

async function endToEnd(label: string, store: GraphStore, on: boolean) {
  const mode = grouping(on);
  const pool = new ExtractPool(1);
  try {
    const cpu = process.cpuUsage();
    const server = store.kind === "neo4j" ? serverCpuSeconds() : null;
    const s = await runIngest(records(), { store, pool, batchSize: BATCH });
    const seconds = s.timings.totalMs / 1000;
    console.log(
      `${label}, end to end, ${mode}: ${(s.articles.read / seconds).toFixed(0)} articles/s, ` +
        `CPU ${cpuPerArticle(cpu, s.articles.read)} µs/article, writing ${((s.timings.writeMs / s.articles.read) * 1000).toFixed(0)} µs/article` +
        serverShare(server, s.articles.read),
    );
  } finally {
    await pool.close();
  }
}

/** Synthetic extractions, each with a random fingerprint when grouping is on: every one a new story. */
function synthetic(on: boolean): Extraction[] {
  const random = seededRandom(5);
  return syntheticExtractions(COUNT).map((x) =>
    on
      ? {
          ...x,
          article: {
            ...x.article,
            fingerprint: {
              minhash: Array.from({ length: SIGNATURE_SIZE }, () => Math.floor(random() * 0x100000000)),
              shingles: 300,
            },
          },
        }
      : x,
  );
}

/**
 * CPU seconds the Neo4j server has used so far, read from /proc for the process listening on its Bolt
 * port (Linux only; null elsewhere): the server's share of a write, which wall time on a busy machine hides.
 */
let serverPid: string | null = null;
function serverCpuSeconds(): number | null {
  try {
    const stat = readFileSync(`/proc/${serverPid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(stat[11]) + Number(stat[12])) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return null;
  }
}
/** The server's CPU since `before` per article, as a suffix for the printed line. */
function serverShare(before: number | null, articles: number): string {
  const now = serverCpuSeconds();
  if (before === null || now === null) return "";
  return `, Neo4j server CPU ${(((now - before) / articles) * 1e6).toFixed(0)} µs/article`;
}
function findServerPid(uri: string) {
  try {
    const port = new URL(uri).port;
    const listening = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" });
    serverPid = /pid=(\d+)/.exec(listening)?.[1] ?? null;
  } catch {
    serverPid = null;
  }
}

async function writesOnly(label: string, store: GraphStore, on: boolean) {
  const mode = on ? "grouping on " : "grouping off";
  const all = synthetic(on);
  const cpu = process.cpuUsage();
  const server = store.kind === "neo4j" ? serverCpuSeconds() : null;
  const t0 = performance.now();
  for (let i = 0; i < all.length; i += BATCH) await store.upsert(all.slice(i, i + BATCH), { checked: true });
  const ms = performance.now() - t0;

  console.log(
    `${label}, writes of new stories, ${mode}: ${((all.length / ms) * 1000).toFixed(0)} articles/s ` +
      `(${((ms / all.length) * 1000).toFixed(0)} µs/article, this process's CPU ${cpuPerArticle(cpu, all.length)} µs/article${serverShare(server, all.length)})`,
  );
}

console.log(`corpus: ${texts.length} varied dev articles; ${COUNT} synthetic extractions; batches of ${BATCH}`);
const plan = (): [typeof endToEnd, boolean][] => {
  const steps: [typeof endToEnd, boolean][] = [];
  const parts = (process.env.BENCH_PARTS ?? "end-to-end,writes").split(",");
  const benches = [parts.includes("end-to-end") && endToEnd, parts.includes("writes") && writesOnly];
  // Off first, then on first, and so on: neither side always runs on a cold server.
  for (const bench of benches.filter((b) => b !== false))
    for (let round = 0; round < ROUNDS; round++)
      steps.push(...(round % 2 ? [true, false] : [false, true]).map((on) => [bench, on] as [typeof endToEnd, boolean]));
  return steps;
};

for (const [bench, on] of plan()) {
  const dir = mkdtempSync(join(tmpdir(), "diplograph-bench-syndication-"));
  const store = await EmbeddedStore.open({ dataDir: dir });
  await bench("embedded", store, on);
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
findServerPid(target.uri);
try {
  for (const [bench, on] of plan()) {
    const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
    await clearDatabase(driver);
    await driver.close();
    const store = await Neo4jStore.open(target);
    await bench("neo4j", store, on);
    await store.close();
  }
} finally {
  await server?.dispose();
}
