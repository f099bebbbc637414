// npm run bench:layout — ForceAtlas2 through our layout service (worker thread, Louvain, sizes, JSON)
// against graphology's forceAtlas2 called directly in one thread on the same scale-free graphs of 1,000,
// 10,000 and 50,000 nodes (100 iterations); then, over HTTP on a store holding the 10,000-node graph,
// cached /layout answers and GET /health while a 10,000-node layout computes.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import forceAtlas2Module from "graphology-layout-forceatlas2";
import { layoutGraph } from "../../src/layout/compute-layout.js";
import { LAYOUT_DEFAULTS } from "../../src/layout/layout-options.js";
import { LayoutService } from "../../src/layout/layout-service.js";
import { EmbeddedStore } from "../../src/store/embedded/embedded-store.js";
import type { GraphStore } from "../../src/store/graph-store.js";
import { article } from "../store/fixtures.js";
import { runTs } from "../support/child.js";
import { scaleFree } from "../support/scale-free.js";

const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;
const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,50000").split(",").map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

// 1. Service against direct, same graph, same settings.
const service = new LayoutService(null as unknown as GraphStore, { workers: 1, cacheBytes: 0 });
for (const n of SIZES) {
  const graph = scaleFree(n, 3);
  const direct = layoutGraph(graph);
  const settings = forceAtlas2.inferSettings(direct);
  const t0 = performance.now();
  forceAtlas2.assign(direct, { iterations: 100, settings, getEdgeWeight: "weight" });
  const directMs = performance.now() - t0;
  const t1 = performance.now();
  await service.layoutSubgraph(graph, LAYOUT_DEFAULTS);
  const serviceMs = performance.now() - t1;
  console.log(
    `${n} nodes, ${graph.edges.length} edges, 100 iterations: service ${serviceMs.toFixed(0)} ms, direct forceAtlas2 ${directMs.toFixed(0)} ms, ratio ${(serviceMs / directMs).toFixed(2)}${settings.barnesHutOptimize ? " (Barnes-Hut)" : ""}`,
  );
}
await service.close();

// 2. Over HTTP, a store holding the 10,000-node graph as one meeting per edge.
const graph = scaleFree(10_000, 3);
const name = (id: string) => `Person ${id.slice(1)}`;
const dir = mkdtempSync(join(tmpdir(), "diplograph-bench-layout-"));
const store = await EmbeddedStore.open({ dataDir: dir });
const articles = graph.edges.map((e, i) =>
  article({
    key: `layout-${i}`,
    persons: [name(e.source), name(e.target)],
    events: [{ who: [name(e.source), name(e.target)], date: "2024-01-01" }],
  }),
);
for (let i = 0; i < articles.length; i += 2000) await store.upsert(articles.slice(i, i + 2000));
const stats = await store.stats();
await store.close();
console.log(`store: ${stats.persons} persons, ${stats.relationships.MET_WITH} MET_WITH edges`);

const child = runTs(join(import.meta.dirname, "api-server.ts"), ["embedded", dir, "-"]);
const base = `http://127.0.0.1:${(await child.waitFor((l) => l.startsWith("port "))).slice(5)}`;
try {
  const t0 = performance.now();
  const first = await (await fetch(`${base}/layout?limit=10000`)).json();
  console.log(
    `GET /layout?limit=10000, computed: ${(performance.now() - t0).toFixed(0)} ms for ${first.nodes.length} nodes (layout ${first.meta.durationMs} ms in the worker)`,
  );
  // As a browser asks (gzip accepted: the cached bytes go out as they are), then as a client that does not.
  for (const [who, headers] of [
    ["browser (gzip)", { "accept-encoding": "gzip, deflate, br" }],
    ["client without gzip", { "accept-encoding": "identity" }],
  ] as const) {
    const cached = await autocannon({ url: `${base}/layout?limit=10000`, connections: 4, duration: SECONDS, headers });
    if (cached.non2xx + cached.errors) throw new Error("bench: cached layout requests failed");
    console.log(
      `cached 10,000-node layout, ${who}: ${cached.requests.average.toFixed(0)} req/s, p50 ${cached.latency.p50} ms, p99 ${cached.latency.p99} ms`,
    );
  }

  // /health under load while fresh 10,000-node layouts compute one after another.
  let computing = true;
  let computed = 0;
  const loop = (async () => {
    for (let i = 1; computing; i++) {
      await (await fetch(`${base}/layout?limit=10000&iterations=${100 + i}`)).arrayBuffer();
      computed++;
    }
  })();
  await new Promise((r) => setTimeout(r, 300));
  const health = await autocannon({ url: `${base}/health`, connections: 4, duration: SECONDS });
  computing = false;
  await loop;
  if (health.non2xx + health.errors) throw new Error("bench: /health requests failed");
  console.log(
    `GET /health while ${computed} fresh 10,000-node layouts computed: ${health.requests.average.toFixed(0)} req/s, p50 ${health.latency.p50} ms, p99 ${health.latency.p99} ms`,
  );
  const idle = await autocannon({ url: `${base}/health`, connections: 4, duration: Math.ceil(SECONDS / 2) });
  console.log(`GET /health with nothing computing (baseline): p50 ${idle.latency.p50} ms, p99 ${idle.latency.p99} ms`);
} finally {
  child.process.kill("SIGTERM");
  await child.exit;
  rmSync(dir, { recursive: true, force: true });
}
