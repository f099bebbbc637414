// The web page in a real headless Chromium on the embedded store: the shared suite (web-suite.ts), and a
// large view drawn as a backbone.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/api/server.js";
import { EmbeddedStore } from "../../src/store/embedded/embedded-store.js";
import { syntheticExtractions } from "../support/synthetic.js";
import { CHROMIUM, type Hook, launchBrowser, startPageServer, webPageSuite } from "./web-suite.js";

webPageSuite("embedded", async () => ({ DIPLOGRAPH_DATA: mkdtempSync(join(tmpdir(), "diplograph-web-data-")) }));

// A large view asks for each person's strongest links only: on 500 synthetic articles (858 persons, a few
// hubs with more than ten counterparts) the page's 2,000-person view draws fewer links than the picture
// has, and says how many of how many over the graph.
describe.skipIf(!CHROMIUM)("a large view in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "diplograph-web-large-"));
    const store = await EmbeddedStore.open({ dataDir });
    await store.upsert(syntheticExtractions(500, { seed: 21 }));
    await store.resolve();
    await store.close();
    server = await startPageServer({ DIPLOGRAPH_DATA: dataDir });
    base = `http://127.0.0.1:${server.port}`;
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("draws each person's strongest links, fewer than the picture's, and says so; the default view draws all", {
    timeout: 120_000,
  }, async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const asked = page.waitForRequest((r) => r.url().includes("/layout?"));
    await page.goto(`${base}/?nodes=2000`);
    const layoutUrl = new URL((await asked).url());
    expect(layoutUrl.searchParams.get("strongest")).toBe("5");
    await page.waitForFunction(() => (window as unknown as Hook).diplograph?.graph.order > 0);
    const drawnEdges = await page.evaluate(() => (window as unknown as Hook).diplograph.graph.mapEdges((key) => key));
    // The whole picture, as the exports get it: the same query without strongest.
    layoutUrl.searchParams.delete("strongest");
    const full = (await (await fetch(layoutUrl)).json()) as { nodes: unknown[]; edges: unknown[] };
    expect(await page.evaluate(() => (window as unknown as Hook).diplograph.graph.order)).toBe(full.nodes.length);
    expect(drawnEdges.length).toBeGreaterThan(0);
    expect(drawnEdges.length).toBeLessThan(full.edges.length);
    const count = (n: number) => n.toLocaleString("en");
    await expect
      .poll(() => page.locator("#backbone-note").textContent())
      .toBe(
        "Showing the 5 strongest links of each person and every link of two or more events: " +
          `${count(drawnEdges.length)} of ${count(full.edges.length)} links. Exports keep every link.`,
      );
    await expect.poll(() => page.locator("#backbone-note").isVisible()).toBe(true);
    // On a phone, 2,000 nodes at their layout sizes would cover more than a third of the stage: drawn
    // smaller, together a third of it at most (no node under 2 px, hence the slack), the largest still large.
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const answer = phone.waitForResponse((r) => r.url().includes("/layout?"));
    await phone.goto(`${base}/?nodes=2000`);
    const laidOut = (await (await answer).json()) as { nodes: { size: number }[] };
    await phone.waitForFunction(() => (window as unknown as Hook).diplograph?.graph.order > 0);
    const { discs, stage, largest } = await phone.evaluate(() => {
      const nodes = (window as unknown as Hook).diplograph.nodesOnScreen();
      const box = (document.getElementById("graph") as HTMLElement).getBoundingClientRect();
      return {
        discs: nodes.reduce((a, n) => a + Math.PI * n.radius * n.radius, 0),
        stage: box.width * box.height,
        largest: Math.max(...nodes.map((n) => n.radius)),
      };
    });
    const atLayoutSizes = laidOut.nodes.reduce((a, n) => a + Math.PI * Math.max(n.size, 5) ** 2, 0);
    expect(atLayoutSizes / stage).toBeGreaterThan(0.4);
    expect(discs / stage).toBeLessThan(0.36);
    expect(largest).toBeGreaterThan(4);
    await phone.close();
    // The default view (300 persons) asks for every link and shows no notice.
    const small = page.waitForRequest((r) => r.url().includes("/layout?"));
    await page.goto(base);
    expect(new URL((await small).url()).searchParams.has("strongest")).toBe(false);
    await page.waitForFunction(() => (window as unknown as Hook).diplograph?.graph.order > 0);
    expect(await page.locator("#backbone-note").isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});
