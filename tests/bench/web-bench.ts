// npm run bench:web — the web page in headless Chromium on an embedded store of 100,000 synthetic
// articles (BENCH_ARTICLES): time from navigation to the first drawn graph for the default view and for
// a 5,000-node view, and from a brush on the timeline to the redrawn graph; median of five
// (BENCH_RUNS). The layout cache is off, so every run computes its layout. BENCH_DATA names a directory
// to keep the loaded store in (loaded once, reused by later runs, so two builds compare on one store).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { type RunningServer, startServer } from "../../src/api/server.js";
import { loadConfig } from "../../src/config/config.js";
import { createLogger } from "../../src/config/logger.js";
import { EmbeddedStore } from "../../src/store/embedded/embedded-store.js";
import { buildWeb } from "../../src/web/build-web.js";
import { syntheticExtractions } from "../support/synthetic.js";

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHROMIUM =
  process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
const TARGETS = { first: 1500, large: 3000, brush: 500 };

type Hook = { diplograph?: { shows(): number; nodesOnScreen(): unknown[]; graph: { order: number } } };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function load(dir: string) {
  if (existsSync(join(dir, "loaded"))) return;
  const store = await EmbeddedStore.open({ dataDir: dir });
  for (let start = 0; start < ARTICLES; start += 10_000) {
    const slice = syntheticExtractions(Math.min(ARTICLES, start + 10_000), { seed: 21 }).slice(start);
    for (let i = 0; i < slice.length; i += 1000) await store.upsert(slice.slice(i, i + 1000));
  }
  await store.resolve();
  await store.close();
  writeFileSync(join(dir, "loaded"), `${ARTICLES}\n`);
}

/** Navigation to a graph whose nodes the renderer has placed. */
async function firstGraph(page: Page, url: string, nodes: number): Promise<number> {
  const start = Date.now();
  await page.goto(url);
  await page.waitForFunction(
    (least) => ((window as unknown as Hook).diplograph?.graph.order ?? 0) >= least,
    Math.min(nodes, 50),
    { timeout: 0 },
  );
  return Date.now() - start;
}

/** A drag across the middle third of the timeline strip, to the next graph drawn. */
async function brushToRedraw(page: Page): Promise<number> {
  await page.waitForSelector("#timeline .u-over", { timeout: 0 });
  const shows = await page.evaluate(() => (window as unknown as Hook).diplograph?.shows() ?? 0);
  const box = (await page.locator("#timeline .u-over").boundingBox()) as {
    x: number;
    y: number;
    width: number;
    height: number;
  };
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width / 3, y);
  await page.mouse.down();
  await page.mouse.move(box.x + (box.width * 2) / 3, y, { steps: 4 });
  const start = Date.now();
  await page.mouse.up();
  await page.waitForFunction((before) => ((window as unknown as Hook).diplograph?.shows() ?? 0) > before, shows, {
    timeout: 0,
  });
  return Date.now() - start;
}

async function main() {
  if (!CHROMIUM) throw new Error("bench:web needs chromium (or CHROMIUM_PATH)");
  const kept = process.env.BENCH_DATA;
  if (kept) mkdirSync(kept, { recursive: true });
  const dataDir = kept ?? mkdtempSync(join(tmpdir(), "diplograph-web-bench-"));
  const webDir = mkdtempSync(join(tmpdir(), "diplograph-web-bench-assets-"));
  let server: RunningServer | null = null;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const loading = Date.now();
    await load(dataDir);
    console.log(`web bench: ${ARTICLES} synthetic articles loaded in ${((Date.now() - loading) / 1000).toFixed(1)} s`);
    await buildWeb(webDir);
    const config = loadConfig({
      PORT: "0",
      HOST: "127.0.0.1",
      DIPLOGRAPH_DATA: dataDir,
      DIPLOGRAPH_SEEDS: "0",
      DIPLOGRAPH_RATE_LIMIT: "0",
      DIPLOGRAPH_LAYOUT_CACHE_MB: "0",
    });
    server = await startServer(config, createLogger("silent"), "bench", { webDir });
    const base = `http://127.0.0.1:${server.port}`;
    const results: Record<keyof typeof TARGETS, number[]> = { first: [], large: [], brush: [] };
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      results.first.push(await firstGraph(page, `${base}/`, 300));
      results.brush.push(await brushToRedraw(page));
      await page.close();
      const large = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      results.large.push(await firstGraph(large, `${base}/?nodes=5000`, 5000));
      await large.close();
    }
    const labels = {
      first: "first graph, default view",
      large: "first graph, 5,000 nodes",
      brush: "brush to redrawn graph",
    };
    for (const key of Object.keys(TARGETS) as (keyof typeof TARGETS)[]) {
      const m = median(results[key]);
      const verdict = m <= TARGETS[key] ? "within" : "OVER";
      console.log(
        `web bench: ${labels[key]}: median ${m} ms of [${results[key].join(", ")}] (target ${TARGETS[key]} ms: ${verdict})`,
      );
    }
  } finally {
    await browser.close();
    await server?.close();
    if (!kept) rmSync(dataDir, { recursive: true, force: true });
    rmSync(webDir, { recursive: true, force: true });
  }
}

await main();
