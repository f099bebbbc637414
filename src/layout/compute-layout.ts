// The layout itself, pure and deterministic: nodes and edges sorted by id, initial positions from a hash
// of each id, ForceAtlas2 (settings inferred from the graph, then overridden), an optional noverlap pass,
// Louvain communities with a seeded generator, and sizes from degree or PageRank.
import graphology from "graphology";
import louvainModule from "graphology-communities-louvain";
import forceAtlas2Module from "graphology-layout-forceatlas2";
import noverlapModule from "graphology-layout-noverlap";
import pagerankModule from "graphology-metrics/centrality/pagerank.js";
import type { Subgraph } from "../domain/graph.js";
import type { LayoutOptions } from "./layout-options.js";
import { hashUnit, seededRandom } from "./seeded-random.js";
import type { BackboneMeta } from "./strongest-edges.js";

const { UndirectedGraph } = graphology;
// These packages are CommonJS whose module.exports IS the function; their typings call it `default`.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;
const noverlap = noverlapModule as unknown as typeof noverlapModule.default;
const louvain = louvainModule as unknown as typeof louvainModule.default;
const pagerank = pagerankModule as unknown as typeof pagerankModule.default;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface LayoutNode {
  id: string;
  label: string;
  type: string;
  x: number;
  y: number;
  size: number;
  community: number;
}

export interface LayoutResult {
  nodes: LayoutNode[];
  edges: Subgraph["edges"];
  meta: {
    iterations: number;
    settings: Record<string, unknown>;
    noverlap: boolean;
    sizeBy: string;
    truncated: boolean;
    /** Set when the picture's edges were cut to its backbone (strongest-edges.ts) before the layout. */
    backbone?: BackboneMeta;
  };
}

/** The graph FA2 and Louvain see: one undirected edge per pair, weighted by all its events. */
export function layoutGraph(subgraph: Subgraph) {
  const graph = new UndirectedGraph<
    { x: number; y: number; size?: number; community?: number; pagerank?: number },
    { weight: number }
  >();
  const nodes = [...subgraph.nodes].sort((a, b) => cmp(a.id, b.id));
  const spread = Math.sqrt(nodes.length) * 10;
  for (const n of nodes)
    graph.addNode(n.id, { x: (hashUnit(n.id, 1) - 0.5) * spread, y: (hashUnit(n.id, 2) - 0.5) * spread });
  for (const e of [...subgraph.edges].sort((a, b) => cmp(a.id, b.id))) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || e.source === e.target) continue;
    const [a, b] = e.source < e.target ? [e.source, e.target] : [e.target, e.source];
    if (graph.hasEdge(a, b)) graph.updateEdgeAttribute(a, b, "weight", (w) => (w ?? 0) + e.weight);
    else graph.addEdge(a, b, { weight: e.weight });
  }
  return graph;
}

/**
 * The layout of a subgraph. With `backbone`, the subgraph's edges are a backbone of the picture: node
 * sizes by degree then come from the nodes' own degree (counted by the store in the whole picture), so
 * cutting edges changes no node's size.
 */
export function computeLayout(subgraph: Subgraph, options: LayoutOptions, backbone?: BackboneMeta): LayoutResult {
  const graph = layoutGraph(subgraph);
  const settings = { ...forceAtlas2.inferSettings(graph), ...options.settings };
  if (graph.order > 0) forceAtlas2.assign(graph, { iterations: options.iterations, settings, getEdgeWeight: "weight" });
  if (options.noverlap && graph.order > 0) noverlap.assign(graph, { maxIterations: 50 });
  if (graph.size > 0) louvain.assign(graph, { rng: seededRandom(42), getEdgeWeight: "weight" });
  if (options.sizeBy === "pagerank" && graph.order > 0) pagerank.assign(graph, { getEdgeWeight: "weight" });
  const byId = new Map(subgraph.nodes.map((n) => [n.id, n]));
  const nodes = graph.mapNodes((id, a): LayoutNode => {
    const degree = backbone ? (byId.get(id)?.degree ?? 0) : graph.degree(id);
    const raw = options.sizeBy === "pagerank" ? (a.pagerank ?? 0) * graph.order : degree;
    return {
      id,
      label: byId.get(id)?.label ?? id,
      type: byId.get(id)?.type ?? "Person",
      x: a.x,
      y: a.y,
      size: 2 + Math.sqrt(raw) * 2,
      community: a.community ?? 0,
    };
  });
  return {
    nodes,
    edges: [...subgraph.edges].sort((a, b) => cmp(a.id, b.id)),
    meta: {
      iterations: options.iterations,
      settings,
      noverlap: options.noverlap,
      sizeBy: options.sizeBy,
      truncated: subgraph.truncated,
      ...(backbone ? { backbone } : {}),
    },
  };
}
