// The web page in a real headless Chromium (Debian's chromium, driven by playwright-core), on a server
// started on the seed articles: search, select, draw, filter by date, and a readable error when the
// API cannot be reached. Saves a screenshot to test-results/.
import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../../src/api/server.js";
import { loadConfig } from "../../src/config/config.js";
import { createLogger } from "../../src/config/logger.js";
import { buildWeb } from "../../src/web/build-web.js";
import { checkDrawnNodes, switchRenderingOff } from "./canvas-check.js";

const CHROMIUM =
  process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
const results = join(import.meta.dirname, "../../test-results");
if (!CHROMIUM && process.env.REQUIRE_BROWSER === "1")
  throw new Error("web test: no chromium found (install the Debian package chromium)");
if (!CHROMIUM)
  console.warn("web test: SKIP, no chromium binary (set CHROMIUM_PATH or install the Debian package chromium)");

describe.skipIf(!CHROMIUM)("web page in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    const webDir = mkdtempSync(join(tmpdir(), "diplograph-web-"));
    await buildWeb(webDir);
    const config = loadConfig({
      PORT: "0",
      HOST: "127.0.0.1",
      DIPLOGRAPH_DATA: mkdtempSync(join(tmpdir(), "diplograph-web-data-")),
      DIPLOGRAPH_RATE_LIMIT: "0",
    });
    server = await startServer(config, createLogger("silent"), "test", { webDir });
    base = `http://127.0.0.1:${server.port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const openPage = async (width = 1280, height = 800) => {
    const page = await browser.newPage({ viewport: { width, height } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    return { page, errors };
  };
  const drawn = (page: Page) =>
    page.evaluate(() => (window as unknown as { diplograph: { graph: { order: number } } }).diplograph.graph.order);

  it("finds Haniyeh, draws his network, lists his counterparts and follows the date range", {
    timeout: 120_000,
  }, async () => {
    const { page, errors } = await openPage();
    await page.goto(base);
    await page.waitForFunction(
      () => (window as unknown as { diplograph?: { graph: { order: number } } }).diplograph?.graph.order,
    );

    // Keyboard only: type, see the suggestion, Enter.
    const search = page.getByRole("combobox", { name: "Search a person" });
    await search.focus();
    await page.keyboard.type("Haniyeh", { delay: 20 });
    await expect
      .poll(() => page.locator("#search-suggestions [role=option]").first().textContent())
      .toContain("Ismail Haniyeh");
    await page.keyboard.press("Enter");

    await expect.poll(() => page.locator("#panel h2").textContent()).toBe("Ismail Haniyeh");
    await expect.poll(() => drawn(page)).toBeGreaterThanOrEqual(3);
    // The node layer itself, read where the renderer put the nodes, shows their colours.
    const canvas = await checkDrawnNodes(page);
    expect(canvas.checked).toBeGreaterThanOrEqual(3);
    expect(canvas.missing).toEqual([]);
    const counterparts = await page.locator("#counterparts").textContent();
    expect(counterparts).toContain("Ali Khamenei");
    expect(counterparts).toContain("Amir Abdollahian");
    expect(await page.locator('#meetings li[data-date="2024-03-26"]').count()).toBeGreaterThan(0);
    mkdirSync(results, { recursive: true });
    await page.screenshot({ path: join(results, "web-haniyeh.png") });

    // 2023 only: his 26 March 2024 meetings go away.
    await page.fill("#from", "2023-01-01");
    await page.fill("#to", "2023-12-31");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect.poll(() => page.locator("#meetings").textContent()).toContain("No meetings in this date range.");
    expect(await page.locator('#meetings li[data-date="2024-03-26"]').count()).toBe(0);
    await expect.poll(() => drawn(page)).toBe(1);
    await page.screenshot({ path: join(results, "web-haniyeh-2023.png") });

    // Widened to the end of 2024: they come back.
    await page.fill("#to", "2024-12-31");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect.poll(() => page.locator('#meetings li[data-date="2024-03-26"]').count()).toBeGreaterThan(0);
    await expect.poll(() => drawn(page)).toBeGreaterThanOrEqual(3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the canvas check reports every node missing when nothing is drawn", { timeout: 120_000 }, async () => {
    const { page, errors } = await openPage();
    await page.addInitScript(switchRenderingOff);
    await page.goto(base);
    await expect.poll(() => drawn(page)).toBeGreaterThanOrEqual(3);
    const canvas = await checkDrawnNodes(page);
    expect(canvas.checked).toBeGreaterThanOrEqual(3);
    expect(canvas.drawn).toEqual([]);
    expect(canvas.missing.length).toBe(canvas.checked);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("works on a narrow screen", { timeout: 60_000 }, async () => {
    const { page } = await openPage(390, 800);
    await page.goto(base);
    await page.waitForFunction(
      () => (window as unknown as { diplograph?: { graph: { order: number } } }).diplograph?.graph.order,
    );
    const box = await page.locator("#search-input").boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    const graph = await page.locator("#graph").boundingBox();
    expect(graph?.width).toBeGreaterThan(300);
    await page.close();
  });

  it("says so in words when the API cannot be reached", { timeout: 60_000 }, async () => {
    const { page } = await openPage();
    await page.route("**/layout*", (route) => route.abort("connectionrefused"));
    await page.goto(base);
    await expect.poll(() => page.locator("#status").textContent()).toContain("cannot be reached");
    await page.close();
  });
});
