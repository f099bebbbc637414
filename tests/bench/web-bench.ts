// npm run bench:web — the web page in headless Chromium on an embedded store of 100,000 synthetic
// articles (BENCH_ARTICLES): time from navigation to the first drawn graph for the default view and for
// a 5,000-node view, and from a brush on the timeline to the redrawn graph; median of five
// (BENCH_RUNS). The layout cache is off, so every run computes its layout. BENCH_DATA names a directory
// to keep the loaded store in (loaded once, reused by later runs). BENCH_BASELINE names the source tree of
// another build: its server and page run beside this one's, taking turns, and its figures are printed too.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Page } from "playwright-core";
import { EmbeddedStore } from "../../src/store/embedded/embedded-store.js";
import { syntheticExtractions } from "../support/synthetic.js";

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CHROMIUM =
  process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
const TARGETS = { first: 1500, large: 3000, brush: 500 };
const REPO = resolve(import.meta.dirname, "../..");
/** A source tree of another build (e.g. `git archive main | tar -x -C DIR`, node_modules linked) to compare. */
const BASELINE = process.env.BENCH_BASELINE ? resolve(process.env.BENCH_BASELINE) : null;

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
  await page.goto(url, { timeout: 0 });
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
  const builds: Build[] = [{ name: "this build", root: REPO }];
  if (BASELINE) builds.push({ name: "baseline", root: BASELINE });
  const servers: { close(): Promise<void> }[] = [];
  const scratch: string[] = [];
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const loading = Date.now();
    await load(dataDir);
    console.log(`web bench: ${ARTICLES} synthetic articles loaded in ${((Date.now() - loading) / 1000).toFixed(1)} s`);
    // Each build opens its own copy of the store (one writer per directory), copied before any opens it.
    const dirs = builds.map((_b, i) => {
      if (i === 0) return dataDir;
      const copy = mkdtempSync(join(tmpdir(), "diplograph-web-bench-copy-"));
      cpSync(dataDir, copy, { recursive: true, filter: (src) => !src.endsWith("LOCK") });
      scratch.push(copy);
      return copy;
    });
    const bases: string[] = [];
    for (const [i, build] of builds.entries()) {
      const data = dirs[i] as string;
      const webDir = mkdtempSync(join(tmpdir(), "diplograph-web-bench-assets-"));
      scratch.push(webDir);
      const running = await startBuild(build.root, data, webDir);
      servers.push(running);
      bases.push(`http://127.0.0.1:${running.port}`);
    }
    const results = builds.map(() => ({ first: [] as number[], large: [] as number[], brush: [] as number[] }));
    for (let run = 0; run < RUNS; run++)
      // The builds take turns, the first one changing each run, so a busy spell weighs on both alike.
      for (let k = 0; k < builds.length; k++) {
        const i = (run + k) % builds.length;
        const out = results[i] as (typeof results)[number];
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        out.first.push(await firstGraph(page, `${bases[i]}/`, 300));
        out.brush.push(await brushToRedraw(page));
        await quietClose(page);
        const large = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        out.large.push(await firstGraph(large, `${bases[i]}/?nodes=5000`, 5000));
        await quietClose(large);
      }
    const labels = {
      first: "first graph, default view",
      large: "first graph, 5,000 nodes",
      brush: "brush to redrawn graph",
    };
    for (const [i, build] of builds.entries())
      for (const key of Object.keys(TARGETS) as (keyof typeof TARGETS)[]) {
        const xs = (results[i] as (typeof results)[number])[key];
        const m = median(xs);
        const verdict = m <= TARGETS[key] ? "within" : "OVER";
        console.log(
          `web bench (${build.name}): ${labels[key]}: median ${m} ms of [${xs.join(", ")}] (target ${TARGETS[key]} ms: ${verdict})`,
        );
      }
  } finally {
    await browser.close();
    for (const s of servers) await s.close();
    if (!kept) rmSync(dataDir, { recursive: true, force: true });
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Closes a page once its timeline is drawn and its requests are answered: the requests that follow a drawn graph
 * would otherwise still busy the server (and, with a baseline, the process both servers share) while the
 * next measurement runs.
 */
async function quietClose(page: Page) {
  await page.waitForSelector("#timeline .u-over", { timeout: 0 });
  await page.waitForLoadState("networkidle", { timeout: 0 });
  await page.close();
}

interface Build {
  name: string;
  root: string;
}

/** A build's own server and page, loaded from its source tree (this one, or BENCH_BASELINE's). */
async function startBuild(
  root: string,
  dataDir: string,
  webDir: string,
): Promise<{ port: number; close(): Promise<void> }> {
  const from = (path: string) => import(pathToFileURL(join(root, path)).href);
  const [{ startServer }, { loadConfig }, { createLogger }, { buildWeb }] = await Promise.all([
    from("src/api/server.ts"),
    from("src/config/config.ts"),
    from("src/config/logger.ts"),
    from("src/web/build-web.ts"),
  ]);
  await buildWeb(webDir);
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    DIPLOGRAPH_DATA: dataDir,
    DIPLOGRAPH_SEEDS: "0",
    DIPLOGRAPH_RATE_LIMIT: "0",
    DIPLOGRAPH_LAYOUT_CACHE_MB: "0",
  });
  return startServer(config, createLogger("silent"), "bench", { webDir });
}

await main();
