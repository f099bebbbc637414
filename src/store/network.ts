// Network pictures built the same way on both stores from two primitives each store answers: the
// aggregated edges of some persons, and the labels of some nodes.
import type { GraphEdge, GraphNode, Subgraph } from "../domain/graph.js";
import type { NetworkFilter } from "./graph-store.js";

export interface NetworkSource {
  /**
   * One aggregated edge per (source, target, type) with both ends among these nodes, each id once: the
   * picture neither filters nor de-duplicates them again (measured at 5,000 persons, 206,105 edges: 0.26 s
   * to de-duplicate, filter and sort, 0.075 s to sort alone); see network-edges.cypher.
   */
  edgesAmong(ids: string[], filter: NetworkFilter): Promise<GraphEdge[]>;
  /**
   * The distinct nodes joined to these persons by an edge of the filter, each with the number of these
   * persons it is joined to; see network-neighbors.cypher.
   */
  neighbors(
    personIds: string[],
    filter: NetworkFilter,
  ): Promise<{ id: string; type: GraphNode["type"]; links: number }[]>;
  labels(ids: string[]): Promise<Map<string, { label: string; type: GraphNode["type"] }>>;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The distinct nodes each node is joined to: a meeting and a call with one person count once. Pairs are
 * numbered, not named: at 5,000 persons (206,105 edges) a set of neighbour names per node took twice as long.
 */
const degrees = (edges: Iterable<GraphEdge>) => {
  const index = new Map<string, number>();
  const at = (id: string) => {
    const known = index.get(id);
    if (known !== undefined) return known;
    index.set(id, index.size);
    return index.size - 1;
  };
  const pairs = new Set<number>();
  const count: number[] = [];
  for (const e of edges) {
    const [a, b] = [at(e.source), at(e.target)];
    const pair = a < b ? a * 2 ** 26 + b : b * 2 ** 26 + a;
    if (a === b || pairs.has(pair)) continue;
    pairs.add(pair);
    count[a] = (count[a] ?? 0) + 1;
    count[b] = (count[b] ?? 0) + 1;
  }
  return new Map([...index].map(([id, i]) => [id, count[i] ?? 0]));
};

/** Keeps `kept` nodes and the edges among them, with degrees counted in what is returned (distinct neighbours). */
async function picture(
  source: NetworkSource,
  kept: string[],
  edges: GraphEdge[],
  truncated: boolean,
): Promise<Subgraph> {
  const keptEdges = [...edges].sort((a, b) => cmp(a.id, b.id));
  const d = degrees(keptEdges);
  const labels = await source.labels(kept);
  return {
    nodes: [...kept].sort(cmp).map((id) => ({
      id,
      label: labels.get(id)?.label ?? id,
      type: labels.get(id)?.type ?? "Person",
      degree: d.get(id) ?? 0,
    })),
    edges: keptEdges,
    truncated,
  };
}

/**
 * The persons within `depth` meetings of the center (places, when VISITED is asked for, are leaves),
 * capped at filter.limit nodes: the center, then nearer before farther, and at one distance the most
 * connected to the ring before it, ties by id. Only the kept nodes' edges are read, so a hub's two-hop
 * network stays cheap.
 */
export async function egoNetwork(source: NetworkSource, center: string, depth: number, filter: NetworkFilter) {
  const labels = await source.labels([center]);
  if (labels.get(center)?.type !== "Person") return { nodes: [], edges: [], truncated: false } satisfies Subgraph;
  const seen = new Set([center]);
  const ranked: string[] = [center];
  let frontier = [center];
  for (let level = 0; level < depth && frontier.length; level++) {
    const ring = (await source.neighbors(frontier, filter)).filter((n) => !seen.has(n.id));
    ring.sort((a, b) => b.links - a.links || cmp(a.id, b.id));
    for (const n of ring) {
      seen.add(n.id);
      ranked.push(n.id);
    }
    frontier = ring.filter((n) => n.type === "Person").map((n) => n.id);
    if (ranked.length > filter.limit) break; // farther rings could not be kept anyway
  }
  const kept = ranked.slice(0, filter.limit);
  const edges = filter.nodesOnly ? [] : await source.edgesAmong(kept, filter);
  return picture(source, kept, edges, ranked.length > filter.limit);
}

/** The `limit` most connected persons (given their degrees, most first) and the edges among them. */
export async function topNetwork(source: NetworkSource, ranked: string[], limit: number, filter: NetworkFilter) {
  const kept = ranked.slice(0, limit);
  const edges = kept.length && !filter.nodesOnly ? await source.edgesAmong(kept, filter) : [];
  return picture(source, kept, edges, ranked.length > limit);
}

/** The top-persons picture ranks by person-to-person edges only: visits are not connections. */
export const pairKinds = (filter: NetworkFilter): NetworkFilter => ({
  ...filter,
  kinds: (filter.kinds ?? ["MET_WITH"]).filter((k) => k !== "VISITED"),
});
