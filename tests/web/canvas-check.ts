// Checks the graph canvas itself: the node layer alone is captured (legend, status, labels and edges
// hidden) and read at the screen positions the renderer gave the nodes. A blank canvas leaves page white
// at those points, so every node is reported missing.
import type { Page } from "playwright-core";
import { PNG } from "pngjs";
import type { NodeOnScreen } from "../../src/web/graph-view.js";

export interface CanvasReport {
  /** Nodes whose disc overlaps no other node's and lies inside the stage: their centre pixel is theirs alone. */
  checked: number;
  drawn: string[];
  missing: { id: string; expected: string; found: string }[];
}

type Hook = { diplograph?: { nodesOnScreen(): NodeOnScreen[] } };
const readNodes = (page: Page) => page.evaluate(() => (window as unknown as Hook).diplograph?.nodesOnScreen() ?? []);

/** Waits until the camera has settled: two reads a beat apart give the same positions. */
async function settledNodes(page: Page): Promise<NodeOnScreen[]> {
  let before = JSON.stringify(await readNodes(page));
  for (;;) {
    await page.waitForTimeout(250);
    const now = await readNodes(page);
    const text = JSON.stringify(now);
    if (text === before) return now;
    before = text;
  }
}

const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
const hex = (r: number, g: number, b: number) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, "0")).join("")}`;

export async function checkDrawnNodes(page: Page): Promise<CanvasReport> {
  const nodes = await settledNodes(page);
  const style = await page.addStyleTag({
    content: ".legend, .status, #graph canvas:not(.sigma-nodes) { visibility: hidden !important; }",
  });
  const shot = await page.locator("#graph").screenshot({ scale: "css", animations: "disabled" });
  await style.evaluate((node) => (node as HTMLStyleElement).remove());
  const { width, height, data } = PNG.sync.read(shot);

  const alone = nodes.filter(
    (n) =>
      n.radius >= 2 &&
      n.x >= 0 &&
      n.y >= 0 &&
      n.x < width &&
      n.y < height &&
      nodes.every((o) => o === n || Math.hypot(o.x - n.x, o.y - n.y) > o.radius + n.radius),
  );
  const report: CanvasReport = { checked: alone.length, drawn: [], missing: [] };
  for (const n of alone) {
    const i = (Math.round(n.y) * width + Math.round(n.x)) * 4;
    const found: [number, number, number] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
    const expected = rgb(n.color);
    const close = expected.every((c, k) => Math.abs(c - (found[k] ?? 0)) <= 16);
    if (close) report.drawn.push(n.id);
    else report.missing.push({ id: n.id, expected: n.color, found: hex(...found) });
  }
  return report;
}

/** Run before the page loads: WebGL draw calls do nothing, so the canvas stays blank while all else works. */
export function switchRenderingOff() {
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype] as unknown as Record<
    string,
    unknown
  >[])
    for (const call of ["drawArrays", "drawElements", "drawArraysInstanced", "drawElementsInstanced"])
      if (call in proto) proto[call] = () => undefined;
}
