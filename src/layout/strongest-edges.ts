// The backbone of a large picture: each node's k strongest edges (by weight, ties by id), so a hairball of
// hundreds of thousands of edges is laid out and drawn from the links that carry it. Every node stays; an
// edge stays when it is among the k strongest of either of its ends, or when it was seen more than once
// and such repeated edges are few (see `strongestEdges`). Pure and deterministic: the same edges in any
// order give the same backbone, in id order.
import type { GraphEdge } from "../domain/graph.js";

/**
 * What the backbone kept, for the answer's meta: `kept` edges of `of`, each node's `strongest` strongest,
 * with every edge of weight 2 or more when `repeated`.
 */
export interface BackboneMeta {
  strongest: number;
  repeated: boolean;
  kept: number;
  of: number;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const sortedById = (edges: readonly GraphEdge[]) => {
  for (let i = 1; i < edges.length; i++)
    if (cmp((edges[i - 1] as GraphEdge).id, (edges[i] as GraphEdge).id) > 0)
      return [...edges].sort((a, b) => cmp(a.id, b.id));
  return [...edges];
};

/**
 * Each node's `k` strongest edges, and every edge of weight 2 or more when there are no more of those than
 * of the top-k edges (then they at most double the backbone; measured on the 5,000-person bench picture:
 * 16,413 repeated edges, 2,847 of them beyond the top 10). Walking the edges strongest first (ties by id),
 * an edge is among a node's k strongest exactly when fewer than k of that node's edges came before it.
 */
export function strongestEdges<E extends GraphEdge>(
  edges: readonly E[],
  k: number,
): { edges: E[]; meta: BackboneMeta } {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`strongest must be a whole number from 1, not ${k}`);
  // Stores hand edges in id order already (network.ts), so the id sort is usually a check; the weight
  // sort is stable, keeping ids in order within a weight.
  const byId = sortedById(edges) as E[];
  const order = [...byId].sort((a, b) => b.weight - a.weight);
  const seen = new Map<string, number>();
  const keep = new Set<E>();
  for (const e of order) {
    const s = seen.get(e.source) ?? 0;
    const t = seen.get(e.target) ?? 0;
    seen.set(e.source, s + 1);
    if (e.target !== e.source) seen.set(e.target, t + 1);
    if (s < k || t < k) keep.add(e);
  }
  const repeated = order.filter((e) => e.weight >= 2);
  const withRepeated = repeated.length <= keep.size;
  if (withRepeated) for (const e of repeated) keep.add(e);
  const kept = byId.filter((e) => keep.has(e));
  return { edges: kept, meta: { strongest: k, repeated: withRepeated, kept: kept.length, of: edges.length } };
}
