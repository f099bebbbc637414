// Layouts: deterministic, cached until a write, exported in formats that parse back, served over HTTP.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import graphology from "graphology";
import gexf from "graphology-gexf";
import graphml from "graphology-graphml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { layoutRoutes } from "../../src/api/routes/layout.js";
import { computeLayout } from "../../src/layout/compute-layout.js";
import { LAYOUT_DEFAULTS } from "../../src/layout/layout-options.js";
import { LayoutService } from "../../src/layout/layout-service.js";
import { EmbeddedStore } from "../../src/store/embedded/embedded-store.js";
import { personId } from "../../src/store/identity.js";
import { serve, type TestServer } from "../api/serve.js";
import { article, smallNetwork } from "../store/fixtures.js";
import { scaleFree } from "../support/scale-free.js";

describe("computeLayout", () => {
  it("gives the same coordinates and communities whatever the input order", () => {
    const graph = scaleFree(300);
    const a = computeLayout(graph, LAYOUT_DEFAULTS);
    const shuffled = { ...graph, nodes: [...graph.nodes].reverse(), edges: [...graph.edges].reverse() };
    const b = computeLayout(shuffled, LAYOUT_DEFAULTS);
    expect(b.nodes).toEqual(a.nodes);
    expect(new Set(a.nodes.map((n) => n.community)).size).toBeGreaterThan(1);
    expect(a.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y) && n.size > 0)).toBe(true);
    // Hubs are drawn larger.
    const hub = a.nodes.find((n) => n.id === "p0");
    expect(hub?.size).toBeGreaterThan(Math.min(...a.nodes.map((n) => n.size)));
  });

  it("takes inferred settings, overridden by the caller", () => {
    const small = computeLayout(scaleFree(50), LAYOUT_DEFAULTS);
    expect(small.meta.settings.barnesHutOptimize).toBe(false);
    const big = computeLayout(scaleFree(2500), { ...LAYOUT_DEFAULTS, iterations: 5 });
    expect(big.meta.settings.barnesHutOptimize).toBe(true);
    const linLog = computeLayout(scaleFree(50), { ...LAYOUT_DEFAULTS, settings: { linLogMode: true, gravity: 3 } });
    expect(linLog.meta.settings).toMatchObject({ linLogMode: true, gravity: 3 });
    expect(linLog.nodes).not.toEqual(small.nodes);
    const spread = computeLayout(scaleFree(50), { ...LAYOUT_DEFAULTS, noverlap: true, sizeBy: "pagerank" });
    expect(spread.meta).toMatchObject({ noverlap: true, sizeBy: "pagerank" });
  });
});

