// npm run bench:web-profile ["PATH ..."] — where the page's first graph waits: each request the page makes timed on
// its own against an embedded store of synthetic articles (kept in BENCH_DATA between runs), with the
// answer's size.
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "../../src/api/server.js";
import { loadConfig } from "../../src/config/config.js";
import { createLogger } from "../../src/config/logger.js";
import { EmbeddedStore } from "../../src/store/embedded/embedded-store.js";
import { syntheticExtractions } from "../support/synthetic.js";

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);
const dataDir = process.env.BENCH_DATA ?? mkdtempSync(join(tmpdir(), "diplograph-web-profile-"));

if (!existsSync(join(dataDir, "loaded"))) {
  const store = await EmbeddedStore.open({ dataDir });
  for (let start = 0; start < ARTICLES; start += 10_000) {
    const slice = syntheticExtractions(Math.min(ARTICLES, start + 10_000), { seed: 21 }).slice(start);
    for (let i = 0; i < slice.length; i += 1000) await store.upsert(slice.slice(i, i + 1000));
  }
  await store.resolve();
  await store.close();
  (await import("node:fs")).writeFileSync(join(dataDir, "loaded"), `${ARTICLES}\n`);
}
const config = loadConfig({
  PORT: "0",
  HOST: "127.0.0.1",
  DIPLOGRAPH_DATA: dataDir,
  DIPLOGRAPH_SEEDS: "0",
  DIPLOGRAPH_RATE_LIMIT: "0",
  DIPLOGRAPH_LAYOUT_CACHE_MB: "0",
});
const server = await startServer(config, createLogger("silent"), "bench", {});
const base = `http://127.0.0.1:${server.port}`;
const paths = (process.argv[2] ?? "").split(" ").filter(Boolean);
const asked = paths.length
  ? paths
  : [
      "/layout?limit=300&kinds=MET_WITH,SPOKE_WITH,VISITED&statuses=occurred,planned",
      "/activity?limit=300&kinds=MET_WITH,SPOKE_WITH,VISITED&statuses=occurred,planned",
      "/layout?limit=5000&kinds=MET_WITH,SPOKE_WITH,VISITED&statuses=occurred,planned&iterations=20",
      "/graph?limit=5000&kinds=MET_WITH,SPOKE_WITH,VISITED&statuses=occurred,planned",
      "/activity?limit=5000&kinds=MET_WITH,SPOKE_WITH,VISITED&statuses=occurred,planned",
    ];
for (let round = 0; round < 2; round++)
  for (const p of asked) {
    const start = performance.now();
    const res = await fetch(`${base}${p}`);
    const text = await res.text();
    console.log(
      `${res.status} ${(performance.now() - start).toFixed(0)} ms ${(text.length / 1024).toFixed(0)} KiB ${p}`,
    );
  }
await server.close();
