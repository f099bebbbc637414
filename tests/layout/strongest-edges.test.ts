// The backbone of a large picture: each node's k strongest edges, deterministic, counted in its meta.
import { describe, expect, it } from "vitest";
import type { GraphEdge } from "../../src/domain/graph.js";
import { seededRandom } from "../../src/layout/seeded-random.js";
import { strongestEdges } from "../../src/layout/strongest-edges.js";
import { scaleFree } from "../support/scale-free.js";

const edge = (source: string, target: string, weight = 1): GraphEdge => ({
  id: `MET_WITH:${source}:${target}`,
  source,
  target,
  type: "MET_WITH",
  weight,
  planned: 0,
  sourceCount: 1,
  firstDate: null,
  lastDate: null,
});
const ids = (edges: GraphEdge[]) => edges.map((e) => e.id);

/** A scale-free picture whose edges weigh 1 to 4, mostly 1 as in the reports. */
function weighted(n: number): GraphEdge[] {
  const random = seededRandom(7);
  return scaleFree(n).edges.map((e) => ({ ...e, weight: random() < 0.85 ? 1 : 2 + Math.floor(random() * 3) }));
}

/** A node's k strongest edges, found the plain way: its own edges sorted by weight, then id. */
function topOf(edges: GraphEdge[], node: string, k: number): string[] {
  return edges
    .filter((e) => e.source === node || e.target === node)
    .sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, k)
    .map((e) => e.id);
}

describe("strongestEdges", () => {
  it("breaks ties by id: in four persons who all met once, the first person's edges reach everyone", () => {
    const all = [edge("c", "d"), edge("b", "d"), edge("a", "b"), edge("b", "c"), edge("a", "d"), edge("a", "c")];
    const { edges, meta } = strongestEdges(all, 1);
    expect(ids(edges)).toEqual(["MET_WITH:a:b", "MET_WITH:a:c", "MET_WITH:a:d"]);
    expect(meta).toEqual({ strongest: 1, repeated: true, kept: 3, of: 6 });
  });

  it("ranks by weight before id", () => {
    // a's strongest is a:c (weight beats the smaller id), c's too, b's is a:b (a tie with b:c, by id).
    const all = [edge("a", "b"), edge("a", "c", 3), edge("b", "c")];
    expect(ids(strongestEdges(all, 1).edges)).toEqual(["MET_WITH:a:b", "MET_WITH:a:c"]);
    // With b:c heavier than a:b, b keeps b:c instead.
    const heavier = [edge("a", "b"), edge("a", "c", 3), edge("b", "c", 2)];
    expect(ids(strongestEdges(heavier, 1).edges)).toEqual(["MET_WITH:a:c", "MET_WITH:b:c"]);
  });

  it("keeps every node's k strongest edges and only edges some node ranks that high, or repeated ones", () => {
    const all = weighted(400);
    for (const k of [1, 3, 10]) {
      const { edges, meta } = strongestEdges(all, k);
      const kept = new Set(ids(edges));
      const nodes = new Set(all.flatMap((e) => [e.source, e.target]));
      const tops = new Map([...nodes].map((n) => [n, new Set(topOf(all, n, k))]));
      for (const [node, top] of tops) for (const id of top) expect(kept.has(id), `${node} ${id} k=${k}`).toBe(true);
      for (const e of edges) {
        const ranked = tops.get(e.source)?.has(e.id) || tops.get(e.target)?.has(e.id);
        expect(ranked || (meta.repeated && e.weight >= 2), `${e.id} k=${k}`).toBe(true);
      }
      expect(meta).toMatchObject({ strongest: k, kept: edges.length, of: all.length });
      expect(edges.length).toBeLessThan(all.length);
    }
  });

  it("gives the same backbone, in id order, whatever the order of the edges", () => {
    const all = weighted(300);
    const a = strongestEdges(all, 2);
    const b = strongestEdges([...all].reverse(), 2);
    expect(ids(b.edges)).toEqual(ids(a.edges));
    expect(ids(a.edges)).toEqual([...ids(a.edges)].sort());
    expect(a.edges.every((e) => all.includes(e))).toBe(true);
  });

  it("adds every repeated edge only while those are no more than the top-k edges", () => {
    // A star of five leaves: with k=1 each leaf keeps its own edge, so all five stay anyway.
    const star = ["b", "c", "d", "e", "f"].map((leaf, i) => edge("a", leaf, i + 1));
    expect(strongestEdges(star, 1).meta.kept).toBe(5);
    // A chain whose middle link was met once: its ends keep their heavy links, the light one only as repeated.
    const chain = [edge("a", "b", 2), edge("b", "c", 1), edge("c", "d", 2)];
    expect(ids(strongestEdges(chain, 1).edges)).toEqual(["MET_WITH:a:b", "MET_WITH:c:d"]);
    // Many repeated edges among few nodes: more than the top-k set, so they are not all added.
    const names = Array.from({ length: 8 }, (_, i) => `n${i}`);
    const dense = names.flatMap((s, i) => names.slice(i + 1).map((t) => edge(s, t, 2)));
    const cut = strongestEdges(dense, 1);
    expect(cut.meta.repeated).toBe(false);
    expect(cut.meta.kept).toBeLessThan(dense.length);
  });

  it("refuses a count that is not a whole number from 1", () => {
    for (const k of [0, -1, 1.5]) expect(() => strongestEdges([edge("a", "b")], k)).toThrow(RangeError);
  });
});