describe("layout service and routes", () => {
  let store: EmbeddedStore;
  let layouts: LayoutService;
  let api: TestServer;
  const ana = personId("Ana Ortega");
  beforeAll(async () => {
    store = await EmbeddedStore.open({ dataDir: mkdtempSync(join(tmpdir(), "diplograph-layout-")) });
    await store.upsert(smallNetwork());
    layouts = new LayoutService(store, { workers: 1, cacheBytes: 1024 * 1024 });
    api = await serve(store, { routes: layoutRoutes(layouts) });
  });
  afterAll(async () => {
    await api?.close();
    await layouts?.close();
    await store?.close();
  });
  const get = async (path: string) => {
    const res = await fetch(`${api.base}${path}`);
    return { res, text: await res.text() };
  };

  it("answers repeats from the cache until a write changes the store", async () => {
    const first = JSON.parse((await get(`/layout?center=${ana}&depth=2`)).text);
    expect(first.meta).toMatchObject({ cached: false, iterations: 100, truncated: false });
    expect(first.nodes.map((n: { label: string }) => n.label)).toEqual(["Ana Ortega", "Bram Visser", "Chen Li"]);
    const repeat = await get(`/layout?center=${ana}&depth=2`);
    expect(repeat.res.headers.get("content-encoding")).toBe("gzip"); // kept and sent compressed
    const again = JSON.parse(repeat.text);
    expect(again.meta.cached).toBe(true);
    const plain = await fetch(`${api.base}/layout?center=${ana}&depth=2`, {
      headers: { "accept-encoding": "identity" },
    });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect((await plain.json()).nodes).toEqual(first.nodes);
    expect(again.nodes).toEqual(first.nodes);
    expect(JSON.parse((await get(`/layout?center=${ana}&depth=2&iterations=50`)).text).meta.cached).toBe(false);
    await store.upsert([
      article({
        key: "later",
        persons: ["Ana Ortega", "Eva Lind"],
        events: [{ who: ["Ana Ortega", "Eva Lind"], date: "2024-07-01" }],
      }),
    ]);
    const after = JSON.parse((await get(`/layout?center=${ana}&depth=2`)).text);
    expect(after.meta.cached).toBe(false);
    expect(after.nodes.map((n: { label: string }) => n.label)).toContain("Eva Lind");
  });

  it("lays out the most connected persons without a center", async () => {
    const top = JSON.parse((await get("/layout?limit=2")).text);
    expect(top.nodes).toHaveLength(2);
    expect(top.meta.truncated).toBe(true);
  });

  it("writes edges as rows of node indices when asked, the same edges as the objects, fresh and cached", async () => {
    const objects = JSON.parse((await get(`/layout?center=${ana}&depth=2&iterations=7`)).text);
    for (let round = 0; round < 2; round++) {
      const rows = JSON.parse((await get(`/layout?center=${ana}&depth=2&iterations=7&edges=rows`)).text);
      expect(rows.meta.cached).toBe(round === 1);
      expect(rows.nodes).toEqual(objects.nodes);
      expect(rows.edgeTypes).toEqual(["MET_WITH", "SPOKE_WITH", "VISITED"]);
      const read = rows.edges.map(([s, t, type, weight, planned]: number[]) => ({
        id: `${rows.edgeTypes[type as number]}:${rows.nodes[s as number].id}:${rows.nodes[t as number].id}`,
        weight,
        planned,
      }));
      expect(read).toEqual(
        objects.edges.map((e: { id: string; weight: number; planned: number }) => ({
          id: e.id,
          weight: e.weight,
          planned: e.planned,
        })),
      );
    }
    expect((await get("/layout?edges=lists")).res.status).toBe(400);
  });

  it("lays out only each person's strongest edges when asked, every node kept, and says so in meta", async () => {
    const query = `center=${ana}&depth=2&iterations=7&kinds=MET_WITH,SPOKE_WITH&includeUndated=true`;
    const full = JSON.parse((await get(`/layout?${query}`)).text);
    const cut = JSON.parse((await get(`/layout?${query}&strongest=1`)).text);
    expect(cut.nodes.map((n: { id: string }) => n.id)).toEqual(full.nodes.map((n: { id: string }) => n.id));
    // Sizes come from the whole picture's degrees: the cut leaves them alone.
    expect(
      cut.nodes.map((n: { size: number }) => n.size).some((s: number, i: number) => s !== full.nodes[i].size),
    ).toBe(false);
    expect(cut.edges.length).toBeLessThan(full.edges.length);
    const fullIds = new Set(full.edges.map((e: { id: string }) => e.id));
    expect(cut.edges.every((e: { id: string }) => fullIds.has(e.id))).toBe(true);
    expect(cut.meta.backbone).toMatchObject({ strongest: 1, kept: cut.edges.length, of: full.edges.length });
    expect(full.meta.backbone).toBeUndefined();
    // A file for Gephi keeps every edge.
    const exported = await get(`/export.graphml?${query}&strongest=1`);
    expect(graphml.parse(graphology.MultiGraph, exported.text).size).toBe(full.edges.length);
  });

  it("exports GEXF and GraphML that parse back with their positions", async () => {
    const gexfText = await get(`/export.gexf?center=${ana}&depth=2`);
    expect(gexfText.res.headers.get("content-type")).toMatch(/gexf/);
    const fromGexf = gexf.parse(graphology.MultiGraph, gexfText.text);
    const layout = JSON.parse((await get(`/layout?center=${ana}&depth=2`)).text);
    expect(fromGexf.order).toBe(layout.nodes.length);
    expect(fromGexf.size).toBe(layout.edges.length);
    const graphmlText = await get(`/export.graphml?center=${ana}&depth=2`);
    const fromGraphml = graphml.parse(graphology.MultiGraph, graphmlText.text);
    expect(fromGraphml.order).toBe(layout.nodes.length);
    expect(fromGraphml.size).toBe(layout.edges.length);
    const node = layout.nodes[0];
    expect(fromGraphml.getNodeAttribute(node.id, "x")).toBeCloseTo(node.x, 6);
    expect(fromGraphml.getNodeAttribute(node.id, "label")).toBe(node.label);
  });

  it("refuses bad parameters and unknown centers", async () => {
    for (const bad of [
      "iterations=0",
      "gravity=-1",
      "linLogMode=maybe",
      "sizeBy=age",
      "depth=5",
      "colour=red",
      "strongest=0",
      "strongest=1.5",
    ])
      expect((await get(`/layout?${bad}`)).res.status, bad).toBe(400);
    expect((await get("/layout?center=person:nobody")).res.status).toBe(404);
  });
});
