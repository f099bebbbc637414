// Network pictures built the same way on both stores from two primitives each store answers: the
// aggregated edges of some persons, and the labels of some nodes.
import type { GraphEdge, GraphNode, Subgraph } from "../domain/graph.js";
import type { NetworkFilter } from "./graph-store.js";

export interface NetworkSource {
  /** One aggregated edge per (source, target, type) touching any of these persons; see network-edges.cypher. */
  edgesOf(personIds: string[], filter: NetworkFilter): Promise<GraphEdge[]>;
  labels(ids: string[]): Promise<Map<string, { label: string; type: GraphNode["type"] }>>;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const degrees = (edges: Iterable<GraphEdge>) => {
  const d = new Map<string, number>();
  for (const e of edges) {
    d.set(e.source, (d.get(e.source) ?? 0) + 1);
    d.set(e.target, (d.get(e.target) ?? 0) + 1);
  }
  return d;
};

/** Keeps `kept` nodes and the edges among them, with degrees counted in what is returned. */
async function picture(
  source: NetworkSource,
  kept: string[],
  edges: GraphEdge[],
  truncated: boolean,
): Promise<Subgraph> {
  const set = new Set(kept);
  const keptEdges = edges.filter((e) => set.has(e.source) && set.has(e.target)).sort((a, b) => cmp(a.id, b.id));
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

const withIds = (edges: GraphEdge[]) => {
  const byId = new Map<string, GraphEdge>();
  for (const e of edges) byId.set(e.id, e);
  return [...byId.values()];
};

/**
 * The persons within `depth` meetings of the center (places, when VISITED is asked for, are leaves),
 * capped at filter.limit nodes: the center and then the most connected, ties by id.
 */
export async function egoNetwork(source: NetworkSource, center: string, depth: number, filter: NetworkFilter) {
  const labels = await source.labels([center]);
  if (!labels.has(center)) return { nodes: [], edges: [], truncated: false } satisfies Subgraph;
  const seen = new Set([center]);
  const people = new Set([center]);
  let frontier = [center];
  const edges: GraphEdge[] = [];
  for (let level = 0; level <= depth && frontier.length; level++) {
    // The last round only collects the edges among nodes already found.
    const found = await source.edgesOf(frontier, filter);
    edges.push(...found);
    if (level === depth) break;
    const next: string[] = [];
    for (const e of found)
      for (const n of [e.source, e.target])
        if (!seen.has(n)) {
          seen.add(n);
          if (e.type !== "VISITED" || n === e.source) {
            people.add(n);
            next.push(n);
          }
        }
    frontier = next.sort(cmp);
  }
  const all = withIds(edges).filter((e) => seen.has(e.source) && seen.has(e.target));
  const full = degrees(all);
  const ranked = [...seen]
    .filter((n) => n !== center)
    .sort((a, b) => (full.get(b) ?? 0) - (full.get(a) ?? 0) || cmp(a, b));
  const kept = [center, ...ranked.slice(0, Math.max(0, filter.limit - 1))];
  return picture(source, kept, all, kept.length < seen.size);
}

/** The `limit` most connected persons (given their degrees, most first) and the edges among them. */
export async function topNetwork(source: NetworkSource, ranked: string[], limit: number, filter: NetworkFilter) {
  const kept = ranked.slice(0, limit);
  const edges = kept.length ? withIds(await source.edgesOf(kept, filter)) : [];
  return picture(source, kept, edges, ranked.length > limit);
}

/** The top-persons picture ranks by person-to-person edges only: visits are not connections. */
export const pairKinds = (filter: NetworkFilter): NetworkFilter => ({
  ...filter,
  kinds: (filter.kinds ?? ["MET_WITH"]).filter((k) => k !== "VISITED"),
});
